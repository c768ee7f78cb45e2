//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 13: read on `tests/fixtures/dev5`).

use textlens::TaggerKind;

mod common;
use common::{entities, has, BOTH};

/// A river news names without "River" ("the Teesta") is a place where the text speaks of the
/// river, and wherever it writes the name alone; not a name with no water near it.
#[test]
fn a_river_named_without_river() {
    let text = "Farmers Say the Lusavi Has Never Run So Low\n\nFarmers along the Lusavi say the river has never run so low. \
Engineers want to dredge the Lusavi before the rains, and the Karondo, which joins the Lusavi near Tembe, is dry as well. \
Lusavi water feeds three towns. The ruling angered the Korvath, which called a strike.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Lusavi", "LOC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Karondo", "LOC"), "{tagger:?}: {found:?}");
        assert!(!has(&found, "Korvath", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A name before a lower-case noun of a place's kind is a place, and so is each name of a list
/// before its plural (a name read as a person's too, after "the"); not a name with an organisation's
/// word.
#[test]
fn a_name_before_a_place_kind() {
    let text = "Herders from the Owari and Dessel regions drove their cattle to the Marvo reservoir, \
officials said. Water is short in the Kastelo department too, and the Pemba Water Authority district office is closed.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Owari", "Dessel", "Marvo", "Kastelo"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    // (the model's own decoding read "… Authority district" as a place before this rule)
    let found = entities(text, TaggerKind::Rules);
    assert!(has(&found, "Pemba Water Authority", "ORG"), "{found:?}");
}

/// A demonym before an institution's name is part of it; not before a ministry's, which the
/// demonym describes.
#[test]
fn a_demonym_opens_an_institution() {
    let text = "The Marovian National Police and the Kenyan Rugby Union Commission met officials from the Indian Ocean Rim. \
The German Foreign Ministry said nothing.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Kenyan Rugby Union Commission", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "German", "MISC") && has(&found, "Foreign Ministry", "ORG"), "{tagger:?}: {found:?}");
    }
    let found = entities("Officers of the Haitian National Police arrested him.", TaggerKind::Rules);
    assert!(has(&found, "Haitian National Police", "ORG"), "{found:?}");
}

