//! General classes of errors in news text, each with invented sentences and both taggers
//! (issue #5, session 15: session 14's leftovers, read on the development sets and CoNLL-2003
//! valid).

mod common;
use common::{entities, has, BOTH};

/// In a text about sport, a town after a verb of a player's move is the club ("joined Lyon",
/// "signed for Newcastle", "on loan from Porto", "joined Lyon from Porto"), and so is each other
/// mention of it; a country stays a place, and so does a town after "moved to" (a match is moved
/// to a town).
#[test]
fn a_town_after_a_transfer_verb_is_a_club() {
    let text = "The striker, 24, joined Lyon from Porto last season and scored 14 league goals. \
His former coach said Lyon had paid a fair fee. Dario Velk, a midfielder, signed for Newcastle in June, \
while the goalkeeper spent a year on loan from Porto. The club's final against Brazil was moved to Seville \
after rain, and fans travelled to Granada by train.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Lyon", "Porto", "Newcastle"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(["Brazil", "Seville", "Granada"].iter().all(|n| has(&found, n, "LOC")), "{tagger:?}: {found:?}");
    }
}
