//! The sample articles (original text, tests/fixtures/articles) against their hand annotations:
//! every entity with its canonical name, type, mention count and aliases; sentence counts; and
//! the main article's top terms, phrases and co-occurring pairs.

use std::collections::BTreeSet;

use serde_json::Value;
use textlens::{analyze, Analysis, Options};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");

fn load(name: &str) -> (String, Value, Analysis) {
    let text = std::fs::read_to_string(format!("{DIR}/{name}.txt")).unwrap();
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/{name}.expected.json")).unwrap()).unwrap();
    let analysis = analyze(&text, &Options::default()).unwrap();
    (text, expected, analysis)
}

type Row = (String, String, usize, BTreeSet<String>);

fn rows_expected(expected: &Value) -> BTreeSet<Row> {
    expected["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let aliases = e["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()).collect();
            (e["name"].as_str().unwrap().to_string(), e["type"].as_str().unwrap().to_string(), e["count"].as_u64().unwrap() as usize, aliases)
        })
        .collect()
}

fn rows_found(a: &Analysis) -> BTreeSet<Row> {
    a.entities.iter().map(|e| (e.name.clone(), e.ty.to_string(), e.count(), e.aliases.iter().cloned().collect())).collect()
}

fn check_article(name: &str) {
    let (_, expected, a) = load(name);
    let want = rows_expected(&expected);
    let got = rows_found(&a);
    let missing: Vec<&Row> = want.difference(&got).collect();
    let extra: Vec<&Row> = got.difference(&want).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{name}:\n  missing {missing:?}\n  extra {extra:?}");
    // The annotation counts the dateline as part of the first sentence; we make it a segment.
    assert_eq!(a.sentences, expected["sentences"].as_u64().unwrap() as usize + 1, "{name}: sentences");
}

#[test]
fn kenya_border_entities() {
    check_article("kenya-border");
}

#[test]
fn asean_summit_entities() {
    check_article("asean-summit");
}

#[test]
fn ukraine_grain_entities() {
    check_article("ukraine-grain");
}

#[test]
fn andes_water_entities() {
    check_article("andes-water");
}

#[test]
fn kenya_border_terms_phrases_and_pairs() {
    let (_, _, a) = load("kenya-border");
    let terms: Vec<(&str, usize)> = a.terms.iter().take(8).map(|t| (t.display.as_str(), t.count)).collect();
    assert_eq!(
        terms,
        [("joint", 5), ("Kenya", 5), ("African", 4), ("Busia", 4), ("days", 4), ("Nairobi", 4), ("trade", 4), ("Union", 4)]
    );
    let phrases: Vec<(&str, usize)> = a.phrases.iter().map(|t| (t.display.as_str(), t.count)).collect();
    assert_eq!(phrases, [("African Union", 3), ("joint commission", 3), ("Busia crossing", 2), ("Lake Victoria", 2)]);

    let name = |id: usize| a.entities[id].name.as_str();
    let pairs: Vec<(&str, &str, usize)> = a.entity_pairs.iter().map(|p| (name(p.a), name(p.b), p.scores.count)).collect();
    let expected = [("Busia", "Uganda", 2), ("Kenya", "Uganda", 2), ("Kenya", "Busia", 2)];
    assert_eq!(pairs.len(), expected.len());
    for (x, y, n) in expected {
        assert!(pairs.iter().any(|&(a, b, c)| c == n && ((a, b) == (x, y) || (a, b) == (y, x))), "{x}–{y} in {pairs:?}");
    }
    // Sorted by G², descending.
    assert!(a.entity_pairs.windows(2).all(|w| w[0].scores.llr >= w[1].scores.llr));
    let collocates: Vec<(&str, &str, usize)> = a.term_pairs.iter().take(4).map(|p| (p.a.as_str(), p.b.as_str(), p.scores.count)).collect();
    assert_eq!(collocates, [("border", "reopen", 2), ("lake", "victoria", 2), ("busia", "crossing", 3), ("commission", "joint", 3)]);
}

#[test]
fn possessives_fold_and_headline_words_are_not_names() {
    let (text, _, a) = load("kenya-border");
    let kenya = a.entities.iter().find(|e| e.name == "Kenya").unwrap();
    // "Kenya’s" is a mention of Kenya whose text stops before the possessive.
    assert!(text.contains("Kenya\u{2019}s"));
    assert!(kenya.mentions.iter().all(|&m| &text[a.mentions[m].start..a.mentions[m].end] == "Kenya"));
    let headline_end = text.find('\n').unwrap();
    let in_headline: Vec<&str> = a.mentions.iter().filter(|m| m.end <= headline_end).map(|m| &text[m.start..m.end]).collect();
    assert_eq!(in_headline, ["Kenya", "Uganda", "Busia"]);
}
