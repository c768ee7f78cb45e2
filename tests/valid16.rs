//! Classes of the model's CoNLL-2003 valid errors (issue #5, session 16), with invented sentences.

mod common;
use common::{entities, has, BOTH};

/// The name of a sport ("SOCCER -" before a headline, "football"), a squad, a qualifier, a
/// footballer, a captaincy or a skipper make a text about sport: a town a player joined is his
/// club.
#[test]
fn words_of_sport() {
    let text = "SOCCER - DERBY NAME NEW CAPTAIN .\n\nThe defender , who joined Coventry for two million pounds last \
year , was named in the squad for Sunday's qualifier against Wales .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Coventry", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Wales", "LOC"), "{tagger:?}: {found:?}");
    }
}
