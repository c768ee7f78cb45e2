//! Session 22's classes read on dev14 (issue #5): a list's plain-letter name that the text writes
//! with diacritics is named as written; days named in the possessive are one MISC name.

mod common;
use common::{entities, has, BOTH};

/// "Gdansk" is the list's name, "Gdańsk" the text's: the entity is named as the text writes it,
/// one entity with the plain and the capitals forms.
#[test]
fn a_listed_name_written_with_diacritics_is_named_so() {
    let text = "GDANSK, Poland — The shipyard in Gdańsk won the order on Monday. Officials in Gdansk said \
the ferries would sail from Gdańsk to Karlskrona.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Gdańsk", "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, _)| n != "Gdansk" && n != "GDANSK"), "{tagger:?}: {found:?}");
    }
    // Written only in plain letters, the list's name stays.
    for tagger in BOTH {
        let found = entities("Officials in Gdansk said the ferries would sail on Monday.", tagger);
        assert!(has(&found, "Gdansk", "LOC"), "{tagger:?}: {found:?}");
    }
}

/// "Valentine’s Day", "Mother's Day", "St Patrick's Day" are each one MISC name, possessive
/// inside; not "Valentine" and "Day", nor "Day and Mother".
#[test]
fn a_day_named_in_the_possessive_is_one_name() {
    let text = "Growers shipped more roses before Valentine’s Day and Mother's Day than last year. \
Sales also rose for St Patrick's Day and Presidents' Day, the exporters said.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Valentine’s Day", "Mother's Day", "St Patrick's Day", "Presidents' Day"] {
            assert!(has(&found, name, "MISC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(found.iter().all(|(n, _)| !matches!(n.as_str(), "Day" | "Valentine" | "Mother" | "Day and Mother")), "{tagger:?}: {found:?}");
    }
}
