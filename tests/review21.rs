//! Sentences of ordinary news that look like the cues of the passes of sessions 19 and 20 but
//! name something else (review21): each pass must leave them as the tagger read them.

mod common;
use common::{entities, has, BOTH};

/// A company described by its business after ", a": "a major player in", "a grower of", "a
/// builder of", "a commodities trader based in" is no person's apposition (roles.rs); a trader
/// at a market is still a person.
#[test]
fn a_company_described_by_its_business_is_no_person() {
    let text = "Regulators fined Vumbua, a major player in the mobile money market, on Tuesday. \
Deliveries from Sundara, a grower of tea and coffee, fell by half. \
Workers at Ostrander, a builder of ferries, went on strike. \
The cargo was bought by Trafigura, a commodities trader based in Geneva.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Vumbua", "Sundara", "Ostrander", "Trafigura"] {
            assert!(!has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
    }
    let person = "Prices were set by Achieng Odera, a fish trader at the Kisumu market, and others.";
    for tagger in BOTH {
        let found = entities(person, tagger);
        assert!(has(&found, "Achieng Odera", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A person glossed as who heads a legislature ("the speaker of parliament", "the leader of the
/// senate") is no legislature (legislatures.rs); "the island's parliament" glosses one.
#[test]
fn the_speaker_of_parliament_is_no_parliament() {
    let text = "The motion was tabled by Justin Muturi, the speaker of parliament, on Tuesday. \
Critics including Wekesa Barasa, the leader of the senate, walked out. \
Officials of the Althing, the island's parliament, agreed.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Justin Muturi", "PER") && has(&found, "Wekesa Barasa", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Althing", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A list of places after "in" ends at the name after its "and": the people named after a comma
/// are no places of it (listed_places.rs).
#[test]
fn people_after_a_list_of_places_are_no_places() {
    let text = "Speaking in Nairobi and Mombasa, Raila Odinga and Kalonzo Musyoka urged calm.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Raila Odinga", "LOC") && !has(&found, "Kalonzo Musyoka", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// Before "-listed", a name no list holds is as often an exchange's as a place's: no place
/// (based.rs); a listed place stays one ("Mumbai-listed").
#[test]
fn an_exchange_before_listed_is_no_place() {
    let text = "Shares of Euronext-listed Kivu Energy rose, and the Mumbai-listed bank fell.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!has(&found, "Euronext", "LOC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Mumbai", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// "and other" before a place's kind in the singular describes what follows ("other county
/// officials"): the names of the list are no places (whereabouts.rs); before a plural they are.
#[test]
fn other_county_officials_are_no_places() {
    let text = "Mwangi, Odhiambo and other county officials walked out. \
Supporters of Raila Odinga, Kalonzo Musyoka and other capital residents rallied. \
Aid reached Kasoma, Ruvenda and other villages on Monday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Mwangi", "Odhiambo", "Raila Odinga", "Kalonzo Musyoka"] {
            assert!(!has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Kasoma", "LOC") && has(&found, "Ruvenda", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// "who" follows a person's name: "the X who" is no organisation (articled.rs).
#[test]
fn a_name_after_the_and_before_who_is_a_persons() {
    let text = "It is not the Kamau Otieno who campaigned in 2008.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Kamau Otieno", "PER"), "{tagger:?}: {found:?}");
    }
}
