//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 18, acc18: read on `tests/fixtures/dev` to
//! `dev9`).

mod common;
use common::{entities, has, BOTH};

/// Power plants, dams, gas fields and rivers no list holds, by the kind word beside them; a
/// company named after its plant stays a company, and "plant" in a text not about power says
/// nothing.
#[test]
fn works_by_their_kind_word() {
    let text = "Engineers said the Ulmanta hydropower plant would add 900 megawatts. \
The price for the older Dorvak, Zemlin and Kaspo plants is unchanged. \
Water from the Rasvendi dam was piped to the city. \
Farmers near the confluence of the Sarku Chhu and Dawa Chhu said the water was brown. \
Ulmanta Power Company said it would raise prices.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Ulmanta", "Dorvak", "Zemlin", "Kaspo", "Rasvendi", "Sarku Chhu", "Dawa Chhu"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Ulmanta Power Company", "ORG"), "{tagger:?}: {found:?}");
    }
    let wells = "Cyprus will pipe gas from its offshore Verdana field to Egypt, the ministry said.";
    for tagger in BOTH {
        let found = entities(wells, tagger);
        assert!(has(&found, "Verdana", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// Peoples and languages no list holds, by the words beside them: a people's noun after the name
/// (but a place's name read as one stays a place), "ethnic" or "speakers of" before it, a pair
/// with a listed language before a noun of what is written or said; each other mention too.
#[test]
fn peoples_and_languages_by_their_cues() {
    let text = "Kalvari community leaders met the governor on Monday. \
Yosef Tambun, a Kalvari elder from the coast, said the forest was sacred. \
Oyelaran, who writes for the Tsholo and English press, said the law was unclear. \
Few speakers of Merundi remain. Thousands of ethnic Vasheni fled the fighting.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Kalvari", "Tsholo", "Merundi", "Vasheni"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Yosef Tambun", "PER"), "{tagger:?}: {found:?}");
    }
}

/// Ships are MISC: after a ship's noun, a ship's prefix, or (read as a person) "aboard the"; the
/// verb "to ship" is no cue.
#[test]
fn ships_are_misc() {
    let text = "Supplies arrived on the interisland ship Marela Star on Tuesday. \
The Coast Guard icebreaker Hesketh reached the bay. \
Forty crew were aboard the Lindqvist Dawn when it sank. \
The MV Corran Trader was detained in port. \
Exporters plan to ship Kalumbo Mills flour to Europe.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Marela Star", "Hesketh", "Lindqvist Dawn"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(found.iter().any(|(n, t)| n.contains("Corran Trader") && *t == "MISC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, t)| n.contains("Kalumbo") && *t == "MISC"), "{tagger:?}: {found:?}");
    }
}

/// In a text about sport, "Team" before a club's town and a sport's name after it are part of
/// the club's name, and the town alone is its short form.
#[test]
fn clubs_named_after_their_town() {
    let text = "Team Velbjerg won the women's handball final, beating Metz Handball 29-27 in the semi-final. \
Velbjerg scored five goals in a row after half-time. The goalkeeper made twelve saves, and Metz \
never recovered. The coach said the squad had trained for the final all season.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Team Velbjerg", "Metz Handball"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n == "Velbjerg" || n == "Handball"), "{tagger:?}: {found:?}");
    }
}

/// A long institution's name with "for … and … of the …" is one organisation.
#[test]
fn long_institution_names() {
    let text = "Officials said the Agency for Reconstruction and Development of the Northern Provinces would pay. \
Monitors from the OSCE Office for Democratic Institutions and Human Rights said the vote was fair. \
The Centre for Maritime Studies and John Mensah said the port was full.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in [
            "Agency for Reconstruction and Development of the Northern Provinces",
            "OSCE Office for Democratic Institutions and Human Rights",
        ] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "John Mensah", "PER"), "{tagger:?}: {found:?}");
    }
}

/// A sentence's opening "The" is no part of the name after it; a listed "The Hague" keeps it.
#[test]
fn opening_the_is_no_part_of_a_name() {
    let text = "The Helsinki Foundation for Human Rights, a Warsaw-based group, said its volunteers had found 14 people. \
The Hague has asked for more time.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Helsinki Foundation for Human Rights", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(n, _)| n.starts_with("The Helsinki")), "{tagger:?}: {found:?}");
    }
}
