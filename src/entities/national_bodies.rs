//! A public body or a sport's governing body named by its field and its place (acc23): "Health
//! Canada", "Statistics Norway", "Forestry and Parks Tasmania", "Squash Malaysia", or the place
//! first, "Kenya Rugby", "Wales Hockey"; a sport's world body, "World Rowing", "World Curling";
//! an unlisted acronym before a place, "ERCOT Texas"; a listed organisation's branch or market
//! in a place, "Nasdaq Riga"; a country's high commission or national society, "the Ghanaian
//! High Commission", "the Chilean Red Cross" (not the international "Red Cross" a list holds; an
//! embassy or consulate, "the Estonian Embassy", is `missions.rs`'s, which runs first). The place is a
//! gazetteer's, so both taggers read it as a name and the words before or after it as another
//! name, a person's or an organisation's, or as nothing; the whole run of capitals, those words
//! and the place only, is one organisation.

use crate::lexicon::Lexicon;
use crate::text::segment::{ALL_CAPS, POSSESSIVE};
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::shared::{capword, ending_after, join, phrase_key, Overlap};
use super::{EntityType, Evidence, Span};

/// Sports, whose national bodies are named "<sport> <country>" or "<country> <sport>" and whose
/// world bodies "World <sport>".
const SPORTS: WordSet = words![
    "athletics", "hockey", "cricket", "rugby", "tennis", "football", "soccer", "netball", "swimming", "aquatics",
    "cycling", "rowing", "golf", "basketball", "volleyball", "boxing", "badminton", "squash", "sailing", "triathlon",
    "gymnastics", "archery", "judo", "taekwondo", "wrestling", "weightlifting", "skiing", "baseball", "softball",
    "handball", "canoe", "surfing", "skating", "equestrian", "bowls", "snooker", "curling", "fencing", "shooting",
];

/// Fields of a government's agencies named "<field> <country>" ("Statistics Canada", "Heritage
/// Malta", "Transport Scotland").
const FIELDS: WordSet = words![
    "tourism", "health", "statistics", "transport", "fisheries", "oceans", "parks", "environment", "heritage", "export",
    "finance", "trade", "investment", "customs", "revenue", "immigration", "sport", "fire", "emergency", "water",
    "housing", "employment", "education", "agriculture", "biosecurity", "enterprise", "forestry", "meteorology",
];

/// At most this many words in a place's name ("Bosnia and Herzegovina" is three).
const PLACE_WORDS: usize = 4;

/// Whether token `k` is a capitalised field word ([`FIELDS`] or [`SPORTS`]), not in capitals (a
/// headline's).
fn field(doc: &Doc<'_>, k: usize) -> bool {
    capword(doc, k) && !doc.seg.tokens[k].has(ALL_CAPS) && {
        let key = doc.key(k);
        SPORTS.contains(key) || FIELDS.contains(key)
    }
}

/// The end of the run of field words from `k` (a field word), over single "and"s between them:
/// "Forestry and Parks", "Trade and Investment".
fn field_run(doc: &Doc<'_>, k: usize, end: usize) -> usize {
    let mut b = k + 1;
    loop {
        if b < end && field(doc, b) && !doc.seg.tokens[b - 1].has(POSSESSIVE) {
            b += 1;
        } else if b + 1 < end && doc.word(b) == "and" && field(doc, b + 1) {
            b += 2;
        } else {
            return b;
        }
    }
}

/// Whether tokens `[i, j)` are a listed place (not a people's name), capitalised words written as
/// the list writes them (an entry in capitals only matches capitals).
pub(crate) fn place(doc: &Doc<'_>, i: usize, j: usize, key: &mut String) -> bool {
    let lex = Lexicon::get();
    if !(i..j).all(|k| capword(doc, k)) || (i..j - 1).any(|k| doc.seg.tokens[k].has(POSSESSIVE)) {
        return false;
    }
    lex.listed_place(phrase_key(doc, i, j, key), doc.seg.tokens[i].has(ALL_CAPS)).is_some()
}

