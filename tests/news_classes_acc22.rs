//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, acc22: read on `tests/fixtures/dev6`, `dev8` and
//! `dev9`).

mod common;
use common::{entities, has, BOTH};

/// A name no list holds, introduced by what the person does (", a marine biologist at", ", an
/// economist who", ", a 34-year-old mechanic,"), is a person's, and so is its surname alone
/// later; a company introduced by what it is stays a company.
#[test]
fn a_name_introduced_by_a_trade_is_a_person() {
    let text = "The smelter will be run by Kalumbo Mining. \
Ingvar Thorsteinsson, a geologist at the University of Reykjavik, said the seam was thin. \
Pelagia Nangolo, a hydrologist at the water utility, said the aquifer was low. \
\"The trucks never stop,\" said Tuyen, a 34-year-old mechanic, who gave only one name. \
Halvik Marine Holdings, a shipping group based in the capital, declined to comment.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Ingvar Thorsteinsson", "Pelagia Nangolo", "Tuyen"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Tuyen", "ORG") && !has(&found, "Pelagia Nangolo", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Halvik Marine Holdings", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// Towns no list holds, listed with a place after a preposition of place ("from …, … and Da
/// Nang", "in …, … and …"), are places, whatever a tagger read them as; a name in apposition
/// after a place ("in Tarbela, Ravi Menon, said") and a speaker after the list stay persons.
#[test]
fn towns_listed_with_a_place_are_places() {
    let text = "The ferry was late again. \
Fishermen from Kallang Tor, Mui Bac and Da Nang say the patrols have doubled. \
Traders in Otjimbo, Haib and Lutz Mahanga complained about the road. \
The team trained in Nairobi and Wanjiku Kamau said the pitch was dry.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kallang Tor", "Mui Bac", "Otjimbo", "Haib", "Lutz Mahanga"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Wanjiku Kamau", "PER"), "{tagger:?}: {found:?}");
    }
    let apposition = "His coach in Tarbela, Ravi Menon, said the boy was gifted.";
    let found = entities(apposition, textlens::TaggerKind::Rules);
    assert!(has(&found, "Ravi Menon", "PER"), "{found:?}");
}

/// English puts no article before a person's name: a name after "the" that ends its phrase is an
/// organisation's; a name before the noun it describes ("the Clinton administration") is still a
/// person's for the model, and a given name after "the" is no cue.
#[test]
fn a_name_after_the_is_no_persons() {
    let text = "The bond was arranged by the Hartmann Voss and two other banks. \
Prices are set by the Marchetti Ferri, which runs the auction. \
Officials from the Policia Montada said the road was open.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Hartmann Voss", "Marchetti Ferri", "Policia Montada"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let described = "Analysts expect the Clinton administration to act.";
    let found = entities(described, textlens::TaggerKind::Model);
    assert!(has(&found, "Clinton", "PER"), "{found:?}");
}

/// A city's name that is also a given name, right before a person's name, opens it: one person,
/// the shorter form joined to the full name; the city alone after "to" stays a place.
#[test]
fn a_place_that_is_a_given_name_opens_a_persons_name() {
    let text = "The stage ended in a sprint. \
Santiago Ferreyra Lugo of the home team finished third. \
Ferreyra Lugo, a climber from the Andes, said the rain had helped him. \
Riders flew on to Santiago on Monday. \
Florence Wanjiru Kamau won the junior race.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Santiago Ferreyra Lugo", "Florence Wanjiru Kamau"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Ferreyra Lugo", "PER") && !has(&found, "Florence", "LOC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Santiago", "LOC"), "{tagger:?}: {found:?}");
    }
}
