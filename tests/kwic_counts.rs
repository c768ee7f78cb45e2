//! Keyword in context on a term or phrase of an analysis finds exactly the occurrences its count
//! counts: whole words, an abbreviation with its dot; a place inside a hyphenated word only with
//! `kwic_parts`, as the entities read it.

use textlens::{Analyzer, Options};

/// The terms and phrases of `text` whose kwic lines are not as many as their counts:
/// (term, count, lines).
fn disagreements(analyzer: &Analyzer, text: &str) -> Vec<(String, usize, usize)> {
    let a = analyzer.analyze_top(text, 0).unwrap();
    let groups: Vec<Vec<String>> = a.terms.iter().chain(&a.phrases).map(|t| vec![t.term.clone()]).collect();
    let spans = analyzer.kwic_spans(text, &groups, false);
    a.terms.iter().chain(&a.phrases).zip(&spans).filter(|(t, s)| t.count != s.len()).map(|(t, s)| (t.term.clone(), t.count, s.len())).collect()
}

#[test]
fn a_terms_lines_are_its_counted_occurrences() {
    let text = "Mr. Odhiambo met his lawyer, Ma. Cristina Reyes, of Acme Inc. in the Semi-Final week. The final was held \
                after the Kenya-Uganda talks. Japanese-Korean yards and Japanese yards grew. An Accra-based firm \
                left Accra. Mr. Odhiambo said so.";
    let analyzer = Analyzer::new(Options::default()).unwrap();
    assert_eq!(disagreements(&analyzer, text), []);
    let matched = |q: &str| analyzer.kwic(text, &[q.to_string()], 5, 0).into_iter().map(|l| l.matched).collect::<Vec<_>>();
    assert_eq!(matched("mr."), ["Mr.", "Mr."]);
    assert_eq!(matched("Ma."), ["Ma."]);
    assert_eq!(matched("mr. odhiambo"), ["Mr. Odhiambo", "Mr. Odhiambo"]);
    // A dot the text never writes with the word ends the query's sentence: the word is found.
    assert_eq!(matched("Accra."), ["Accra"]);
    assert_eq!(matched("final"), ["final"]);
    assert_eq!(matched("japanese"), ["Japanese"]);
    assert_eq!(matched("uganda"), Vec::<String>::new());
    // With `parts`, a place inside a word, as its entity's mentions hold it.
    let parts = |q: &str| analyzer.kwic_parts(text, &[q.to_string()], 5, 0).into_iter().map(|l| l.matched).collect::<Vec<_>>();
    assert_eq!(parts("Accra"), ["Accra", "Accra"]);
    assert_eq!(parts("Uganda"), ["Uganda"]);
}

/// Every fixture outside the held-out sets: each term and phrase has as many lines as its count
/// (with `nameTerms` false a count leaves out the words of names, which kwic still finds).
#[test]
fn every_fixture_terms_lines_are_its_counts() {
    let analyzer = Analyzer::new(Options::default()).unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut files = 0;
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() || dir.file_name().unwrap().to_string_lossy().starts_with("heldout") {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&f).unwrap();
                assert_eq!(disagreements(&analyzer, &text), [], "{}", f.display());
                files += 1;
            }
        }
    }
    assert!(files > 50, "{files}");
}
