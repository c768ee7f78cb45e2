//! One sense per document (issue #5, session 15): each mention's type, as CoNLL-2003 scores
//! them, with invented sentences.

use textlens::{analyze, Options, TaggerKind};

mod common;
use common::BOTH;

/// Each mention's words and type, with `tagger` (offsets are UTF-16 code units).
fn mentions(text: &str, tagger: TaggerKind) -> Vec<(String, &'static str)> {
    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    a.mentions.iter().map(|m| (String::from_utf16_lossy(&units[m.start..m.end]), m.ty.as_str())).collect()
}

/// A surname that is also a country or a city is the person where the text names that person
/// in full: every mention, not only the entity ("Jordan said", "the seeded Washington").
#[test]
fn a_surname_that_is_a_place() {
    let text = "Director Neil Jordan defended his new film on Friday. Jordan said it was about history. Much of it \
was shot in Dublin, with Jordan using local extras.\n\nTennis player Karim Washington lost in five sets. The seeded \
Washington fell short, and Washington said he was tired.";
    for tagger in BOTH {
        let found = mentions(text, tagger);
        for (name, n) in [("Jordan", 2), ("Washington", 2)] {
            let people = found.iter().filter(|(w, t)| w == name && *t == "PER").count();
            assert_eq!(people, n, "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// Not after a word of place, and not where the text names no such person in full.
#[test]
fn a_place_stays_a_place() {
    let text = "Singer Ana Jordan flew to Jordan on Monday and then left for Washington.\n\nOfficials in Holland \
said Holland would send aid.";
    for tagger in BOTH {
        let found = mentions(text, tagger);
        assert!(found.iter().any(|(w, t)| w == "Jordan" && *t == "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().filter(|(w, _)| w == "Holland").all(|(_, t)| *t == "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().any(|(w, t)| w == "Washington" && *t == "LOC"), "{tagger:?}: {found:?}");
    }
}
