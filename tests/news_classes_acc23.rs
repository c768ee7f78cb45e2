//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (acc23: read on `tests/fixtures/dev11`, and found in `dev3`,
//! `dev4`, `dev8` and `dev9` too).

mod common;
use common::{entities, has, BOTH};

/// A government agency or a sport's body named by its field and a place ("Statistics Norway",
/// "Forestry and Parks Tasmania", "Kenya Rugby", "UK Export Finance"), a sport's world body
/// ("World Rowing") and an unlisted acronym before a place ("ERCOT Texas") are one organisation
/// each; the place alone stays a place, and a longer name ("World Rowing Championships") is not
/// cut.
#[test]
fn a_field_and_a_place_name_an_agency() {
    let text = "Figures released by Statistics Norway showed exports fell. \
Logging permits are issued by Forestry and Parks Tasmania, the agency said. \
The coach was appointed by Kenya Rugby on Tuesday. \
The loan is backed by UK Export Finance and two banks. \
Rowing officials said World Rowing would review the race. \
The grid operator TSGX Ohio said demand peaked. \
Exports from Norway rose while Tasmania reported a fall.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Statistics Norway", "Forestry and Parks Tasmania", "Kenya Rugby", "UK Export Finance", "World Rowing", "TSGX Ohio"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for place in ["Norway", "Tasmania"] {
            assert!(has(&found, place, "LOC"), "{tagger:?}: {place} in {found:?}");
        }
    }
    let longer = "She won bronze at the World Rowing Championships in Lucerne.";
    for tagger in BOTH {
        let found = entities(longer, tagger);
        assert!(!has(&found, "World Rowing", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A name that ends in a company's legal form, written with its period ("Co.", "Ltd.", "Inc."),
/// is a company's, not a person's, and its name without the form is the same company; a county
/// written "Co. Kerry" is no company.
#[test]
fn a_legal_form_makes_a_company() {
    let text = "The order went to Pemberley Mart Co., a chain of grocers. \
Workers at Ostrander Cable Ltd. walked out on Friday. \
Shares of Kivalo Foods Inc. rose 4 percent. \
Pemberley Mart will open ten stores.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Pemberley Mart Co.", "Ostrander Cable Ltd.", "Kivalo Foods Inc."] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, t)| *t == "PER" && (n.starts_with("Pemberley") || n.starts_with("Ostrander") || n.starts_with("Kivalo"))), "{tagger:?}: {found:?}");
    }
}

/// A Canadian band's "X First Nation" is an organisation whatever a tagger read its first word as,
/// and "X" alone later is that band; "First Nations" alone, the peoples, is not made one.
#[test]
fn a_first_nation_is_an_organisation() {
    let text = "Leaders of Kesagami First Nation and Wabakimi Lake First Nation signed the deal. \
\"We were asked this time,\" said a councillor from Kesagami. \
First Nations across the north were watching.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kesagami First Nation", "Wabakimi Lake First Nation"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n == "Kesagami"), "{tagger:?}: Kesagami alone in {found:?}");
        assert!(!has(&found, "First Nations", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// Two organisations joined by "and", the first "<head> of <place>" and the second one by its own
/// words (ending in an organisation's word, or an acronym), are two; a place over the "and" and a
/// name whose words after "and" are no organisation's stay one name.
#[test]
fn two_organisations_over_and_are_two() {
    let text = "The clinic is run by the University of Ghana and Ashesi University, officials said. \
The loan came from the Development Bank of Rwanda and KCB, the lenders said. \
The Ministry of Trade and Industry published the figures.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["University of Ghana", "Ashesi University", "Development Bank of Rwanda", "Ministry of Trade and Industry"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n.contains("Ghana and") || n.contains("Rwanda and")), "{tagger:?}: {found:?}");
    }
    let place = "Voters in the Federation of Bosnia and Herzegovina went to the polls.";
    for tagger in BOTH {
        let found = entities(place, tagger);
        assert!(found.iter().any(|(n, _)| n == "Federation of Bosnia and Herzegovina"), "{tagger:?}: {found:?}");
    }
}

/// A dateline's sender in parentheses after a place written short ("TRURO, N.S. (Harbour Trade
/// Wire)") is an organisation of its own, not another name of the place.
#[test]
fn a_datelines_sender_is_no_name_of_its_place() {
    let text = "FERRY STRIKE ENDS\n\nTRURO, N.S. (Harbour Trade Wire) — Ferry workers returned to work on Monday, \
the union said. Nova Scotia runs three ferry routes.";
    for tagger in BOTH {
        let a = textlens::analyze(text, &textlens::Options { tagger, ..textlens::Options::default() }).unwrap();
        let wire = a.entities.iter().find(|e| e.name == "Harbour Trade Wire");
        assert!(wire.is_some_and(|e| e.ty.as_str() == "ORG"), "{tagger:?}: {:?}", a.entities);
        assert!(!a.entities.iter().any(|e| e.ty.as_str() == "LOC" && e.aliases.iter().any(|x| x.contains("Wire"))), "{tagger:?}: {:?}", a.entities);
    }
}

/// A language no list holds: in apposition to a description with a people's word ("in Shilha, the
/// Moroccan Berber dialect"), last in a list of languages before another clause's "and" ("in
/// Swahili, Lingala and Kirundi and believed none"), or joined to a people's word before a
/// community's noun ("the Karakalpak and Kazakh villages"), is no place, person or organisation.
#[test]
fn languages_by_their_company() {
    let text = "\"We will rebuild,\" she said in Shilha, the Moroccan Berber dialect, before leaving. \
Traders said they had heard promises in Swahili, French, Lingala and Kirundi and believed none of them. \
Teachers will be needed in the Karakalpak and Kazakh villages near the lake, the ministry said.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Shilha", "Kirundi", "Karakalpak"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
            assert!(!found.iter().any(|(n, t)| n == name && *t != "MISC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A listed organisation's branch or market in a place ("Nasdaq Riga") and a country's mission or
/// national society ("the Estonian Embassy", "the Chilean Red Cross") are organisations of their
/// own, not the listed one nor a people's word; "the Red Cross" alone stays what the list says.
#[test]
fn branches_missions_and_national_societies() {
    let text = "Volunteers from the Chilean Red Cross handed out water. \
The Estonian Embassy said it was monitoring the case. \
Shares rose on Nasdaq Riga after the deal. \
The Red Cross said it was ready.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Chilean Red Cross", "Estonian Embassy", "Nasdaq Riga"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Estonian Embassy", "MISC") && !has(&found, "Riga", "LOC"), "{tagger:?}: {found:?}");
    }
}
