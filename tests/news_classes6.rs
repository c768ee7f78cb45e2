//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers where they apply (issue #5, session 14: read on
//! `tests/fixtures/dev6` and counted on the older development sets).

use textlens::{analyze, Options, TaggerKind};

/// Each entity's name and type, with `tagger`.
fn entities(text: &str, tagger: TaggerKind) -> Vec<(String, &'static str)> {
    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
    a.entities.iter().map(|e| (e.name.clone(), e.ty.as_str())).collect()
}

fn has(found: &[(String, &str)], name: &str, ty: &str) -> bool {
    found.iter().any(|(n, t)| n == name && *t == ty)
}

const BOTH: [TaggerKind; 2] = [TaggerKind::Model, TaggerKind::Rules];

/// A town no list holds after a preposition of movement ("from", "to", "through", "between"), and
/// each one listed with it, is a place: the rules guessed an organisation for a name they knew
/// nothing of. Not a source after "according to", nor a common word ("kept from Parliament").
#[test]
fn a_town_after_a_word_of_movement() {
    let text = "Lorries carried maize from Kwembe to Tasora last week, and boats took medicine to Ruvala and Ketembo. \
Every convoy passes through Ombari. The deal was kept from Parliament, according to Velmora, a consultancy.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kwembe", "Tasora", "Ruvala", "Ketembo", "Ombari"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let found = entities(text, TaggerKind::Rules);
    assert!(has(&found, "Parliament", "ORG") && has(&found, "Velmora", "ORG"), "{found:?}");
}
