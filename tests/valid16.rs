//! Classes of the model's CoNLL-2003 valid errors (issue #5, session 16), with invented sentences.

mod common;
use common::{entities, has, BOTH};
use textlens::TaggerKind;

/// The name of a sport ("SOCCER -" before a headline, "football"), a squad, a qualifier, a
/// footballer, a captaincy or a skipper make a text about sport: a town a player joined is his
/// club.
#[test]
fn words_of_sport() {
    let text = "SOCCER - DERBY NAME NEW CAPTAIN .\n\nThe defender , who joined Coventry for two million pounds last \
year , was named in the squad for Sunday's qualifier against Wales .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Coventry", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Wales", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// In a text about sport, a town before a player's role is his club, also as the first of two
/// towns before one role ("the former Leeds and Coventry skipper").
#[test]
fn a_town_before_a_players_role() {
    let text = "The coach named his squad for the match on Friday .\n\nThe former Leeds and Coventry skipper returns \
in defence , and Sheffield forward Ali Noor keeps his place .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Leeds", "Coventry", "Sheffield"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Ali Noor", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A list of names, most of them people, names people: a surname the tagger read as a place or
/// an organisation, and a lone surname at the list's head no tagger took ("Kettleby").
#[test]
fn a_list_of_people() {
    let text = "The squad named on Friday for the tour :\n\nKettleby , Jason Mwangi , Stuart Okoro , Glenn Tarrant , \
Ricky Adeyemi .\n\nSubstitutes : Stansfield , Brian Tull , Dean Okafor , Hallworth and Colin Moss .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kettleby", "Stansfield", "Hallworth", "Brian Tull", "Colin Moss"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
    }
    // Half of the names people: the others keep their types.
    for tagger in BOTH {
        let found = entities("Donors included Ann Lee , Tom Baker , Oxfam and the World Bank .", tagger);
        assert!(has(&found, "Oxfam", "ORG") && has(&found, "World Bank", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// Two organisations' names over "and", each of two or more words opening with the same word,
/// are two names, not one ("Varda Electric Power and Varda International Airport").
#[test]
fn two_organisations_over_and() {
    let text = "Next month Varda Electric Power and Varda International Airport will sell bonds .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!found.iter().any(|(n, _)| n.contains(" and ")), "{tagger:?}: {found:?}");
    }
    // (the airport a place, as the news sets annotate airports: tests/fixtures/dev12/README.md;
    // session 16 asked for ORG, as the old weights read it)
    let found = entities(text, TaggerKind::Model);
    assert!(has(&found, "Varda Electric Power", "ORG") && has(&found, "Varda International Airport", "LOC"), "{found:?}");
}

/// A one-word name is the organisation whose longer name it opens ("Okonta" after "Okonta
/// International Inc"), not a person, where no person's full name holds it.
#[test]
fn a_firms_short_name() {
    let text = "Seat maker Lomax agreed to be bought by Okonta International Inc for $ 31 a share .\n\n\
Okonta said the deal would close in March .\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Okonta", "PER"), "{tagger:?}: {found:?}");
    }
    // A person's full name holds it: the person.
    let found = entities("Okonta International Inc named Ada Okonta as chief .\n\nOkonta said sales rose .\n", TaggerKind::Rules);
    assert!(!found.iter().any(|(n, t)| n.contains("Okonta") && *t == "PER") || has(&found, "Ada Okonta", "PER"), "{found:?}");
}
