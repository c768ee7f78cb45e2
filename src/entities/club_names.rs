//! Clubs named after their town with a word of their own (issue #5, session 18): "Team
//! Esbjerg", "Metz Handball", "Orvik Basket". In a text about sport, a tagger reads the town
//! alone (as the club or as the place) and leaves the club's word out, or reads that word as a
//! name of its own ("Handball" as an organisation), so that the club's full name is never found
//! and its short form stands apart. After either tagger, in a text about sport, a capitalised
//! "Team" before a one-word name (a listed place, or one no list holds), and a capitalised
//! sport's name after it ("Handball", "Basketball", "Basket", "Volley", …), are part of it, and the
//! whole is a club (ORG). The town alone then joins the club's name as its short form, as alias
//! merging does for any organisation.

use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::shared::capword;
use super::{EntityType, Evidence, Span};

/// A sport's name after a club's town: "Metz Handball".
const SPORT: WordSet = words!["handball", "basketball", "basket", "volley", "volleyball", "futsal", "hockey"];

/// Joins the club's words the module's doc describes to the spans `out[start..]`.
pub(crate) fn club_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    if !sport {
        return;
    }
    let n = doc.seg.tokens.len();
    // (one word: a listed place, the town, or a name no list holds)
    let one = |s: &Span| s.last == s.first + 1 && (s.evidence != Evidence::Gazetteer || s.ty == EntityType::Loc);
    let mut w = start;
    let mut r = start;
    while r < out.len() {
        let mut s = out[r];
        r += 1;
        let (i, j) = (s.first as usize, s.last as usize);
        let free_before = w == start || out[w - 1].last as usize <= i.saturating_sub(1);
        let team = one(&s) && i > 0 && free_before && doc.word(i - 1) == "Team" && capword(doc, i - 1);
        // (the sport's word may be a span of its own: "Handball" read as an organisation)
        let word_after = one(&s) && j < n && capword(doc, j) && SPORT.contains(doc.key(j));
        let next_is_word = r < out.len() && out[r].first as usize == j && out[r].last as usize == j + 1;
        let after = word_after && (r >= out.len() || out[r].first as usize > j || next_is_word);
        if team || after {
            if team {
                s.first -= 1;
            }
            if after {
                s.last += 1;
                if next_is_word {
                    r += 1;
                }
            }
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
            s.canonical = None;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}
