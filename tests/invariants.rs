//! Invariants that must hold for any text: offsets, counts, corpus merging.

use textlens::{analyze, Analyzer, CorpusStats, JsonWriter, KwicOut, Measure, Options, Report, ToJson};

fn samples() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "txt").then(|| std::fs::read_to_string(p).unwrap())
        })
        .collect();
    texts.sort();
    assert!(texts.len() >= 4);
    texts.extend(
        [
            "",
            " ",
            "\n\n\n",
            "A",
            "K",
            "U.S.",
            "Mr.",
            "KENYA",
            "—",
            "Kenya’s",
            "’s",
            "(ASEAN)",
            "The ( ) ASEAN ( NATO",
            "Association of Southeast Asian Nations (",
            "Olena Kovalenko\u{0}said\u{7}so.",
            "👩‍👩‍👧 Kenya 🇰🇪 Uganda ﷺ مرحبا Kenya",
            "e\u{301}cole Zürich Ünal I\u{307}stanbul",
            "KENYA UGANDA TANZANIA RWANDA BURUNDI",
            "Nairobi Nairobi Nairobi Nairobi",
            "of of of of the The THE",
            "- -- --- — – ‐",
            "a.b.c.d.e.f.g.h.i",
            "J. R. R. Tolkien",
            "al-Shabaab al- -al al-",
            "Ministry of of Defence and and",
        ]
        .map(String::from),
    );
    texts
}

