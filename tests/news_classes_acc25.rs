//! General classes of errors in news text, each with invented sentences and both taggers
//! (`acc25`: appositions that describe a company, places after a place's kind or "out of",
//! institutions named after a person with particles).

mod common;
use common::{entities, has, BOTH};

/// A company in apposition to a noun a person's trade shares ("trader", "miner") is no person
/// where the apposition or what follows says a company: a plural before the noun after a name of
/// one word, a company's modifier ("global"), or "it"/"its" taking the name up.
#[test]
fn a_company_described_by_a_trade_stays_a_company() {
    let text = "Corvanta, a commodities trader, said on Tuesday that it had bought two cargoes of diesel. \
Halvik, a global miner, cut its output forecast. \
Ostrel, a trader, said its shipments to the port had stopped.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Corvanta", "Halvik", "Ostrel"] {
            assert!(!has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// People described by the same nouns stay people: a full name, a singular trade before the
/// noun, or "he"/"she" taking the name up; and a person after a place and a comma is no part of
/// the place.
#[test]
fn a_person_described_by_a_trade_stays_a_person() {
    let text = "Prices of tilapia have doubled in Velmora, Asha Kimweri, a fish trader, said on Monday. \
Wanjiru Mbeki, a commodities trader at a Nairobi bank, said she expected prices to ease. \
Prices rose again in the capital. Nyokabi, a trader, said she had sold nothing since Friday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Asha Kimweri", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Wanjiru Mbeki", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Nyokabi", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Velmora", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A name no list holds after "the enclave of", "the exclave of", "the region of" or a verb of
/// going and "out of" is a place, and so is the same word written alone later.
#[test]
fn a_place_after_its_kind_or_out_of() {
    let text = "Shelling hit the enclave of Velmora and the exclave of Brunsk overnight. \
Troops pulled out of Tarvik on Sunday, the ministry said. \
Brunsk, which has no road link to the mainland, has been without power for a week.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Velmora", "Brunsk", "Tarvik"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
            assert!(!has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A university or college named after a person with particles is one organisation: not "de Kom
/// University" with "Anton" a place, nor "Riebeeck College" with "Jan" apart.
#[test]
fn an_institution_named_after_a_person_with_particles() {
    let text = "Students at the Anton de Kom University in Paramaribo protested on Friday. \
A lecturer at Jan van Riebeeck College said classes had stopped. Maria de Lourdes Institute opened a clinic.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Anton de Kom University", "Jan van Riebeeck College", "Maria de Lourdes Institute"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for piece in ["Anton", "Jan", "de Kom University", "Riebeeck College"] {
            assert!(found.iter().all(|(n, _)| n != piece), "{tagger:?}: {piece} in {found:?}");
        }
    }
}

/// A name "Team" holds in title case is one organisation whatever a tagger read ("Team Vestra"
/// as a person, "UAE" a country and "Emirates" apart), and an event where an event's word ends
/// it; "Team" before a person's title is no name.
#[test]
fn names_that_hold_team() {
    let text = "Ilyas Morant of Team Vestra won the stage ahead of Piet Janssen of UAE Team Emirates. \
Team Korlo Banbury finished third. She once rode for Kenya at the World Team Championships. \
Team captain Ana Ruiz said the riders were tired.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Team Vestra", "UAE Team Emirates", "Team Korlo Banbury"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "World Team Championships", "MISC"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Ana Ruiz", "PER"), "{tagger:?}: {found:?}");
        for piece in ["Emirates", "Vestra", "Korlo Banbury", "United Arab Emirates", "Team"] {
            assert!(found.iter().all(|(n, _)| n != piece), "{tagger:?}: {piece} in {found:?}");
        }
    }
}

/// A person's name with a particle inside it before ", a fisherman" is a person's, as is its
/// surname alone; a name of two words before ", who" stays a person's, and a party's after a
/// preposition before ", who" is made no person by it ("who" is the person's before it).
#[test]
fn a_person_before_who_or_a_role_with_particles() {
    let text = "Floods reached the villages within hours. Arlindo dos Ramos Muchanga, a fisherman, said the water rose \
within an hour. \"Nobody could say which way to run,\" Muchanga said. At the covered market, the mood was cooler. \
Wilma Doekhie, who sells cassava and peppers, said customers had stopped buying. Congressman Luis Ccahua of \
Perú Unido, who presented the motion, said the vote would come on Friday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Arlindo dos Ramos Muchanga", "PER"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, _)| n != "Muchanga"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Wilma Doekhie", "PER"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Luis Ccahua", "PER"), "{tagger:?}: {found:?}");
        assert!(!has(&found, "Perú Unido", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A rank or an official's title before a person's name is no part of it ("Commodore",
/// "Undersecretary", "Councillor"), whichever tagger read the name.
#[test]
fn ranks_and_officials_titles_before_a_name() {
    let text = "Commodore Tomas Ibarreta, a navy spokesman, said the hotline would open on Monday. \
Undersecretary Lucila Mendoza-Reyes said both sides had agreed. Councillor Brenna Oakhurst voted against the plan.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Tomas Ibarreta", "Lucila Mendoza-Reyes", "Brenna Oakhurst"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        for with_title in ["Commodore Tomas Ibarreta", "Undersecretary Lucila Mendoza-Reyes", "Councillor Brenna Oakhurst"] {
            assert!(found.iter().all(|(n, _)| n != with_title), "{tagger:?}: {with_title} in {found:?}");
        }
    }
}

/// An acronym described by the body it is ("KAVRA, the regional fisheries bloc") is an
/// organisation wherever the text writes it; a country in capitals described so stays a place.
#[test]
fn an_acronym_in_apposition_to_a_body() {
    let text = "Ministers met in Djibouti on Monday. KAVRA, the East African fisheries bloc, was not invited. \
The report by TELMERA, the energy regulator, found no breach. Officials said KAVRA would protest. \
KENYA, the host, said nothing.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "KAVRA", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "TELMERA", "ORG"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, t)| !(n.eq_ignore_ascii_case("kavra") || n.eq_ignore_ascii_case("telmera")) || *t == "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Kenya", "LOC"), "{tagger:?}: {found:?}");
    }
}