/// The longest listed place that starts at `i` and ends a run of capitals (before `end`), as its
/// end.
fn place_from(doc: &Doc<'_>, i: usize, end: usize, key: &mut String) -> Option<usize> {
    (i + 1..=(i + PLACE_WORDS).min(end)).rev().find(|&j| (j == end || !capword(doc, j)) && place(doc, i, j, key))
}

/// The longest listed place that ends at `j` and starts a run of capitals (from `first`), as its
/// start.
fn place_to(doc: &Doc<'_>, first: usize, j: usize, key: &mut String) -> Option<usize> {
    (j.saturating_sub(PLACE_WORDS).max(first)..j).find(|&i| (i == first || !capword(doc, i - 1)) && place(doc, i, j, key))
}

/// Whether token `k` is, alone, a listed organisation's name ("Nasdaq"), not in capitals only.
fn listed_org(doc: &Doc<'_>, k: usize) -> bool {
    let lex = Lexicon::get();
    capword(doc, k) && lex.gazetteer.map.get(doc.key(k)).is_some_and(|&hit| !hit.caps_only && lex.place(hit).ty == EntityType::Org)
}

/// Whether token `k` is a capitalised people's word a list holds ("Chilean"), or a language's.
fn listed_people(doc: &Doc<'_>, k: usize) -> bool {
    let lex = Lexicon::get();
    capword(doc, k) && lex.gazetteer.map.get(doc.key(k)).is_some_and(|&hit| {
        let p = lex.place(hit);
        p.demonym || p.ty == EntityType::Misc
    })
}

/// Whether tokens `[i, j)` are the words of a country's high commission or national society:
/// "High Commission", "Red Cross", "Red Crescent" (and "Society" after either). ("Embassy" and
/// "Consulate" are `missions.rs`'s, which joins them to the place before them first; session 21
/// took them out of here, the same output on every fixture, both taggers.)
fn mission(doc: &Doc<'_>, i: usize, j: usize) -> bool {
    let j = if j > i + 1 && doc.key(j - 1) == "society" { j - 1 } else { j };
    j - i == 2 && matches!((doc.key(i), doc.key(i + 1)), ("red", "cross" | "crescent") | ("high", "commission"))
}

