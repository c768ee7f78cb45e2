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
