//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers where they apply (issue #5, session 14: read on
//! `tests/fixtures/dev6` and counted on the older development sets).

use textlens::{analyze, Options, TaggerKind};

mod common;
use common::{entities, has, BOTH};

/// A town no list holds after a preposition of movement ("from", "to", "through", "between"), and
/// each one listed with it, is a place: the rules guessed an organisation for a name they knew
/// nothing of. Not a source after "according to", nor a common word ("kept from Parliament").
#[test]
fn a_town_after_a_word_of_movement() {
    let text = "Lorries carried maize from Kwembe to Tasora last week, and boats took medicine to Ruvala and Ketembo. \
Every convoy passes through Ombari. The deal was kept from Parliament, according to Velmora, a consultancy.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kwembe", "Tasora", "Ruvala", "Ketembo", "Ombari"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let found = entities(text, TaggerKind::Rules);
    assert!(has(&found, "Parliament", "ORG") && has(&found, "Velmora", "ORG"), "{found:?}");
}

/// A sentence's first word shaped like an English plural, adverb or adjective, before a word in
/// lower case ("Dockers at the port", "Separately,", "Perishable goods", "Shipping agents said"),
/// is no name where the text capitalises it nowhere else inside a sentence; a surname the text
/// writes in a full name ("Masters said") and a name it writes inside a sentence ("the Rangers")
/// stay.
#[test]
fn a_common_word_opening_a_sentence() {
    let text = "Dockers at the port walked out on Monday, the union said. Separately, the harbour board raised its fees. \
Perishable goods were left on the quay. Shipping agents said the strike could last a week. Claire Masters, who runs a \
cold store, said she had lost a cargo. Masters said the board had not called her. Tanners gathered outside the hall. \
Rangers beat the visitors, and fans of the Rangers cheered.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for word in ["Dockers", "Separately", "Perishable", "Shipping", "Tanners"] {
            assert!(!found.iter().any(|(n, _)| n == word), "{tagger:?}: {word} in {found:?}");
        }
        assert!(has(&found, "Claire Masters", "PER") && has(&found, "Rangers", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// Names joined by a spaced ampersand in prose are one organisation, with the name's words after
/// it ("… Research", "… Trading Co.") and a listed word a tagger split off before it ("Pacific").
#[test]
fn names_joined_by_an_ampersand() {
    let text = "Lawyers at Mwenda & Otieno said the claim would fail. The contract went to Pacific Tuna & Cold Storage Ltd, \
which runs the quay. Shares in Kessel & Brandt Research rose, and Darko & Sons Trading Co. said it would bid.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Mwenda & Otieno", "Pacific Tuna & Cold Storage Ltd", "Kessel & Brandt Research", "Darko & Sons Trading Co."] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// Three names joined by two ampersands are one organisation, not two that overlap ("Larbi &
/// Whitcombe" and "Whitcombe & Osei" over the same "Whitcombe").
#[test]
fn three_names_joined_by_ampersands() {
    let text = "Lawyers at Larbi & Whitcombe & Osei said the claim would fail, and the court agreed on Monday.";
    for tagger in BOTH {
        let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
        let found: Vec<(String, &str)> = a.entities.iter().map(|e| (e.name.clone(), e.ty.as_str())).collect();
        assert!(has(&found, "Larbi & Whitcombe & Osei", "ORG"), "{tagger:?}: {found:?}");
        let mut spans: Vec<(usize, usize)> = a.mentions.iter().map(|m| (m.start, m.end)).collect();
        spans.sort();
        assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{tagger:?}: overlapping mentions {spans:?}");
    }
}

/// An institution's name that lists its remits is one organisation: over commas and "and" after
/// "Ministry of …" or "Institute for …", and over "and" before a name ending in an institution's
/// word; not a list of places after a ministry's name.
#[test]
fn an_institution_listing_its_remits() {
    let text = "Officials of the Ministry of Water, Forests and Land said the dam would wait. A survey by the Coastal and \
Marine Research Institute found less silt. The Institute for Trade, Industry and Tourism Studies, a think tank, agreed. \
Talks between the Ministry of Finance, Kenya and Uganda ended on Friday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Ministry of Water, Forests and Land", "Coastal and Marine Research Institute", "Institute for Trade, Industry and Tourism Studies", "Ministry of Finance"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Kenya", "LOC") && has(&found, "Uganda", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A capitalised compass word before a listed sea or region is one place with it ("the Eastern
/// Mediterranean", "the South Pacific", "North Atlantic"): the model typed the pair an
/// organisation or a MISC, the rules cut it after the compass word. A name the gazetteer holds
/// whole stays what it is ("North Atlantic Treaty Organization").
#[test]
fn a_compass_word_before_a_sea() {
    let text = "Freight rates in the Eastern Mediterranean rose on Monday, brokers in Piraeus said. \
Trawlers from the South Pacific and the North Atlantic will face new quotas. \
The North Atlantic Treaty Organization held talks in Brussels.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Eastern Mediterranean", "South Pacific", "North Atlantic"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n == "Eastern" || n == "South" || n == "Mediterranean"), "{tagger:?}: {found:?}");
        assert!(has(&found, "North Atlantic Treaty Organization", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A person's name of two words, neither a listed given name, after a preposition of place or
/// movement ("from Kosa Lenda", "in Kosa Lenda") is a town; not "from" one person "to" another.
#[test]
fn a_two_word_town_after_a_preposition_of_place() {
    let text = "Aid convoys left from Kosa Lenda at dawn, and shelling was reported near Miro Tanda on Tuesday. \
Fishermen in Kosa Lenda said the lake had shrunk. Praise came from Bako Lindqvist in Tamvia to Ama Oduro in Ghana, the envoy said.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Kosa Lenda", "LOC") && !has(&found, "Kosa Lenda", "PER"), "{tagger:?}: {found:?}");
    }
    let found = entities(text, TaggerKind::Rules);
    assert!(has(&found, "Bako Lindqvist", "PER"), "{found:?}");
}
