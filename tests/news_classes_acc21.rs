//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (acc21: read on `tests/fixtures/dev10`).

mod common;
use common::{entities, has, BOTH};

/// Faroese and Icelandic names hold "á", "í", "av" or "við" between given name and surname: one
/// person, and the capitalised surname alone ("Í Dali said") is that person too.
#[test]
fn faroese_particles_in_names() {
    let text = "Fisheries Minister Heðin í Dali said the quota was fair. \
Í Dali spoke after a meeting with the Norwegian delegation.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Heðin í Dali", "PER"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Heðin" || n == "Dali"), "{tagger:?}: {found:?}");
    }
}

/// A legislature named in its own language and glossed after a comma ("the X, the national
/// legislature") is an organisation, over a short link word of its language too; a place before
/// "the parliament building" is no legislature.
#[test]
fn legislatures_glossed_after_their_name() {
    let text = "The bill was passed by the Vanuku Fono, the national legislature, after a long debate. \
Members of the Tavalu ni Vanua, the islands' parliament, voted against a second bill. \
The Korvast, the country's lower house, meets again in June.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Vanuku Fono", "Tavalu ni Vanua", "Korvast"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let building = "Protesters gathered in Nairobi, the parliament building was closed.";
    for tagger in BOTH {
        let found = entities(building, tagger);
        assert!(has(&found, "Nairobi", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A stadium's or a lake's word in another language opens a place's name: "Estadio Municipal",
/// "Stadio Comunale", "Lago Verdino".
#[test]
fn foreign_stadiums_and_lakes() {
    let text = "The club will play its home games at the Estadio Municipal while the Stadio Comunale is rebuilt. \
Tourists also visited Lago Verdino, north of the city.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Estadio Municipal", "Stadio Comunale", "Lago Verdino"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A company named after a place, with its legal form, is one organisation: the place is its
/// first word, not a place of its own.
#[test]
fn companies_named_after_places() {
    let text = "The grid unit of Brabant Energie N.V. was sold on Monday to a Swedish utility.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Brabant Energie N.V.", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Brabant"), "{tagger:?}: {found:?}");
    }
}

/// A federation's or an association's field of two words joined by "and" is one name; an acronym
/// after ", known as" is its alias even where its letters are another language's; two ministries
/// joined by "and" stay two.
#[test]
fn bodies_with_two_fields() {
    let text = "The International Rowing and Canoe Federation, known as FIAC, said the regatta would go ahead. \
The National Archery and Crossbow Association also agreed.";
    for tagger in BOTH {
        let a = textlens::analyze(text, &textlens::Options { tagger, ..textlens::Options::default() }).unwrap();
        let fed = a.entities.iter().find(|e| e.name == "International Rowing and Canoe Federation");
        assert!(fed.is_some_and(|e| e.ty.as_str() == "ORG" && e.aliases == ["FIAC"]), "{tagger:?}: {:?}", a.entities);
        assert!(a.entities.iter().any(|e| e.name == "National Archery and Crossbow Association"), "{tagger:?}: {:?}", a.entities);
    }
    let two = "Officials of the Ministry of Health and Ministry of Finance met on Friday.";
    for tagger in BOTH {
        let found = entities(two, tagger);
        assert!(!found.iter().any(|(n, _)| n.contains(" and ")), "{tagger:?}: {found:?}");
    }
}

/// After ", known as" only the name right before is the acronym's: "the Kora Lemba party, known
/// as KL" is not another party the text named.
#[test]
fn known_as_takes_the_name_before() {
    let text = "The Progressive Farmers Party won most seats. The Kora Lemba party, known as KL, came second.";
    for tagger in BOTH {
        let a = textlens::analyze(text, &textlens::Options { tagger, ..textlens::Options::default() }).unwrap();
        let pfp = a.entities.iter().find(|e| e.name == "Progressive Farmers Party");
        assert!(pfp.is_some_and(|e| !e.aliases.iter().any(|x| x == "KL")), "{tagger:?}: {:?}", a.entities);
    }
}

/// A place before "-listed" is the place ("a Pune-listed firm"), as before "-based".
#[test]
fn places_before_listed() {
    let text = "Shares of the Pune-listed firm rose. Traders in Pune were pleased.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Pune", "LOC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n.contains("-listed")), "{tagger:?}: {found:?}");
    }
}

/// The names of a list ending "and other villages" are places.
#[test]
fn lists_ending_in_other_towns() {
    let text = "Many families in Kasoma, Ruvenda and other villages across the river still farm.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kasoma", "Ruvenda"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
