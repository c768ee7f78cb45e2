//! Classes of entity errors left open at session 16's end, each with invented text and both
//! taggers (issue #5, session 17, `acc15`).

mod common;
use common::{entities, has, BOTH};

/// A capitalised word that opens a line before a colon and is written nowhere else is the label
/// of a table's line ("Attendance: 12,000"), no name; a word the text writes elsewhere stays a
/// name.
#[test]
fn a_label_before_a_colon_is_no_name() {
    let text = "Kalobo Rovers beat Marsa United 2-1 on Saturday.\nScorers: Ali Banda 2, Joseph Mwale\nAttendance: 12,000\nPostponed: Tavolu v Velmora\nKalobo 2 Marsa 1\nKalobo: Ali Banda 2\n";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for label in ["Scorers", "Attendance", "Postponed"] {
            assert!(found.iter().all(|(n, _)| n != label), "{tagger:?}: {label} in {found:?}");
        }
        assert!(found.iter().any(|(n, _)| n == "Kalobo" || n == "Kalobo Rovers"), "{tagger:?}: {found:?}");
    }
}

/// A word of two peoples joined by a combining form ("Anglo-French", "Sino-Japanese") is a MISC
/// name, as CoNLL-2003 reads it, not an organisation.
#[test]
fn anglo_and_sino_compounds_are_misc() {
    let text = "Talks on an Anglo-French fishing deal resumed in Velmora on Monday. The Sino-Japanese \
dispute over the islands and an Austro-Hungarian archive were also discussed.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Anglo-French", "Sino-Japanese", "Austro-Hungarian"] {
            assert!(found.iter().all(|(n, t)| n != name || *t == "MISC"), "{tagger:?}: {name} in {found:?}");
        }
    }
}

/// A name the text writes only in capitals keeps its spelling ("FTSE 100", "KOSPI"), not a
/// title case of it ("Ftse 100"); a known place in a dateline takes the list's name ("NAIROBI" →
/// "Nairobi"), and a dateline's town the text also writes in mixed case takes that form.
#[test]
fn a_name_only_in_capitals_keeps_its_spelling() {
    let text = "NAIROBI, March 3 - Shares in Velmora Holdings rose on Monday as the FTSE 100 gained 1.2 percent \
and the FTSE 100 futures rose, traders said.\n\nKALOBO, March 3 - The KOSPI fell 0.4 percent in thin trade. \
Traders in Kalobo said the KOSPI would recover.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(found.iter().all(|(n, _)| n != "Ftse 100" && n != "Kospi" && n != "NAIROBI" && n != "KALOBO"), "{tagger:?}: {found:?}");
        assert!(found.iter().any(|(n, _)| n == "FTSE 100"), "{tagger:?}: {found:?}");
        assert!(has(&found, "Nairobi", "LOC") && found.iter().any(|(n, _)| n == "Kalobo"), "{tagger:?}: {found:?}");
    }
}

/// A long institution's name goes on over "of", "of the" and "de" while capitalised words follow
/// ("Bank of the Republic", "Export-Import Bank of the Velmora Islands", "Banco de la Nación",
/// "Dirección General de Aguas"), and over "and" inside such a name before common words
/// ("Ministry of Ports and Marine Transport"); not over "and" to another institution.
#[test]
fn long_institution_names_stay_whole() {
    let text = "The Bank of the Republic raised rates on Monday, and the Banco de la Nación cut its lending. \
Asha Nur, an adviser to the Ministry of Ports and Marine Transport, said the lawyers would reply. \
The Export-Import Bank of the United States approved a loan. The Supreme Court of Canada ruled on \
Friday. Officials of the Dirección General de Aguas (DGA) took \
readings. The Ministry of Health and Ministry of Finance signed a deal.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in [
            "Bank of the Republic",
            "Banco de la Nación",
            "Ministry of Ports and Marine Transport",
            "Export-Import Bank of the United States",
            "Supreme Court of Canada",
            "Dirección General de Aguas",
        ] {
            assert!(has(&found, name, "ORG"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Ministry of Health", "ORG") && has(&found, "Ministry of Finance", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// One-word places in a language the lists lack are read by their context, no name listed:
/// after "to" that follows a word of travel or a route, after "of" that follows a word of a
/// place's parts or events, before "residents"; an organisation stays one.
#[test]
fn unlisted_one_word_places_are_read_by_their_context() {
    let text = "On Monday, Hveragerði residents packed their cars. The hot water pipeline to Reykjanesbær was cut. \
A fisherman moved his boat to Þorlákshöfn before the eruption. The 2010 eruption of Eyjafjallajökull grounded \
flights. Isavia, the airport operator, said flights were normal.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        for name in ["Hveragerði", "Reykjanesbær", "Þorlákshöfn", "Eyjafjallajökull"] {
            assert!(has(&found, name, "LOC"), "{tagger:?}: {name} in {found:?}");
        }
        assert!(has(&found, "Isavia", "ORG"), "{tagger:?}: {found:?}");
    }
}

/// A dateline's town no list holds, written only in capitals, is title-cased as a place's name
/// ("KESTRAVO" → "Kestravo"), while a short abbreviation of a place keeps its capitals ("UAE").
#[test]
fn a_town_only_in_a_dateline_is_title_cased() {
    let text = "KESTRAVO, May 2 (Coastline News) - The council met on Friday to discuss water prices \
with officials from the UAE, who arrived on Thursday.";
    for tagger in BOTH {
        let found = entities(text, tagger);
        assert!(has(&found, "Kestravo", "LOC"), "{tagger:?}: {found:?}");
        assert!(found.iter().all(|(n, _)| n != "KESTRAVO" && n != "Uae"), "{tagger:?}: {found:?}");
    }
}
