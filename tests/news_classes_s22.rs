//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 22: read on `tests/fixtures/dev11` to `dev13`).

mod common;
use common::{entities, has, BOTH};
use textlens::{analyze, Options};

/// A people in the plural is a name of its own beside the adjective ("Kenyans" and "Kenyan"), and
/// a text that writes only the plural names it so ("Germans", not "German").
#[test]
fn a_people_in_the_plural_is_its_own_name() {
    let text = "The Kenyan runner led until the last lap, when three Kenyans and two Ethiopians \
passed her. Among the hikers were Germans and Canadians.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kenyan", "Kenyans", "Ethiopians", "Germans", "Canadians"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(name, _)| name == "German" || name == "Ethiopian" || name == "Canadian"), "{tagger:?}: {found:?}");
        let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
        let kenyan = a.entities.iter().find(|e| e.name == "Kenyan").unwrap();
        assert!(kenyan.aliases.is_empty() && kenyan.count() == 1, "{tagger:?}: {kenyan:?}");
    }
}

/// An organisation whose name holds a place before its kind is an organisation, whole: "the Nile
/// Basin Initiative", "the United States Geological Survey" (not "United States" and a person
/// "Geological Survey"). A country's body named with the country in the possessive is named
/// without it, and a listed place that ends so keeps its type ("the West Bank").
#[test]
fn an_organisation_holding_a_place_is_one_organisation() {
    let text = "Switzerland has no stake in the Nile Basin Initiative, the diplomats said. \
Seismologists at the United States Geological Survey said the quake was shallow. \
The Kazakhstan Tennis Federation paid for the courts. \
Officials of Peru's National Water Authority met settlers of the West Bank in Lima.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Nile Basin Initiative", "United States Geological Survey", "Kazakhstan Tennis Federation", "National Water Authority"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["Switzerland", "Peru", "West Bank", "Lima"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(name, ty)| *ty == "PER" || name == "United States" || name.starts_with("Basin")), "{tagger:?}: {found:?}");
    }
}

/// A name written before "river", "rivers" or "riverbed", or listed before "rivers", is a river
/// wherever the text writes it alone ("on the Mussapa", "along the lower Mussapa"), as a tagger
/// read a name it had never seen as an organisation; a longer name holding it keeps its own type
/// ("the Lucite Trust").
#[test]
fn a_name_before_river_is_a_river_throughout() {
    let text = "Rain pushed the Revué and Mussapa rivers over their banks. “We have boats on the \
Mussapa but we cannot reach everyone,” she said. Runners passed the old Lucite riverbed, where the \
Lucite Trust planted trees. Most of the dead lived along the lower Mussapa, officials said.";
    for tagger in BOTH {
        let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
        for m in &a.mentions {
            let want = if &text[m.start..m.end] == "Lucite Trust" { "ORG" } else { "LOC" };
            assert_eq!(m.ty.as_str(), want, "{tagger:?}: {m:?}");
        }
        let found = entities(text, tagger);
        assert!(has(&found, "Mussapa", "LOC") && has(&found, "Lucite", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A name of two words or more followed by a person's post without an article (", director of",
/// ", manager of") is a person's, though its first words are a listed place's ("Santa Cruz
/// Mendez", which the model reads as a place); a listed place before such words stays a place.
#[test]
fn a_name_before_a_post_without_article_is_a_person() {
    let text = "Prices rose, said Santa Cruz Mendez, director of the dairy. Nairobi, capital of \
Kenya, was calm. Lake Kivu, head of the valley's water, was calm.";
    let found = entities(text, textlens::TaggerKind::Model);
    assert!(has(&found, "Santa Cruz Mendez", "PER"), "{found:?}");
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Nairobi", "Kenya", "Lake Kivu"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Santa Cruz Mendez", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A company or body named in Spanish, Portuguese or French by a word, "de" and its country is
/// one organisation ("Infraestruturas de Portugal", "Comboios de Portugal", "Ferrocarriles de
/// Guatemala"), not a word and a place nor a person; a place's word keeps it a place's name, and
/// an event stays an event ("Tour de France").
#[test]
fn a_word_de_and_a_country_is_an_organisation() {
    let text = "Infraestruturas de Portugal (IP), the state rail operator, and Comboios de Portugal \
said trains ran late. Ferrocarriles de Guatemala said the line was closed. Tourists crowded the \
Golfo de México beaches. He won the Tour de France.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Infraestruturas de Portugal", "Comboios de Portugal", "Ferrocarriles de Guatemala"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Tour de France", "MISC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, ty)| *ty == "PER" || name == "de Portugal" || name == "Comboios de"), "{tagger:?}: {found:?}");
    }
    // (the rule tagger reads "Golfo de México" as an organisation of its own, before this pass)
    let found = entities(text, textlens::TaggerKind::Model);
    assert!(!has(&found, "Golfo de México", "ORG"), "{found:?}");
}
