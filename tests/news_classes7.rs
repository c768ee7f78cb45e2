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

/// A name after a kind of organisation's noun ("the environmental group …", "state builder …")
/// or after "a spokesperson for" is one organisation, with each other mention of it; not a person
/// the text names elsewhere ("a spokesman for Velander" after "Mira Velander"), nor a title and
/// a name ("a spokeswoman for President Odalo").
#[test]
fn an_organisation_after_its_kind_or_its_spokesperson() {
    let text = "Prices fell on Monday. The farmers' group Tamsel Vanu said the rains had come late, and shares in \
state builder Orveta Kanza dropped 3 percent. A spokesperson for Brevik said the company would cut its fleet. \
In Harlow, a spokesman for Trade Affairs Ostrava said talks would resume. Mira Velander won the vote, and a \
spokesman for Velander said she would travel on Friday. A spokeswoman for President Odalo declined to comment.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Tamsel Vanu", "Orveta Kanza", "Brevik", "Trade Affairs Ostrava"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Mira Velander", "PER") && has(&found, "Odalo", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A name in apposition to a language's description (", the most widely used language", "their
/// own language, X") or listed before "languages" is a language (MISC), and so is each other
/// mention of it; a person described by what they speak stays a person.
#[test]
fn a_language_the_text_describes() {
    let text = "The minister spoke in Tevani, the most widely used language in the north, and later in Osuvik. \
Fishermen on the lake, who speak their own language, Ulvari, said the patrols had stopped. The region's \
peoples share the Sarel, Mondu and Tikka languages. Tom Arlen, who speaks the language, said the signs were in Mondu.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Tevani", "Ulvari", "Sarel", "Mondu", "Tikka"] {
            assert!(!found.iter().any(|(n, t)| n == name && *t != "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Tom Arlen", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A name with a possessive inside it, whose possessive word is a common noun, a title or a plural
/// and whose last word an institution's or a park's, is one name ("the Ombudsman's Office",
/// "Foreign Investors' Council", "Queen's Park"); a place or a person before a possessive stays a
/// name of its own ("Velmora's Interior Ministry", "Britain's Prince Edward").
#[test]
fn a_name_with_a_possessive_inside() {
    let text = "The Foreign Investors' Council met in the capital on Monday, and the Ombudsman's Office said it would \
review the case. Protesters later gathered at Queen's Park. Kenya's Interior Ministry said the talks would resume.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Foreign Investors' Council", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Ombudsman's Office", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Queen's Park", "LOC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Kenya", "LOC") && has(&found, "Interior Ministry", "ORG"), "{tagger:?}: {found:?}");
    }
}
