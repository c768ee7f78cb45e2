//! General classes of errors in news text, each with invented sentences and both taggers
//! (`acc24`: long organisations' names linked by lower-case words).

mod common;
use common::{entities, has, BOTH};

/// A Spanish, Portuguese or French organisation's name opened by its head word runs on over its
/// lower-case links ("para la", "de", "dos", "des") and over a list's commas that "e" or "y"
/// closes; the pieces the taggers read apart are no names of their own.
#[test]
fn a_romance_institution_runs_over_its_links() {
    let text = "Officials of the Junta Regional para la Gestión de Aguas met farmers in Talavera on Monday. \
The Instituto Estadual de Florestas, Pesca e Aquicultura said the river had fallen by a metre. \
In Lyon, the Fédération Nationale des Pêcheurs called for a ban on new wells.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in [
            "Junta Regional para la Gestión de Aguas",
            "Instituto Estadual de Florestas, Pesca e Aquicultura",
            "Fédération Nationale des Pêcheurs",
        ] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for piece in ["Gestión de Aguas", "e Aquicultura", "Aquicultura", "Pesca"] {
            assert!(found.iter().all(|(n, _)| n != piece), "{tagger:?}: {piece} in {found:?}");
        }
    }
}

/// A name with English links ("of", "on the") is one name when its acronym follows in brackets,
/// the acronym's letters holding the words' initials in any order; an agreement's name (a
/// "Convention" opening it) is a MISC, as CoNLL-2003 types treaties.
#[test]
fn a_name_before_its_acronym_is_one_name() {
    let text = "Fighters loyal to the Democratic Front of Coastal Villages (FDCV) burned two boats near Karsa, \
the army said. The FDCV denied it. Delegates of the Convention on the Protection of Alpine Springs (CPAS) meet \
in Brno next week.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Democratic Front of Coastal Villages", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Convention on the Protection of Alpine Springs", "MISC"), "{tagger:?}: {found:?}");
        for piece in ["Alpine Springs", "Protection", "Convention"] {
            assert!(found.iter().all(|(n, _)| n != piece), "{tagger:?}: {piece} in {found:?}");
        }
    }
}

/// A run of capitals that no head word opens and no acronym follows is left as the taggers read
/// it: a person's name with "de" stays a person.
#[test]
fn a_name_with_de_and_no_head_word_stays_as_read() {
    let text = "The engineer Mariela Soto de Arriaga said the dam would hold. Soto de Arriaga has inspected \
it for ten years.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(found.iter().all(|(_, t)| *t != "ORG"), "{tagger:?}: {found:?}");
    }
}
