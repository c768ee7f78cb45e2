//! Names as news writes them: spellings the gazetteer lists in another form (curly apostrophes),
//! and names with elided particles (the model reads those; the rules do not).

use textlens::{analyze, Options, TaggerKind};

/// Each mention's text and type, and the entity it belongs to, with `tagger`.
fn mentions(text: &str, tagger: TaggerKind) -> Vec<(&str, &'static str, usize)> {
    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
    a.mentions.iter().map(|m| (&text[m.start..m.end], m.ty.as_str(), m.entity)).collect()
}

#[test]
fn a_curly_apostrophe_inside_a_listed_name() {
    let text = "Traders from Côte d’Ivoire and Côte d'Ivoire met in Accra on Monday.";
    for tagger in [TaggerKind::Rules, TaggerKind::Model] {
        let found = mentions(text, tagger);
        let ivorian: Vec<_> = found.iter().filter(|m| m.0.starts_with("Côte")).collect();
        assert_eq!(ivorian.iter().map(|m| (m.0, m.1)).collect::<Vec<_>>(), [("Côte d’Ivoire", "LOC"), ("Côte d'Ivoire", "LOC")], "{tagger:?}: {found:?}");
        assert_eq!(ivorian[0].2, ivorian[1].2, "{tagger:?}: one entity");
    }
}

#[test]
fn an_elided_particle_continues_a_name() {
    let text = "Valéry d’Estaing and Marco dell'Orto spoke after Jean d'Aubigné.";
    let found = mentions(text, TaggerKind::Model);
    for want in ["Valéry d’Estaing", "Marco dell'Orto", "Jean d'Aubigné"] {
        assert!(found.iter().any(|m| m.0 == want && m.1 == "PER"), "{want} in {found:?}");
    }
}
