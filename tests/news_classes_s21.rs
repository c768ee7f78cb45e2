//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 21: read on `tests/fixtures/dev13`).

mod common;
use common::{entities, has, BOTH};
use textlens::{analyze, Options};

/// A named storm is one MISC name with its word ("Cyclone Idai", "Tropical Storm Alberto", a
/// headline's "CYCLONE NDIRA"), never a person; its name alone later is the same storm, and
/// "National Hurricane Center" stays an organisation.
#[test]
fn a_named_storm_is_misc_and_its_name_alone_is_the_storm() {
    let text = "CYCLONE NDIRA SWAMPS PORT\n\n\
Cyclone Ndira made landfall near Beira on Sunday. Five years after Cyclone Idai, residents said \
Idai had taught them to leave early. Ndira brought winds of 180 km/h.\n\n\
The National Hurricane Center in Miami said Tropical Storm Alberto was weakening. Storm damage \
closed roads. Officials said Super Typhoon Haiyan killed thousands. Hurricane Florence struck \
North Carolina.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Cyclone Ndira", "Cyclone Idai", "Tropical Storm Alberto", "Super Typhoon Haiyan", "Hurricane Florence"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "National Hurricane Center", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, ty)| *ty == "PER" || name == "Idai" || name == "Ndira" || name.starts_with("Storm")), "{tagger:?}: {found:?}");
        let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
        let ndira = a.entities.iter().find(|e| e.name == "Cyclone Ndira").unwrap();
        assert_eq!(ndira.count(), 3, "{tagger:?}: {ndira:?}");
        assert!(ndira.aliases.iter().any(|x| x == "Ndira") && ndira.aliases.iter().any(|x| x == "CYCLONE NDIRA"), "{tagger:?}: {ndira:?}");
        let idai = a.entities.iter().find(|e| e.name == "Cyclone Idai").unwrap();
        assert_eq!(idai.aliases, ["Idai"], "{tagger:?}: {idai:?}");
    }
}

/// "Storm" inside a sentence before a name is a storm's word too ("Storm Ciarán"), not before a
/// common word ("Storm damage"), and a headline's title case says nothing of storms ("Storm Brings
/// Floods" is no name).
#[test]
fn storm_names_a_storm_outside_headlines() {
    let text = "Storm Brings Floods to Coast\n\nForecasters said Storm Ciarán would reach Cornwall by night. \
Storm damage closed roads.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Storm Ciarán", "MISC") && has(&found, "Cornwall", "LOC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, _)| name.contains("Brings") || name == "Storm" || name.contains("damage")), "{tagger:?}: {found:?}");
    }
}

