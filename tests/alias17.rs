//! Alias merging's misses found on the development sets (session 17, alias17), each with invented
//! sentences and both taggers.

mod common;
use common::BOTH;
use textlens::{analyze, Options, TaggerKind};

/// Each entity's name, type and aliases, with `tagger`.
fn groups(text: &str, tagger: TaggerKind) -> Vec<(String, &'static str, Vec<String>)> {
    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
    a.entities.iter().map(|e| (e.name.clone(), e.ty.as_str(), e.aliases.clone())).collect()
}

/// The entity that has `form` as its name or an alias.
fn holding<'a>(found: &'a [(String, &'static str, Vec<String>)], form: &str) -> Option<&'a (String, &'static str, Vec<String>)> {
    found.iter().find(|(n, _, a)| n == form || a.iter().any(|x| x == form))
}

/// A company named with its legal form ("Ltd", "Co.", "S.A.", "PT …") is also named by its first
/// words, or its words after a designator, whatever a tagger reads them as: one organisation.
#[test]
fn a_company_named_without_its_legal_form() {
    let text = "Brevik Tankers Ltd agreed on Monday to buy a rival for $80 million in cash. Brevik said the deal would close in May, \
and shares of Brevik rose 3 percent.\n\n\
Separately, Minera Tolvane Alta S.A. halted work at its pit. Tolvane Alta said in a statement that talks with the union would resume. \
PT Sarimas Jaya Abadi denied any role in the fires. Sarimas Jaya said the land was not its own.";
    for tagger in BOTH {
        let found = groups(text, tagger);
        for (full, short) in [("Brevik Tankers Ltd", "Brevik"), ("Minera Tolvane Alta S.A.", "Tolvane Alta"), ("PT Sarimas Jaya Abadi", "Sarimas Jaya")] {
            let e = holding(&found, short).unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
            assert_eq!((e.0.as_str(), e.1), (full, "ORG"), "{tagger:?}: {found:?}");
        }
    }
    // Not a person's name that opens with a given name, beside a company named after him.
    let text = "Martin Okafor Holdings Ltd reported a loss. Martin Okafor, who founded the firm in 1988, said he would retire.";
    for tagger in BOTH {
        let found = groups(text, tagger);
        if let Some(e) = holding(&found, "Martin Okafor") {
            assert_eq!(e.0, "Martin Okafor", "{tagger:?}: {found:?}");
        }
    }
}

/// A river's or a venue's first word after "the" is it, even where a list holds the word as a
/// place, and the entity takes the longer name ("the Koshi" after "the Koshi River"); not another
/// place's first word ("the Arctic" beside "Arctic Bay").
#[test]
fn a_river_or_venue_named_by_its_first_word() {
    let text = "Villagers fled as the Koshi River rose on Monday. Water from the Koshi reached the town of Biratnagar by night.\n\n\
Fans queued outside the Varenne on Sunday. The final at the Varenne Stadium starts at noon. \
The Arctic Bay team flew south across the Arctic.";
    for tagger in BOTH {
        let found = groups(text, tagger);
        for (full, short) in [("Koshi River", "Koshi"), ("Varenne Stadium", "Varenne")] {
            let e = holding(&found, short).unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
            assert_eq!((e.0.as_str(), e.1), (full, "LOC"), "{tagger:?}: {found:?}");
        }
        let bay = holding(&found, "Arctic Bay").unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
        assert!(bay.2.is_empty(), "{tagger:?}: {found:?}");
    }
}

/// An organisation's short name of one word in mixed case, bracketed after its name and opening
/// with one of its initials, is the organisation; a bracketed place is not.
#[test]
fn a_bracketed_short_name_in_mixed_case() {
    let text = "The Velmoran Rail Authority (Velrail) will run the line. Velrail said fares would stay low.\n\n\
The Tarsk Mining Board (Ostrova) met on Monday, and the board later flew to Ostrova.";
    for tagger in BOTH {
        let found = groups(text, tagger);
        let e = holding(&found, "Velrail").unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
        assert_eq!((e.0.as_str(), e.1), ("Velmoran Rail Authority", "ORG"), "{tagger:?}: {found:?}");
        if let Some(board) = holding(&found, "Tarsk Mining Board") {
            assert!(board.2.is_empty(), "{tagger:?}: {found:?}");
        }
    }
}

/// A listed place written only by a short form with a dot in it is named as the text writes it
/// ("St. Lawrence", which a list holds under "St. Lawrence River"); an abbreviation still takes
/// the list's name ("U.S." → "United States").
#[test]
fn a_short_form_with_a_dot_is_no_abbreviation() {
    let text = "Barges carried grain down the St. Lawrence on Monday, and buyers in the U.S. paid more for it.";
    for tagger in BOTH {
        let found = groups(text, tagger);
        let river = holding(&found, "St. Lawrence").unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
        assert_eq!((river.0.as_str(), river.1), ("St. Lawrence", "LOC"), "{tagger:?}: {found:?}");
        let us = holding(&found, "U.S.").unwrap_or_else(|| panic!("{tagger:?}: {found:?}"));
        assert_eq!(us.0, "United States", "{tagger:?}: {found:?}");
    }
}
