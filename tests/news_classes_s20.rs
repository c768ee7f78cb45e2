//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 20: read on `tests/fixtures/dev12`).

mod common;
use common::{entities, has, BOTH};

/// A country's embassy or consulate, capitalised, is one organisation with the place or demonym
/// before it, or with "of" and the place after it; the place it stands in stays a place, a
/// possessive keeps the country apart, and a lower-case "embassy" names nothing.
#[test]
fn an_embassy_is_an_organisation() {
    let text = "Protesters gathered outside the U.S. Embassy in Manila on Friday. \
A spokesman for the Russian Embassy declined to comment. \
The Kenyan Consulate in Dubai reopened after two weeks. \
A statement from the Embassy of Japan in Hanoi said staff were safe. \
Officials at the Chilean embassy said nothing. \
Peru's Embassy staff left the building.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["U.S. Embassy", "Russian Embassy", "Kenyan Consulate", "Embassy of Japan"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["Manila", "Dubai", "Hanoi", "Peru"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Chilean", "MISC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, _)| name == "Embassy" || name == "Peru's Embassy" || name == "Chilean embassy"), "{tagger:?}: {found:?}");
    }
}
