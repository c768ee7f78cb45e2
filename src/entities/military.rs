//! A military unit named by its number is an organisation (issue #5, session 21): "the 3rd
//! Division", "the 47th Mechanised Brigade", "the 82nd Airborne Division", "the Sixth Fleet",
//! "the 1st Battalion of the Royal Welsh Regiment". War reporting names them often; the taggers
//! read the number as no part of the name and the rest as a person's, a MISC or nothing ("Sixth"
//! an organisation and "Fleet" nothing). After either tagger, a span holding a unit's word
//! ([`UNITS`], capitalised) with an ordinal just before it or as its first word ("3rd", "47th",
//! "Sixth"), or an ordinal's span with the unit's word just after it, is one organisation from
//! the ordinal on. A word ordinal right before "Division" is a league ("the Second Division"),
//! not a unit.

use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{join, Overlap};
use super::{EntityType, Span};

/// The words that end or hold a unit's name.
const UNITS: WordSet = words!["division", "brigade", "battalion", "regiment", "corps", "fleet", "squadron", "army", "flotilla"];

/// Ordinals written out, as units' names write them: "the Sixth Fleet", "the Third Army".
const WORD_ORDINALS: WordSet = words![
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
];

/// Whether a word is an ordinal in digits: "3rd", "101st".
fn numeric_ordinal(w: &str) -> bool {
    let w = w.as_bytes();
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=3).contains(&digits) && matches!(&w[digits..], b"st" | b"nd" | b"rd" | b"th")
}

/// Whether token `k` is an ordinal written out, capitalised: "Sixth", "Third".
fn written_ordinal(doc: &Doc<'_>, k: usize) -> bool {
    // (the capital first, then the last letter: every written ordinal ends in "th", "st", "nd"
    // or "rd", and this runs on every span's first word and the word before it)
    doc.seg.tokens[k].has(CAP) && {
        let w = doc.word(k).as_bytes();
        w.len() >= 5 && matches!(w[w.len() - 1], b'h' | b'H' | b't' | b'T' | b'd' | b'D') && WORD_ORDINALS.contains(doc.key(k))
    }
}

/// Whether token `k` is a unit's word, capitalised.
fn unit(doc: &Doc<'_>, k: usize) -> bool {
    doc.seg.tokens[k].has(CAP) && UNITS.contains(doc.key(k))
}

/// Joins into organisations the units in spans `out[start..]` the module's doc describes.
pub(crate) fn military(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    // The ordinals: each written in digits (a tagger may have left the unit unread: "the army's
    // 3rd Division." found no span), and each written out that opens a span or stands just before
    // one ("Sixth" read alone, "Fleet" after it nothing). (The text's distinct words are asked
    // first, fewer than its tokens: most texts hold no ordinal in digits.)
    let mut ordinals: Vec<usize> = Vec::new();
    if (0..doc.key_count() as u32).any(|id| doc.key_of(id).as_bytes().first().is_some_and(u8::is_ascii_digit) && numeric_ordinal(doc.key_of(id))) {
        let bytes = doc.text.as_bytes();
        ordinals.extend((0..tokens.len()).filter(|&k| bytes[tokens[k].start as usize].is_ascii_digit() && tokens[k].kind == TokenKind::Word && numeric_ordinal(doc.word(k))));
    }
    for s in &out[start..] {
        let i = s.first as usize;
        for k in [i.checked_sub(1), Some(i)].into_iter().flatten() {
            if written_ordinal(doc, k) {
                ordinals.push(k);
            }
        }
    }
    if ordinals.is_empty() {
        return;
    }
    crate::sort::sort_by(&mut ordinals, |a, b| a.cmp(b));
    ordinals.dedup();
    let mut joins: Vec<Span> = Vec::new();
    for &o in &ordinals {
        // The unit's word: the last in the run of up to four capitalised words after the ordinal,
        // in its sentence ("82nd Airborne Division", "3rd Army Corps").
        let sentence = doc.sentence_of(o);
        let run = (o + 1..tokens.len().min(o + 5)).take_while(|&k| tokens[k].kind == TokenKind::Word && tokens[k].has(CAP) && doc.sentence_of(k) == sentence);
        let Some(u) = run.filter(|&k| unit(doc, k)).last() else { continue };
        // (not a league: "the Second Division")
        if u == o + 1 && doc.key(u) == "division" && written_ordinal(doc, o) {
            continue;
        }
        // (spans in token order: the one opening at the ordinal, looked up, not sought among all)
        let spans = &out[start..];
        let already = spans.get(spans.partition_point(|s| (s.first as usize) < o)).is_some_and(|s| s.first as usize == o && s.last as usize == u + 1 && s.ty == EntityType::Org);
        if !already && joins.last().is_none_or(|j| j.last as usize <= o) {
            joins.push(Span::cue(o, u + 1, EntityType::Org));
        }
    }
    join(out, start, &joins, Overlap::Widen);
}
