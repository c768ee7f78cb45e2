//! Clubs in running text, read alike after either tagger (issue #5, session 15). In a text about
//! sport (teams.rs's `sporting`), a town after a verb of a player's move is the club he moved to
//! or from, not the town: "joined Newcastle", "signed for Lyon", "transferred to Milan", "on loan
//! from Kalobo", "played for Marsa", "homered for Cleveland", and "from" the club he left in a
//! sentence of such a move ("joined Milan from Torino"). Each other mention of that name is the
//! club too but after a preposition of place or a comma ("fans in Newcastle") and in a dateline
//! ("MILAN 1996-08-30", "NICE, France"). A country stays a place (a national side is its country
//! in CoNLL-2003), and so does a name the tagger read as a person or a sentence's first word.

use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::teams::{country, PLACE_BEFORE};
use super::{EntityType, Evidence, Span};

/// Verbs whose object is the club a player moves to: "joined Newcastle".
const JOINS: WordSet = words!["joined", "joins", "join", "joining", "rejoined", "rejoins", "rejoin", "rejoining"];

/// Verbs that take the club after "for": "signed for Lyon", "played for Marsa".
const FOR: WordSet = words![
    "signed", "signs", "sign", "signing", "played", "plays", "playing", "scored", "scores", "scoring", "homered", "homers",
    "starred", "stars", "appeared", "appearances", "debut",
];

/// Verbs and nouns that take the club after "to" or "from": "transferred to Milan", "on loan
/// from Kalobo", "his move to Lyon". (Not "moved" or "returned": a match is moved to a town, a
/// team returns to one.)
const MOVES: WordSet = words![
    "transferred", "transfers", "transfer", "transferring", "loan", "loaned", "move", "switch", "switched", "sold",
];

/// Retypes the spans `out[start..]`: see the module's doc. `sport`: the text is about a match
/// ([`super::teams::sporting`]).
pub(crate) fn transfers(doc: &Doc<'_>, out: &mut [Span], start: usize, sport: bool) {
    let spans = &mut out[start..];
    if spans.is_empty() || !sport {
        return;
    }
    let key = |k: usize| doc.key(k);
    // A town the tagger read (or no type it is sure of), one or two words, not a country.
    let town = |s: &Span| {
        let (a, b) = (s.first as usize, s.last as usize);
        b - a <= 2 && a > 0 && !doc.opens_sentence(a) && matches!(s.ty, EntityType::Loc | EntityType::Org) && !country(s)
    };
    // A cue before token `a` that names a club.
    let moved = |a: usize| {
        let before = key(a - 1);
        if JOINS.contains(before) {
            return true;
        }
        if a < 2 {
            return false;
        }
        let prev = key(a - 2);
        match before {
            "for" => FOR.contains(prev),
            "to" | "from" => {
                MOVES.contains(prev) || (before == "from" && {
                    // "joined Milan from Torino", "has joined Espanyol of Barcelona from Nantes":
                    // a verb of joining or moving a few words before, in the same sentence.
                    let sentence = doc.sentence_of(a);
                    (a.saturating_sub(7)..a - 1).any(|k| doc.sentence_of(k) == sentence && (JOINS.contains(key(k)) || MOVES.contains(key(k)) || key(k) == "signed"))
                })
            }
            _ => false,
        }
    };
    let mut club = vec![false; doc.key_count()];
    let mut any = false;
    for s in spans.iter_mut() {
        if town(s) && moved(s.first as usize) {
            if s.last == s.first + 1 {
                club[doc.key_id_outlined(s.first as usize) as usize] = true;
            }
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
            s.canonical = None;
            any = true;
        }
    }
    if !any {
        return;
    }
    // Each other mention of a club's one-word name, but after a preposition of place or a comma.
    for s in spans.iter_mut() {
        let a = s.first as usize;
        if s.last as usize == a + 1 && s.ty == EntityType::Loc && club[doc.key_id_outlined(a) as usize] && !country(s) {
            let place = a > 0 && (PLACE_BEFORE.contains(key(a - 1)) || key(a - 1) == ",");
            // (a dateline: "MILAN 1996-08-30", "NICE, France")
            let next = doc.seg.tokens.get(a + 1).map_or("", |_| doc.word(a + 1));
            let dateline = doc.opens_sentence(a) && (next == "," || next.starts_with(|c: char| c.is_ascii_digit()));
            if !place && !dateline {
                s.ty = EntityType::Org;
                s.evidence = Evidence::Cue;
                s.canonical = None;
            }
        }
    }
}
