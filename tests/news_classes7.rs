//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers where they apply (issue #5, session 15: read on
//! `tests/fixtures/dev7` and counted on the older development sets).


mod common;
use common::{entities, has, BOTH};

/// A run of capitalised words ending in a venue's, a street's or a square's word ("Stadium",
/// "Stand", "Drive", "Plaza", "Square") is one place, even where its first words look like a
/// person's name ("the Tomas Welander Stand"), and so is a special economic zone.
#[test]
fn a_venue_or_street_named_after_a_person() {
    let text = "The home side batted first at Kelmore International Stadium on Sunday. Two sixes landed in the \
Arvid Tolland Stand, and fans later walked along Harbour Drive to Veska Plaza, where the Mayor spoke. \
Traffic stopped on Orlan Square. Factories in the Tavessa Special Economic Zone closed for the day.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kelmore International Stadium", "Arvid Tolland Stand", "Harbour Drive", "Veska Plaza", "Orlan Square", "Tavessa Special Economic Zone"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, t)| n == "Arvid Tolland" && *t == "PER"), "{tagger:?}: {found:?}");
    }
}