/// Whether token `k` is an acronym no list holds: two to five capital letters.
fn unlisted_acronym(doc: &Doc<'_>, k: usize) -> bool {
    let w = doc.word(k);
    capword(doc, k)
        && doc.seg.tokens[k].has(ALL_CAPS)
        && (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !Lexicon::get().gazetteer.map.contains_key(doc.key(k))
}

/// Joins each run of capitals the module's doc describes into one organisation, in place of the
/// spans it covers whole (none that goes on past it).
/// (Never inlined: one copy, whose cost a profile shows on its own.)
#[inline(never)]
pub(crate) fn national_bodies(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut joins = Vec::new();
    let mut key = String::new();
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let and = doc.key_number("and");
    // (the runs of capitals around the spans, not every token: a body's place is a tagger's
    // span, or inside one; each run once)
    let mut done = 0;
    let (sentences, mut at) = (&doc.seg.sentences, 0);
    for x in start..out.len() {
        let s = out[x];
        if (s.last as usize) <= done {
            continue;
        }
        let (mut ra, mut rb) = (s.first as usize, s.last as usize);
        let and_at = |k: usize| Some(doc.key_id_outlined(k)) == and;
        loop {
            if ra > 0 && capword(doc, ra - 1) {
                ra -= 1;
            } else if ra >= 2 && and_at(ra - 1) && capword(doc, ra - 2) {
                ra -= 2;
            } else {
                break;
            }
        }
        loop {
            if rb < n && capword(doc, rb) {
                rb += 1;
            } else if rb + 1 < n && and_at(rb) && capword(doc, rb + 1) {
                rb += 2;
            } else {
                break;
            }
        }
        done = rb;
        if rb - ra < 2 {
            continue;
        }
        // (the spans are in token order: the sentences are walked along with them)
        while sentences[at].last <= s.first {
            at += 1;
        }
        let sentence = &sentences[at];
        if sentence.kind != SegmentKind::Body {
            continue;
        }
        let (first, end) = (sentence.first as usize, sentence.last as usize);
        let mut k = ra.max(first);
        while k < rb.min(end) {
            if !capword(doc, k) {
                k += 1;
                continue;
            }
            // A run of capitals `[a, b)`: of two words or more, or of one before "and" and a
            // capitalised word; the body's words open or close it (the cheap tests first: one
            // word list read for most runs).
            let mut a = k;
            let mut b = a + 1;
            while b < end && capword(doc, b) {
                b += 1;
            }
            k = b;
            // (a sentence's "The" is none of the name's words)
            if b - a >= 3 && doc.key(a) == "the" {
                a += 1;
            }
            let joined = b + 1 < end && Some(doc.key_id_outlined(b)) == and && capword(doc, b + 1);
            if b - a < 2 && !joined {
                continue;
            }
            let found = if b - a >= 2 && tokens[a].has(ALL_CAPS) && !tokens[a].has(POSSESSIVE) && !tokens[a + 1].has(ALL_CAPS) && unlisted_acronym(doc, a) {
                // An unlisted acronym and a place, the run's only words: "ERCOT Texas".
                place_from(doc, a + 1, end, &mut key).map(|j| (a, j))
            } else if field(doc, a) {
                // The field first: "Statistics Norway", "Forestry and Parks Tasmania".
                let f = field_run(doc, a, end);
                (f < end && !tokens[f - 1].has(POSSESSIVE)).then(|| place_from(doc, f, end, &mut key)).flatten().map(|j| (a, j))
            } else if b - a >= 2 && field(doc, b - 1) {
                // The place first: "Kenya Rugby", "Wales Hockey"; a sport's world body, "World
                // Rowing".
                let mut f = b - 1;
                while f > a + 1 && (field(doc, f - 1) || (f - 2 > a && doc.key_id_outlined(f - 1) == and.unwrap_or(u32::MAX) && field(doc, f - 2))) {
                    f -= if field(doc, f - 1) { 1 } else { 2 };
                }
                let sport = (f..b).all(|m| Some(doc.key_id_outlined(m)) == and || SPORTS.contains(doc.key(m)));
                if tokens[f - 1].has(POSSESSIVE) {
                    None
                } else if sport && f - 1 == a && doc.key(a) == "world" {
                    Some((a, b))
                } else {
                    place_to(doc, a, f, &mut key).filter(|&i| i == a).map(|i| (i, b))
                }
            } else if (2..=1 + PLACE_WORDS).contains(&(b - a)) && !tokens[a].has(POSSESSIVE) && listed_org(doc, a) {
                // A listed organisation of one word and a place, the run's only words: its
                // branch or market there ("Nasdaq Riga", "Vodafone Ghana").
                place_from(doc, a + 1, end, &mut key).filter(|&j| j == b).map(|j| (a, j))
            } else if (2..=4).contains(&(b - a)) && !tokens[a].has(POSSESSIVE) && mission(doc, a + 1, b) && (listed_people(doc, a) || place(doc, a, a + 1, &mut key)) {
                // A people's word or a country before a high commission's or a national society's
                // words: "the Ghanaian High Commission", "the Chilean Red Cross", "Iraqi Red Crescent".
                Some((a, b))
            } else {
                None
            };
            if let Some((i, j)) = found {
                joins.push(Span::cue(i, j, EntityType::Org));
                k = k.max(j);
            }
        }
    }
    if joins.is_empty() {
        return;
    }
    // A span that goes on past a join's words, or is that organisation already, keeps it.
    // (spans in token order: only those from the first ending past the join's start up to its
    // end can meet it, looked up, not every span for every join)
    let spans = &out[start..];
    joins.retain(|j| {
        let from = ending_after(spans, j.first as usize);
        !spans[from..].iter().take_while(|s| s.first < j.last).any(|s| {
            let meets = s.first < j.last && j.first < s.last;
            (meets && (s.first < j.first || s.last > j.last)) || (s.first == j.first && s.last == j.last && s.ty == EntityType::Org && s.evidence == Evidence::Gazetteer)
        })
    });
    join(out, start, &joins, Overlap::First);
}
