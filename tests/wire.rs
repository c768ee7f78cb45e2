//! Conventions of wire copy's results tables (issue #5, session 15), with invented lines.

mod common;
use common::{entities, has, BOTH};

/// A club's town letters in brackets are part of its name in a results or standings line
/// ("Kovin (N) 2", "Kovin (BJ) 4 2 1 1 8 5 7"): two clubs of one name, not a club and a lone
/// letter; a person's party letter in a vote's line stays the person's.
#[test]
fn a_clubs_town_letters() {
    let text = "Second division results on Saturday:\n\nTavor 1 Kovin (N) 2\nSlavia 4 Kovin (BJ) 0\nDrava (S) - Tavor \
(to be played on Sunday)\n\nStandings:\n\nKovin (N) 4 2 1 1 8 5 7\nDrava (S) 4 1 1 2 2 3 4\n\nCounty vote:\n\nAna Ruiz (D) 5,210\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kovin (N)", "Kovin (BJ)", "Drava (S)"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["N", "BJ", "S", "Kovin", "Drava", "Ana Ruiz (D)"] {
            assert!(!found.iter().any(|(n, _)| n == name), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A line that is only a place in capitals, perhaps its country or state, and a date in figures
/// is a dateline: the capitals are one place ("THE HAGUE", "ST. LOUIS"), and so is the state.
#[test]
fn a_dateline_with_a_date() {
    for (text, place) in [
        ("THE HAGUE 2026-03-14\n\nJudges met on Friday to hear the case.", "THE HAGUE"),
        ("ST. LOUIS 2026-03-14\n\nThe bank said profits rose.", "ST. LOUIS"),
        ("LA PAZ , Bolivia 2026-03-14\n\nMiners marched on Friday.", "LA PAZ"),
    ] {
        for tagger in BOTH {
            let found = entities(text, tagger);
            // (the entity's name may be the list's spelling: "The Hague")
            assert!(found.iter().any(|(n, t)| n.eq_ignore_ascii_case(place) && *t == "LOC"), "{tagger:?}: {place} in {found:?}");
        }
    }
    for tagger in BOTH {
        let found = entities("KALOBO , Tex. 2026-03-14\n\nThe mayor spoke on Friday.", tagger);
        assert!(found.iter().any(|(n, t)| n.starts_with("Tex") && *t == "LOC"), "{tagger:?}: {found:?}");
    }
}
