//! Misfires of session 15's passes on ordinary news text (review, session 16), each with invented
//! sentences and both taggers.

mod common;
use common::{entities, has, BOTH};

/// "The Hague-based court" at a sentence's start names the place the text writes "in The Hague":
/// one entity with its article, not a "Hague" beside "The Hague" (articles.rs after based.rs).
#[test]
fn the_hague_based_at_a_sentence_start() {
    let text = "The Hague-based court ruled on Friday. Lawyers in The Hague said the ruling was final.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "The Hague", "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, _)| n != "Hague" && n != "Hague-based"), "{tagger:?}: {found:?}");
    }
}

/// A company's possessive before an institution's word is the company's department, not one name
/// with it ("Shell's Compliance Department"); "the Ombudsman's Office" stays one.
#[test]
fn a_company_possessive_before_an_institution() {
    let text = "Regulators fined two lenders on Monday. Shell's Compliance Department declined to comment, \
and Vodafone's Regulatory Office said it would appeal. The Ombudsman's Office welcomed the fines.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(found.iter().all(|(n, _)| !n.contains("'s ") || n == "Ombudsman's Office"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Ombudsman's Office", "ORG"), "{tagger:?}: {found:?}");
    }
}
