//! `nameTerms`: with it false, the words of reported names are neither terms, nor phrases, nor in term pairs.

use textlens::{Analyzer, OptionValue, Options};

const TEXT: &str = "The African Union met in Kampala on Monday. The African Union said trade talks in Kampala went well. \
Trade talks resume in Kampala next week, the union of traders said. Amina Wekesa said trade talks matter.";

fn analyze(name_terms: Option<bool>, types: Option<&[&str]>) -> textlens::Analysis {
    let mut o = Options::default();
    o.set("tagger", OptionValue::Str("rules".into())).unwrap();
    o.set("minCount", OptionValue::Number(1.0)).unwrap();
    if let Some(b) = name_terms {
        o.set("nameTerms", OptionValue::Bool(b)).unwrap();
    }
    if let Some(t) = types {
        o.set("types", OptionValue::List(t.iter().map(|s| s.to_string()).collect())).unwrap();
    }
    Analyzer::new(o).unwrap().analyze(TEXT).unwrap()
}

fn terms(a: &textlens::Analysis) -> Vec<(&str, usize)> {
    a.terms.iter().map(|t| (t.term.as_str(), t.count)).collect()
}

fn phrases(a: &textlens::Analysis) -> Vec<&str> {
    a.phrases.iter().map(|t| t.term.as_str()).collect()
}

#[test]
fn true_is_the_default() {
    let (default, on) = (analyze(None, None), analyze(Some(true), None));
    assert_eq!((terms(&default), phrases(&default)), (terms(&on), phrases(&on)));
    assert_eq!(default.term_pairs, on.term_pairs);
    assert!(terms(&default).contains(&("kampala", 3)) && terms(&default).contains(&("union", 3)));
    assert!(phrases(&default).contains(&"african union"));
}

#[test]
fn false_leaves_names_out_of_terms_phrases_and_pairs() {
    let a = analyze(Some(false), None);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"African Union") && names.contains(&"Kampala") && names.contains(&"Amina Wekesa"), "{names:?}");
    let t = terms(&a);
    for name_word in ["african", "kampala", "amina", "wekesa"] {
        assert!(!t.iter().any(|&(w, _)| w == name_word), "{name_word} in {t:?}");
    }
    // "union" outside a name still counts, once.
    assert!(t.contains(&("union", 1)), "{t:?}");
    assert!(t.contains(&("trade", 3)) && t.contains(&("talks", 3)), "{t:?}");
    assert_eq!(phrases(&a).iter().filter(|p| p.contains("african") || p.contains("kampala")).count(), 0, "{:?}", phrases(&a));
    assert!(phrases(&a).contains(&"trade talks"), "{:?}", phrases(&a));
    assert!(!a.term_pairs.is_empty());
    assert!(a.term_pairs.iter().all(|p| !["african", "kampala", "wekesa"].contains(&p.a.as_str()) && !["african", "kampala", "wekesa"].contains(&p.b.as_str())));
    // The entities are the same either way.
    assert_eq!(a.entities, analyze(None, None).entities);
}

#[test]
fn only_the_names_reported_are_left_out() {
    let a = analyze(Some(false), Some(&["PER"]));
    let t = terms(&a);
    assert!(t.contains(&("kampala", 3)) && !t.iter().any(|&(w, _)| w == "wekesa"), "{t:?}");
}
