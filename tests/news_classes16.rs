//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 16, acc14: read on `tests/fixtures/dev8`).

mod common;
use common::{entities, has, BOTH};

/// An arena is a place, named after a person or not ("on Dora Vell Arena"); a person's surname
/// "Arena" stays a person's where no preposition of place comes before the name.
#[test]
fn an_arena_named_after_a_person() {
    let text = "Kovalenko won 6-3, 6-4 on Dora Vell Arena before a late match on Peter Marsh Arena. \
The final will be played at Ostrava Arena. Coach Teodor Arena said the roof would stay shut.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Dora Vell Arena", "Peter Marsh Arena", "Ostrava Arena"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Teodor Arena", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A name no list holds before a lower-case noun of a place's kind is the place: an archipelago,
/// a beach, a crater, a highway, a power plant; and a name of two words a tagger read as a
/// person's before a region's kind, even with a given name's word ("from Quang Nhiem province");
/// not a person's name before another kind ("Ana Lenz beach").
#[test]
fn a_name_before_a_place_kind_session_16() {
    let text = "Fishing boats from Quang Nhiem province sailed past the Kavraz archipelago to Morvik beach. \
Lava spread from the Skardholt crater row towards the Veldabraut highway and the Hrafnsey power plant. \
Police said Ana Lenz beach clean-ups would resume.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Ana Lenz", "LOC"), "{tagger:?}: {found:?}");
        for name in ["Quang Nhiem", "Kavraz", "Morvik", "Skardholt", "Veldabraut", "Hrafnsey"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A common noun's abbreviation in capitals is no organisation: an economic measure, a
/// technology, a fuel, a currency, a review system; one inside a longer name stays in it.
#[test]
fn a_common_abbreviation_is_no_name() {
    let text = "Debt reached 60 percent of GDP, the finance ministry said. The goal was checked by VAR and allowed. \
Traders paid 5,000 CFA francs a sack. The crew switched off the GPS before the LNG tanker docked. \
Orvano LNG will start exports next year, said Kemal Dursun.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["GDP", "VAR", "CFA", "GPS", "LNG"] {
            assert!(!found.iter().any(|(n, _)| n == name), "{tagger:?}: {name} in {found:?}");
        }
        assert!(found.iter().any(|(n, _)| n == "Orvano LNG"), "{tagger:?}: {found:?}");
    }
}

/// A lower-case "plc" after a company's name is part of it, and makes a name a tagger read
/// otherwise a company's.
#[test]
fn a_company_name_keeps_its_plc() {
    let text = "Vorland & Pike Group plc made an offer for the insurer, the company said. \
Shares of Harcourt Holdings plc rose 3 percent in London.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Vorland & Pike Group plc", "Harcourt Holdings plc"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
