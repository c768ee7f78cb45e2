//! General classes of errors in news text, each with invented sentences and both taggers
//! (issue #5, session 15: session 14's leftovers, read on the development sets and CoNLL-2003
//! valid).

mod common;
use common::{entities, has, BOTH};

/// In a text about sport, a town after a verb of a player's move is the club ("joined Lyon",
/// "signed for Newcastle", "on loan from Porto", "joined Lyon from Porto"), and so is each other
/// mention of it; a country stays a place, and so does a town after "moved to" (a match is moved
/// to a town).
#[test]
fn a_town_after_a_transfer_verb_is_a_club() {
    let text = "The striker, 24, joined Lyon from Porto last season and scored 14 league goals. \
His former coach said Lyon had paid a fair fee. Dario Velk, a midfielder, signed for Newcastle in June, \
while the goalkeeper spent a year on loan from Porto. The club's final against Brazil was moved to Seville \
after rain, and fans travelled to Granada by train.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Lyon", "Porto", "Newcastle"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(["Brazil", "Seville", "Granada"].iter().all(|n| has(&found, n, "LOC")), "{tagger:?}: {found:?}");
    }
}

/// A place before "-based" is the place, as the news sets annotate it ("a Nairobi-based charity":
/// LOC "Nairobi"), one entity with its other mentions, whether a list holds it or not; not an
/// organisation's acronym ("UN-based") nor a word in lower case ("oil-based").
#[test]
fn a_place_before_based() {
    let text = "A Nairobi-based charity said on Monday that food had reached Wajir. The Kosa Lenda-based lender \
and a Velmora-based broker, which has an office in Velmora, backed a UN-based panel. Traders in Nairobi \
bought oil-based paint.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Nairobi", "Kosa Lenda", "Velmora"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
            assert_eq!(found.iter().filter(|(n, _)| n == name).count(), 1, "{tagger:?}: {name} in {found:?}");
        }
        assert!(found.iter().all(|(n, _)| !n.ends_with("-based") || n == "UN-based"), "{tagger:?}: {found:?}");
    }
}

/// A place whose name takes "The": where the text writes "The" inside a sentence ("NASSAU, The
/// Bahamas", "a ruling from The Hague"), every "The Bahamas" is one place with its article, at a
/// sentence's start too; where the text writes it only at a sentence's start, the article is not
/// the name's ("The Philippines' court").
#[test]
fn a_place_whose_name_takes_the() {
    let text = "NASSAU, The Bahamas, May 4 — Fishermen blocked the harbour on Monday over a new licence fee. \
The Bahamas said the fee would fund patrols, and lawyers for the fishermen said they would seek a ruling from The Hague.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "The Bahamas", "LOC") && has(&found, "The Hague", "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, _)| n != "The" && n != "Bahamas" && n != "Hague"), "{tagger:?}: {found:?}");
    }
    let text = "MANILA — The Philippines' anti-graft court on Monday convicted a former engineer over dikes never built.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Philippines", "LOC") && found.iter().all(|(n, _)| !n.starts_with("The")), "{tagger:?}: {found:?}");
    }
}

/// A list of fixtures with no score, each line only two names around "v", is a list of clubs,
/// two-word names too (the rules read such lines as headlines and kept only listed names).
#[test]
fn a_list_of_fixtures_names_clubs() {
    let text = "Cup fixtures for Sunday\nKosa Lenda v Port Maren\nOstra Vik v Dala Nord\nBrava Tor v Kalo Mesa\n\n\
The coach said the league season had been long.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kosa Lenda", "Port Maren", "Ostra Vik", "Dala Nord", "Brava Tor", "Kalo Mesa"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
