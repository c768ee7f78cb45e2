//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, session 20: read on `tests/fixtures/dev12`).

mod common;
use common::{entities, has, BOTH};

/// A country's embassy or consulate, capitalised, is one organisation with the place or demonym
/// before it, or with "of" and the place after it; the place it stands in stays a place, a
/// possessive keeps the country apart, and a lower-case "embassy" names nothing.
#[test]
fn an_embassy_is_an_organisation() {
    let text = "Protesters gathered outside the U.S. Embassy in Manila on Friday. \
A spokesman for the Russian Embassy declined to comment. \
The Kenyan Consulate in Dubai reopened after two weeks. \
A statement from the Embassy of Japan in Hanoi said staff were safe. \
Officials at the Chilean embassy said nothing. \
Peru's Embassy staff left the building.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["U.S. Embassy", "Russian Embassy", "Kenyan Consulate", "Embassy of Japan"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        for name in ["Manila", "Dubai", "Hanoi", "Peru"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Chilean", "MISC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, _)| name == "Embassy" || name == "Peru's Embassy" || name == "Chilean embassy"), "{tagger:?}: {found:?}");
    }
}

/// A company's name before a legal form of Europe's smaller languages ("AS", "Oy", "SIA", "UAB",
/// "a.s.", "d.o.o.", "AB") is one organisation with the form, over a demonym or place a tagger
/// read at its start, and without a word that describes it ("Vilnius-based"); a form in capitals
/// in a headline in capitals is an English word.
#[test]
fn a_name_before_its_legal_form_is_a_company() {
    let text = "PRICES FALL AS TALKS STALL\n\n\
Shares in Tallo Pay AS fell on Monday. Shares in Norrsken Oy rose. \
The deal with Baltic Rail SIA closed in Riga. Vilnius-based Kauno Tiltai UAB won the tender. \
Praha Energie a.s. lost the case. Zagreb Cement d.o.o. said it would appeal. Sodra Skog AB rose.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Tallo Pay AS", "Norrsken Oy", "Baltic Rail SIA", "Kauno Tiltai UAB", "Praha Energie a.s.", "Zagreb Cement d.o.o.", "Sodra Skog AB"] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Riga", "LOC"), "{tagger:?}: {found:?}");
        assert!(!found.iter().any(|(name, ty)| *ty == "ORG" && (name.contains("FALL") || name.contains("Vilnius"))), "{tagger:?}: {found:?}");
    }
}

/// A dateline's date written day first ("14 Sept", "3 Jun") holds no name: the month after the
/// number is dropped as it is before one ("Nov. 2").
#[test]
fn a_month_after_the_day_in_a_dateline_is_no_name() {
    for dateline in ["MZUZU, Malawi, 14 Sept (Lakeshore Wire) —", "MZUZU, Malawi, 3 Jun —", "MZUZU, Malawi, Nov. 2 —"] {
        let text = format!("{dateline} Farmers near the lake said the rains had come late.\n\nChikondi Banda, a farmer, said the maize would be thin.");
        for tagger in BOTH {
            let found = entities(&text, tagger);
            assert!(has(&found, "Malawi", "LOC") && has(&found, "Chikondi Banda", "PER"), "{tagger:?}: {dateline}: {found:?}");
            assert!(!found.iter().any(|(name, _)| ["Sept", "Jun", "Nov", "Nov."].contains(&name.as_str())), "{tagger:?}: {dateline}: {found:?}");
        }
    }
}
