//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 17, acc16: read on `tests/fixtures/dev9`).

mod common;
use common::{entities, has, BOTH};

/// Names with particles: Spanish "de los", Welsh "ap" (also capitalised opening a sentence), and
/// a French given name no list holds before "de"; a company named "… de" a country stays no
/// person.
#[test]
fn names_with_particles_session_17() {
    let text = "Regulators are watching closely. Marc de Villeneuve, an economist at the university, said the line would pay. \
\"For years nobody believed it,\" De Villeneuve said. \
Defence Minister Pablo Herrera de los Rios said the crossing would stay closed. Herrera de los Rios said troops had been sent. \
The champion beat Owain ap Rhodri in the final. \"I have no complaints,\" ap Rhodri said. Ap Rhodri made three centuries. \
Ferrovias de Portugal will run the trains, Ferrovias de Portugal said.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Marc de Villeneuve", "Pablo Herrera de los Rios", "Owain ap Rhodri"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["Rios", "Rhodri", "Ap Rhodri", "Owain", "De Villeneuve", "de Villeneuve"] {
            assert!(!found.iter().any(|(n, _)| n == name), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, t)| n.contains("Portugal") && *t == "PER"), "{tagger:?}: {found:?}");
    }
}

/// A name no list holds in a list of languages after "in" or a verb of speech is a language
/// (MISC), with each other mention of it; not a place in a list of places ("in Molvara and
/// Spain").
#[test]
fn languages_listed_with_known_ones() {
    let text = "Aid workers said volunteers were distributing hygiene kits in Kavuli, French and English. \
Traders in the north were bargaining in Kotari and Chadian Arabic. \
Fishermen chanted in Afrikaans and Sorongo. Traders bargained in Dasweri and Arabic at the market. \
Most residents speak Kavuli at home. Talks were held in Molvara and Spain.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kavuli", "Kotari", "Sorongo", "Dasweri"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Molvara", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A name ending in a natural place's kind, in "National Park", or (read as a person's) in
/// "Palace" is a place.
#[test]
fn places_by_their_last_word_session_17() {
    let text = "Wind farms will stand on the edge of the Korvale Khaeb National Park. \
Trucks share the road with tourists bound for the Tumbe River Canyon. \
He reached the semi-finals of the Masters at Imelda Palace last year.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Korvale Khaeb National Park", "Tumbe River Canyon", "Imelda Palace"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A noun of a people before a person's name is no part of it ("Welshman", listed or not).
#[test]
fn a_people_noun_before_a_name() {
    let text = "Tavo Renshi reached his first final after beating Welshman Idris ap Cadwal 17-15 in a semi-final. \
Ap Cadwal made three centuries. Scotswoman Elin Trevask won the other semi-final against Spaniard Nuria Calvet.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Idris ap Cadwal", "Elin Trevask", "Nuria Calvet"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, t)| *t != "MISC" && (n.starts_with("Welshman") || n.starts_with("Scotswoman"))), "{tagger:?}: {found:?}");
    }
}
