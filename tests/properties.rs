//! Property tests (proptest): for arbitrary text, offsets are valid and slice to the mention,
//! counts agree, the corpus merge is associative and order-independent, and joining two texts
//! relates sanely to analysing them apart.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use textlens::{analyze, CorpusStats, Options, Report};

/// Text that looks like news often enough to produce entities, with any Unicode mixed in.
fn newsish() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => prop::sample::select(vec![
            "Kenya", "Kenya’s", "NAIROBI", "—", "Olena", "Kovalenko", "said", "the", "of", "ASEAN", "(", ")",
            "Association", "Southeast", "Asian", "Nations", "U.S.", "Mr.", "J.", "R.", "Guinea-Bissau", ".", ",",
            "“", "”", "Minister", "Foreign", "talks", "border", "in", "\n", "\n\n", "🇰🇪", "👩‍👩‍👧", "é", "\u{301}",
            "Ünal", "مرحبا", "北京", "I", "A", "'s", "’", "-", "--", "Bank", "Lake", "Victoria", "EAC", "UN",
        ])
        .prop_map(String::from),
        1 => any::<String>(),
        1 => "[A-Z][a-z]{1,8}",
    ];
    prop::collection::vec(word, 0..60).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300), ..ProptestConfig::default() })]

    #[test]
    fn offsets_are_utf16_boundaries_that_slice_to_the_text(text in newsish()) {
        let a = analyze(&text, &Options::default()).unwrap();
        let report = Report::new(&text, &a, 0);
        let units: Vec<u16> = text.encode_utf16().collect();
        prop_assert_eq!(report.characters, units.len());
        for m in &report.mentions {
            prop_assert!(m.start < m.end && m.end <= units.len());
            // Not inside a surrogate pair.
            prop_assert!(!(0xDC00..0xE000).contains(&units[m.start]));
            prop_assert!(m.end == units.len() || !(0xDC00..0xE000).contains(&units[m.end]));
            prop_assert_eq!(String::from_utf16(&units[m.start..m.end]).unwrap(), m.text);
        }
        for w in report.mentions.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn counts_agree(text in newsish()) {
        let a = analyze(&text, &Options::default()).unwrap();
        prop_assert_eq!(a.entities.iter().map(|e| e.count()).sum::<usize>(), a.mentions.len());
        for (id, e) in a.entities.iter().enumerate() {
            prop_assert!(!e.mentions.is_empty());
            for &m in &e.mentions {
                prop_assert_eq!(a.mentions[m].entity, id);
            }
        }
        prop_assert!(a.terms.iter().map(|t| t.count).sum::<usize>() <= a.words);
        for p in a.entity_pairs.iter() {
            prop_assert!(p.a < a.entities.len() && p.b < a.entities.len() && p.a != p.b);
            prop_assert!(p.scores.llr.is_finite() && p.scores.pmi.is_finite() && p.scores.npmi.abs() <= 1.0);
        }
        for p in a.term_pairs.iter() {
            prop_assert!(p.scores.llr.is_finite() && p.scores.pmi.is_finite() && p.scores.npmi.abs() <= 1.0);
        }
    }

    #[test]
    fn corpus_merge_is_associative_and_order_independent(a in newsish(), b in newsish(), c in newsish()) {
        let o = Options::default();
        let s = |name: &str, t: &str| CorpusStats::of(name, &analyze(t, &o).unwrap());
        let (x, y, z) = (s("a", &a), s("b", &b), s("c", &c));
        prop_assert_eq!(x.clone().merge(y.clone()).merge(z.clone()), x.clone().merge(y.clone().merge(z.clone())));
        let forward = x.clone().merge(y.clone()).merge(z.clone()).result(0);
        let backward = z.merge(y).merge(x).result(0);
        prop_assert_eq!(forward.terms, backward.terms);
        prop_assert_eq!(forward.entities, backward.entities);
    }

    #[test]
    fn two_paragraphs_add_up(a in newsish(), b in newsish()) {
        let o = Options::default();
        let (x, y) = (analyze(&a, &o).unwrap(), analyze(&b, &o).unwrap());
        let joined = analyze(&format!("{a}\n\n{b}"), &o).unwrap();
        prop_assert_eq!(joined.words, x.words + y.words);
        prop_assert_eq!(joined.characters, x.characters + y.characters + 2);
        // A blank line separates paragraphs, so sentences never merge across it.
        prop_assert_eq!(joined.sentences, x.sentences + y.sentences);
    }
}