/// A palace named in Spanish, Portuguese, Italian or French ("Palacio de Gobierno", "Palazzo
/// Chigi") is a place, as an English "Palace" is, wherever the government it houses is named by it.
#[test]
fn a_palace_of_another_language_is_a_place() {
    let text = "The minister sent her resignation to the Palacio de Gobierno within an hour. \
Reporters waited outside the Palazzo Chigi and the Palácio do Planalto for news.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Palacio de Gobierno", "Palazzo Chigi", "Palácio do Planalto"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// "Olympic" is the adjective, a name of its own beside "Olympics", and the Winter Olympics are
/// another event than the Summer Games.
#[test]
fn olympic_and_the_winter_olympics_are_names_of_their_own() {
    let text = "The Olympic champion won gold at the Winter Olympics in Beijing. \
She will skip the Summer Olympics in Los Angeles.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Olympic", "Winter Olympics", "Olympics"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// The peoples of territories and regions are MISC, as a country's demonym is: "a Faroese group",
/// "Greenlandic fishermen", "Sámi herders", "Zanzibari traders".
#[test]
fn a_territory_s_people_is_misc() {
    let text = "The deal follows a smaller purchase by a Faroese group. Greenlandic fishermen and Sámi \
herders met Zanzibari traders and Abkhaz officials at the fair.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Faroese", "Greenlandic", "Sámi", "Zanzibari", "Abkhaz"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A military unit named by its number is one organisation from the number on: "the army's 3rd
/// Division" (at a sentence's end, where a tagger may read nothing), "the 47th Mechanised
/// Brigade", "the 82nd Airborne Division", "the Sixth Fleet", "the 3rd Army Corps".
#[test]
fn a_numbered_military_unit_is_an_organisation() {
    let text = "Searches were carried out by the National Police and the army's 3rd Division. \
The 47th Mechanised Brigade held the line east of Kupiansk. \
Paratroopers from the 82nd Airborne Division arrived. The Sixth Fleet sailed from Naples. \
The 3rd Army Corps moved north.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["3rd Division", "47th Mechanised Brigade", "82nd Airborne Division", "Sixth Fleet", "3rd Army Corps"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Kupiansk", "LOC") && has(&found, "Naples", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A party named in Spanish, Portuguese, Italian or French is an organisation, one holding a
/// country's name too ("Perú Libre"), whichever tagger reads it; a national park or stadium named
/// the same way stays a place.
#[test]
fn a_romance_party_name_is_an_organisation() {
    let text = "Congressman Wilber Mamani of Perú Libre presented the motion, which won the votes of \
Fuerza Popular, the largest bloc, and of Renovación Popular. The Partido Popular and Izquierda Unida \
voted against. Rangers in the Parque Nacional Torres del Paine counted the guanacos.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Perú Libre", "Fuerza Popular", "Renovación Popular", "Partido Popular", "Izquierda Unida"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Wilber Mamani", "PER"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, ty)| name.starts_with("Parque") && *ty == "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A minister's portfolio is no name, of two fields ("Energy and Mines Minister", "Agriculture and
/// Livestock Minister") or of one a list does not hold after another name ("Gazprom and Energy
/// Minister"); the person after it and a name before it stay.
#[test]
fn a_minister_s_portfolio_is_no_name() {
    let text = "Peru's Congress censured Energy and Mines Minister Gloria Huamán late last night. \
Agriculture and Livestock Minister Tomás Vera agreed. Ana Ruiz and Foreign Minister Pedro Lima met. \
Gazprom and Energy Minister Alexander Novak signed the deal.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Gloria Huamán", "Tomás Vera", "Ana Ruiz", "Pedro Lima", "Alexander Novak"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Gazprom", "ORG"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, _)| ["Energy", "Mines", "Agriculture", "Livestock", "Energy and Mines"].contains(&name.as_str())), "{tagger:?}: {found:?}");
    }
}

/// An oil or gas field or an ore deposit named before its kind is a place, and so is its name
/// alone.
#[test]
fn a_field_or_deposit_is_a_place() {
    let text = "The firm will buy gas from the Camisea field at a fixed price for 15 years. Camisea supplies \
most of the gas burned in the country. Output at the Kashagan oilfield rose, and work on the Simandou deposit \
resumed.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Camisea", "Kashagan", "Simandou"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!found.iter().any(|(name, ty)| name == "Camisea" && *ty != "LOC"), "{tagger:?}: {found:?}");
    }
}

/// A competition named by its championships or tournament is MISC, never a person or an
/// organisation, when a tagger reads it whole.
#[test]
fn championships_and_tournaments_are_misc() {
    let text = "The Kenya Cross Country Championships were held in Eldoret on Saturday, a week before \
the Four Hills Tournament ended in Bischofshofen.";
    let found = entities(text, textlens::TaggerKind::Rules);
    for name in ["Cross Country Championships", "Four Hills Tournament"] {
        assert!(has(&found, name, "MISC"), "{name} in {found:?}");
    }
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(!found.iter().any(|(name, ty)| (name.ends_with("Championships") || name.ends_with("Tournament")) && *ty != "MISC"), "{tagger:?}: {found:?}");
    }
}

/// A stock exchange named in its own language is one organisation with its place or people's
/// word: "Oslo Børs", "Deutsche Börse", "Borsa Istanbul", "the Bourse de Casablanca", "the Bolsa
/// de Valores de Lima".
#[test]
fn a_stock_exchange_in_its_own_language_is_an_organisation() {
    let text = "Shares in the fish farmer rose on the Oslo Børs, while Borsa Istanbul and the Bolsa Mexicana fell. \
The Bourse de Casablanca was closed, Deutsche Börse said so, and the Bolsa de Valores de Lima opened higher.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Oslo Børs", "Borsa Istanbul", "Bolsa Mexicana", "Bourse de Casablanca", "Deutsche Börse", "Bolsa de Valores de Lima"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
    }
}
