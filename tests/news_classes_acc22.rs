//! General classes of errors a news tagger makes on international news, each with invented
//! sentences and both taggers (issue #5, acc22: read on `tests/fixtures/dev6`, `dev8` and
//! `dev9`).

mod common;
use common::{entities, has, BOTH};

/// A name no list holds, introduced by what the person does (", a marine biologist at", ", an
/// economist who", ", a 34-year-old mechanic,"), is a person's, and so is its surname alone
/// later; a company introduced by what it is stays a company.
#[test]
fn a_name_introduced_by_a_trade_is_a_person() {
    let text = "The smelter will be run by Kalumbo Mining. \
Ingvar Thorsteinsson, a geologist at the University of Reykjavik, said the seam was thin. \
Pelagia Nangolo, a hydrologist at the water utility, said the aquifer was low. \
\"The trucks never stop,\" said Tuyen, a 34-year-old mechanic, who gave only one name. \
Halvik Marine Holdings, a shipping group based in the capital, declined to comment.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Ingvar Thorsteinsson", "Pelagia Nangolo", "Tuyen"] {
            assert!(has(&found, name, "PER"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(!has(&found, "Tuyen", "ORG") && !has(&found, "Pelagia Nangolo", "ORG"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Halvik Marine Holdings", "ORG"), "{tagger:?}: {found:?}");
    }
}