#[test]
fn mentions_are_ordered_disjoint_and_slice_to_their_text() {
    for text in samples() {
        let a = analyze(&text, &Options::default()).unwrap();
        let mut last_end = 0;
        for m in &a.mentions {
            assert!(m.start < m.end && m.start >= last_end, "{text:?}: {m:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!(!text[m.start..m.end].trim().is_empty());
            last_end = m.end;
        }
        let report = Report::new(&text, &a, 0);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(report.characters, units.len());
        for m in &report.mentions {
            assert_eq!(String::from_utf16(&units[m.start..m.end]).unwrap(), m.text, "{text:?}");
        }
    }
}

#[test]
fn counts_agree_between_mentions_entities_and_terms() {
    for text in samples() {
        let a = analyze(&text, &Options::default()).unwrap();
        let total: usize = a.entities.iter().map(|e| e.count()).sum();
        assert_eq!(total, a.mentions.len(), "{text:?}");
        for (id, e) in a.entities.iter().enumerate() {
            for &m in &e.mentions {
                assert_eq!(a.mentions[m].entity, id);
            }
            // The entity's type is its mentions' vote: at least one of them has it.
            assert!(e.mentions.iter().any(|&m| a.mentions[m].ty == e.ty), "{}", e.name);
            assert!(!e.aliases.contains(&e.name));
        }
        let counted: usize = a.terms.iter().map(|t| t.count).sum();
        assert!(counted <= a.words, "{text:?}");
        for w in a.terms.windows(2) {
            assert!(w[0].count > w[1].count || (w[0].count == w[1].count && w[0].term < w[1].term));
        }
        for p in &a.entity_pairs {
            assert!(p.a != p.b && p.scores.count >= 1);
            assert!(p.scores.npmi >= -1.0 && p.scores.npmi <= 1.0 && p.scores.llr >= 0.0);
        }
    }
}

/// The JSON `to_json` makes (measured first, in pieces beyond 64 KB) is what one writer writes.
fn same_json(value: &impl ToJson) {
    for pretty in [false, true] {
        let mut w = JsonWriter::new(pretty);
        value.write_json(&mut w);
        assert_eq!(if pretty { value.to_json_pretty() } else { value.to_json() }, w.finish());
    }
}

#[test]
fn measured_json_is_the_written_json() {
    let analyzer = Analyzer::new(Options::default()).unwrap();
    let mut corpus = CorpusStats::default();
    for (i, text) in samples().iter().enumerate() {
        let a = analyzer.analyze(text).unwrap();
        same_json(&Report::new(text, &a, 0));
        same_json(&Report::new(text, &a, 3));
        let queries = ["Kenya".to_string(), "of".to_string()];
        same_json(&KwicOut::all(text, analyzer.kwic(text, &queries, 30, 0)));
        corpus = corpus.merge(CorpusStats::of(&format!("d{i}\"\n"), &a));
    }
    same_json(&corpus.result(0));
    same_json(&corpus.result(2));
    // A long text's report: measured in pieces of 64 KB.
    let long = samples().join("\n\n").repeat(6);
    let analysis = analyzer.analyze(&long).unwrap();
    let report = Report::new(&long, &analysis, 0);
    assert!(report.to_json().len() > 200_000);
    same_json(&report);
}

#[test]
fn corpus_merge_is_associative_and_totals_ignore_order() {
    let texts = samples();
    let o = Options::default();
    let stats: Vec<CorpusStats> = texts.iter().enumerate().map(|(i, t)| CorpusStats::of(&format!("d{i}"), &analyze(t, &o).unwrap())).collect();
    let (a, b, c) = (stats[0].clone(), stats[1].clone(), stats[2].clone());
    let left = a.clone().merge(b.clone()).merge(c.clone());
    let right = a.clone().merge(b.clone().merge(c.clone()));
    assert_eq!(left, right);

    let forward = stats.iter().cloned().fold(CorpusStats::default(), CorpusStats::merge).result(0);
    let backward = stats.iter().rev().cloned().fold(CorpusStats::default(), CorpusStats::merge).result(0);
    assert_eq!(forward.terms, backward.terms);
    assert_eq!(forward.entities, backward.entities);
    assert_eq!((forward.words, forward.sentences), (backward.words, backward.sentences));
}

#[test]
fn analyze_top_keeps_the_first_items_of_every_ranked_list() {
    // min_count 1 and every measure: long lists of pairs, many of them tied.
    for sort_by in [Measure::Llr, Measure::Pmi, Measure::Npmi, Measure::Dice, Measure::Count] {
        let o = Options { min_count: 1, sort_by, ..Options::default() };
        let analyzer = Analyzer::new(o).unwrap();
        for text in samples() {
            let all = analyzer.analyze(&text).unwrap();
            for top in [1, 2, 5, 17, 1000] {
                let first = analyzer.analyze_top(&text, top).unwrap();
                let cut = |n: usize| n.min(top);
                assert_eq!(first.terms, all.terms[..cut(all.terms.len())], "{sort_by:?} top {top}");
                assert_eq!(first.phrases, all.phrases[..cut(all.phrases.len())]);
                assert_eq!(first.entity_pairs, all.entity_pairs[..cut(all.entity_pairs.len())]);
                assert_eq!(first.term_pairs, all.term_pairs[..cut(all.term_pairs.len())]);
                assert_eq!((&first.mentions, &first.entities), (&all.mentions, &all.entities));
                assert_eq!(Report::new(&text, &first, top), Report::new(&text, &all, top));
            }
            let whole = analyzer.analyze_top(&text, 0).unwrap();
            assert_eq!((whole.terms, whole.phrases, whole.entity_pairs, whole.term_pairs), (all.terms, all.phrases, all.entity_pairs, all.term_pairs));
        }
    }
}

#[test]
fn joining_two_texts_adds_their_counts() {
    let texts = samples();
    let (x, y) = (&texts[0], &texts[1]);
    let o = Options::default();
    let (a, b, ab) = (analyze(x, &o).unwrap(), analyze(y, &o).unwrap(), analyze(&format!("{x}\n\n{y}"), &o).unwrap());
    assert_eq!(ab.words, a.words + b.words);
    assert_eq!(ab.sentences, a.sentences + b.sentences);
    assert_eq!(ab.paragraphs, a.paragraphs + b.paragraphs);
    let count = |an: &textlens::Analysis, term: &str| an.terms.iter().find(|t| t.term == term).map_or(0, |t| t.count);
    for t in a.terms.iter().take(20) {
        assert_eq!(count(&ab, &t.term), t.count + count(&b, &t.term), "{}", t.term);
    }
}

#[test]
fn display_forms_keep_proper_nouns_capitalised() {
    let a = analyze("Kenya and Uganda signed. Kenya said so. Talks ended. Talks resumed.", &Options::default()).unwrap();
    let display = |key: &str| a.terms.iter().find(|t| t.term == key).map(|t| t.display.clone()).unwrap();
    assert_eq!(display("kenya"), "Kenya");
    assert_eq!(display("uganda"), "Uganda");
    assert_eq!(display("talks"), "talks");
}
