//! Results and standings tables (issue #5, session 14, valid14): a line that is only a name and a
//! score, twice, or a name and four or more figures (three with a fraction), is a team's line where a text holds two or
//! more of them; its names are clubs, whatever town they are named after. Invented tables.


mod common;
use common::{entities, has, BOTH};

/// Results lines, a standings table and "v" in a text with them: every name is a club, also a
/// listed town ("Brighton", "Leicester") and a town with a word after it ("Velmora City").
#[test]
fn names_in_results_and_standings_are_clubs() {
    let text = "Results at the weekend:\n\nKalobo United 2 Marsa 2\n\nTasora 3 Velmora City 1 ( halftime 1-0 )\n\n\
Ruvala 0 Brighton 1\n\nStandings:\n\nTasora 4 3 1 0 9 2 10\n\nBrighton 4 2 1 1 6 4 7\n\nPostponed: Ketembo v Leicester\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kalobo United", "Marsa", "Tasora", "Velmora City", "Ruvala", "Brighton", "Ketembo", "Leicester"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A baseball table's figures (".496", "5 1/2") and names in capitals are a table's too.
#[test]
fn a_table_with_fractions_and_capitals() {
    let text = "EASTERN DIVISION\n\nW L PCT GB\n\nCLEVELAND 66 67 .496 5\n\nCincinnati 60 72 .455 10 1/2\n\nSEATTLE 5 Cincinnati 3\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Cleveland", "Cincinnati", "Seattle"] {
            assert!(found.iter().any(|(n, t)| n.eq_ignore_ascii_case(name) && *t == "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A country in a results table stays a place (national sides), a golfer with a given name stays
/// a person, and one line alone, or a town with two figures (a weather table), is no table.
#[test]
fn countries_people_and_lone_lines_stay() {
    let text = "Friendly internationals:\n\nItaly 2 Ghana 1\n\nPeru 0 Norway 0\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Italy", "Ghana", "Peru", "Norway"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let text = "Leading scores after three rounds:\n\nJohn Harlow 66 70 68\n\nMaria Ostrova 67 69 69\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "John Harlow", "PER") && has(&found, "Maria Ostrova", "PER"), "{tagger:?}: {found:?}");
    }
    let text = "Temperatures on Sunday:\n\nBrighton 12 18\n\nLeicester 10 16\n\nThe council in Brighton said 3 roads were shut.\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Brighton", "LOC") && has(&found, "Leicester", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// Towns with three whole figures each (a weather table's highs, lows and humidity, or a poll's
/// votes by town) are no standings table: the towns stay places.
#[test]
fn towns_with_three_figures_stay_places() {
    let text = "Weather across the region on Tuesday:\n\nLagos 31 24 18\n\nAccra 30 23 20\n\nAbuja 33 22 10\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Lagos", "Accra", "Abuja"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let text = "Votes cast by town, and turnout:\n\nZenica 12,400 9,800 51.2\n\nTuzla 10,100 11,250 48.7\n\nMostar 8,300 7,900 55.0\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Zenica", "Tuzla", "Mostar"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A list of fixtures, one "A v B" a line: no name runs across a line's end ("Nantes\nLille"
/// was one club with the model, session 15's review); each town is its club.
#[test]
fn fixture_lines_keep_each_name_on_its_line() {
    let text = "Fixtures for Saturday:\nRennes v Nantes\nLille v Monaco\nLens v Brest\nToulouse v Reims\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(found.iter().all(|(n, _)| !n.contains('\n')), "{tagger:?}: {found:?}");
        for name in ["Rennes", "Nantes", "Lille", "Lens", "Brest", "Toulouse", "Reims"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