/// A structure's or a route's name is one place: cut apart by a tagger, with a word left out, or
/// before its number; not a person's name ending in such a word.
#[test]
fn structures_and_numbered_roads() {
    let text = "Trucks left Route Nationale 9 near Kassou and joined the Great Northern Highway before dawn. \
Flights resumed at Amadou Kessel International Airport, and fans walked to the station at Riverside Park. \
Highway 12 stayed shut. President Park said nothing.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Route Nationale 9", "Great Northern Highway", "Amadou Kessel International Airport", "Riverside Park", "Highway 12"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "President Park", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A capitalised common noun after "the", alone, that the text writes inside a longer name, is a
/// reference back to it, no name; a compass point stays a place.
#[test]
fn a_generic_reference_is_no_name() {
    let text = "The Ministry of Fisheries signed the Lindqvist Convention in May. \
The Convention limits catches, and the Ministry said it would comply. North Korea said the South had broken its word.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Ministry", "ORG") && !found.iter().any(|(n, _)| n == "Convention"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Ministry of Fisheries", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// After a word of travel, a list of places may end in the next clause's speaker, who stays a
/// person.
#[test]
fn a_speaker_after_a_list_of_places_after_travel() {
    let text = "Buses from Kisumu and Wanjiku Odhiambo said fares would rise next month.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Wanjiku Odhiambo", "LOC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Wanjiku Odhiambo", "PER") && has(&found, "Kisumu", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A place after "in" before a title in apposition ("In Kalobo, the governor of …") is no person.
#[test]
fn a_place_before_a_title_in_apposition() {
    let text = "In Kalobo, the governor of the county opened a new clinic on Monday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Kalobo", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Kalobo", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// In a text about a match, a town that plays is a club ("Multan beat Quetta", "drew with
/// Kalobo", "Kalobo's coach"), and so is each other mention of it but after a preposition of
/// place; a country stays a place (CoNLL-2003 reads national sides as their countries). A town
/// and a team's word ("Marsavo Stars", a plural no list holds after a listed town) and a club
/// written with a slash ("Ostra/Vik") are one club, named later by either word alone.
#[test]
fn a_team_named_after_its_town() {
    let text = "Multan beat Quetta by five wickets in the league final on Sunday, a season after the club lost to Peshawar Zalmays. \
Kalobo came from two goals down to draw 2-2 with Marsavo Stars in the other match, and Ostra/Vik beat Tenvik 3-0. \
Kalobo's coach, Femi Adu, said the striker had scored twice. The Stars will face Ostra/Vik next week. \
Pakistan beat England in the tournament. Fans in Kalobo celebrated.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Multan", "Quetta", "Marsavo Stars", "Ostra/Vik", "Peshawar Zalmays"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n == "Stars" || n == "Vik" || n == "Zalmays"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Pakistan", "LOC") && has(&found, "England", "LOC"), "{tagger:?}: {found:?}");
    }
    // Not in a text about no match: "Quetta" the city.
    let text = "The storm beat Quetta for two days, and traders in Multan said prices rose.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Quetta", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// An organisation named by the first words of a longer name no list holds is that
/// organisation ("Harbor Line" after "Harbor Line Logistics Group"; a club by its town or its
/// team's word alone is tested above).
#[test]
fn short_forms_of_an_organisation() {
    let text = "Harbor Line Logistics Group said on Monday it would buy two ships. Harbor Line has run the port since 2019, \
the company said.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Harbor Line Logistics Group", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Harbor Line"), "{tagger:?}: {found:?}");
    }
}

/// An institution "for the" what it deals with, over "and the", is one organisation, not cut at
/// "the"; a demonym before a ministry stays a word of its own.
#[test]
fn an_institution_for_the_and_the() {
    let text = "The Marovian Ministry for the Coastal Transition and the Rural Challenge rejected the charge on Monday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Marovian Ministry for the Coastal Transition and the Rural Challenge", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n == "Rural Challenge" || n == "Coastal Transition"), "{tagger:?}: {found:?}");
    }
    let text = "The Spanish Ministry for the Coastal Transition and the Rural Challenge rejected the charge.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Spanish", "MISC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Ministry for the Coastal Transition and the Rural Challenge", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// An institution "for the" what it deals with keeps what that is "of" ("Office for the
/// Coordination of Relief Affairs"), not cut at "of".
#[test]
fn an_institution_for_the_subject_of_a_name() {
    let text = "Aid groups met on Monday. The Kalovan Office for the Coordination of Relief Affairs said the convoy had left.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Kalovan Office for the Coordination of Relief Affairs", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A name after what a place has and "of" is a place, by one list of what a place has (also read
/// after a possessive: "Tesaro's mayors").
#[test]
fn a_name_after_what_a_place_has_and_of() {
    let text = "The airport of Tarvona reopened on Monday. The harbour of Meluka froze. The countryside of Osseba was quiet. \
Officials said Tesaro's mayors had met Wekari's mayor.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Tarvona", "Meluka", "Osseba"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
    // (the rules read no possessive's place)
    let found = entities(text, TaggerKind::Model);
    assert!(has(&found, "Tesaro", "LOC") && has(&found, "Wekari", "LOC"), "{found:?}");
}

/// Before "department", a field of work (common words, no compass point) is a government's
/// portfolio, no place; a name no list holds, or a compass point, is a place.
#[test]
fn a_portfolio_before_department_is_no_place() {
    let text = "Aid reached the Kessoro department on Monday, and the North department and the Nippes department asked for more. \
Flooding cut roads in the Centre department. The Health department and the Tourism department sent nurses. \
Officials from the Finance and Transportation departments signed the order.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kessoro", "North", "Nippes", "Centre"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["Health", "Tourism", "Finance", "Transportation", "Finance and Transportation"] {
            assert!(!has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
