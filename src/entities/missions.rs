//! A country's embassy or consulate, capitalised, is an organisation (issue #5, session 20): "the
//! U.S. Embassy in Manila", "a spokesman for the Russian Embassy", "the Kenyan Consulate in
//! Dubai", "the Embassy of Japan in Hanoi". Neither tagger knows the word: the model reads the
//! place before it and "Embassy" as two names, or the demonym and the word as one MISC; the rules
//! read "Embassy" alone as a person's name. After either tagger, a capitalised mission's word
//! ([`MISSIONS`]) right after a place or a demonym (a span read as LOC or MISC, or one whose last
//! word it is) in the same sentence, with no possessive between ("Kenya's Embassy" is Kenya's), is
//! one organisation with it; so is the word with "of" (and "the") and a place after it. The word
//! alone names no mission ("Peru's Embassy staff", "the Embassy said"), and a lower-case "embassy"
//! nothing: "the Russian embassy" keeps its demonym alone, as CoNLL-2003 writes it.

use crate::text::segment::{CAP, POSSESSIVE};
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{join, Overlap};
use super::{EntityType, Span};

/// A diplomatic mission's words, as a name writes them.
const MISSIONS: WordSet = words!["Embassy", "Embassies", "Consulate", "Consulates", "Consulate-General"];

/// Joins into organisations the spans `out[start..]` the module's doc describes.
pub(crate) fn missions(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    // (the token's first byte and length read first: this runs on every span's ends)
    let mission = |k: usize| {
        k < n && tokens[k].has(CAP) && {
            let w = tokens[k].text(doc.text).as_bytes();
            w.len() >= 7 && matches!(w[0], b'E' | b'C') && tokens[k].kind == TokenKind::Word && MISSIONS.contains(doc.word(k))
        }
    };
    // (most texts name no mission: no walk over the spans then)
    if !out[start..].iter().any(|s| mission(s.last as usize) || mission(s.last as usize - 1) || (s.first > 0 && mission(s.first as usize - 1))) {
        return;
    }
    found(doc, out, start, &mission);
}

/// The pass's walk over the spans, on a text that names a mission, out of line with `mission` a
/// call: inlined, the test's token slicing was copied to each of its seven uses (README, "Size",
/// session 20).
#[inline(never)]
fn found(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, mission: &dyn Fn(usize) -> bool) {
    let tokens = &doc.seg.tokens;
    let place = |s: &Span| matches!(s.ty, EntityType::Loc | EntityType::Misc);
    let mut joins: Vec<Span> = Vec::new();
    let spans = &out[start..];
    for (x, s) in spans.iter().enumerate() {
        let (i, j) = (s.first as usize, s.last as usize);
        // "the Russian Embassy" read as one span: an organisation, whatever the tagger said.
        if j - i >= 2 && mission(j - 1) && s.ty != EntityType::Org {
            joins.push(Span::cue(i, j, EntityType::Org));
            continue;
        }
        // "U.S." + "Embassy": the word is the next token, a span of its own or none.
        if place(s) && mission(j) && !tokens[j - 1].has(POSSESSIVE) && doc.sentence_of(i) == doc.sentence_of(j) {
            let own = spans.get(x + 1).filter(|t| t.first as usize == j);
            let last = own.map_or(j + 1, |t| t.last as usize);
            // (the word's own span may run on into the next name: "Embassy" + "Hanoi" is two)
            if last == j + 1 {
                joins.push(Span::cue(i, j + 1, EntityType::Org));
                continue;
            }
        }
        // "Embassy" + "of" (+ "the") + a place.
        if s.ty == EntityType::Loc && i >= 2 {
            let of = if doc.word(i - 1) == "the" && i >= 3 { i - 2 } else { i - 1 };
            let k = of - 1;
            if doc.word(of) == "of" && mission(k) && doc.sentence_of(k) == doc.sentence_of(i) {
                let before = x.checked_sub(1).map(|y| spans[y]);
                // (the word's own span, if any, is the one just before and holds it alone)
                match before {
                    Some(b) if b.last as usize > k && !(b.first as usize == k && b.last as usize == k + 1) => {}
                    _ => joins.push(Span::cue(k, j, EntityType::Org)),
                }
            }
        }
    }
    join(out, start, &joins, Overlap::Widen);
    // The word alone names no mission ("Peru's Embassy staff", "the Embassy said"), as "the Court"
    // names no court.
    let lone = |s: &Span| s.last - s.first == 1 && mission(s.first as usize);
    if out[start..].iter().any(lone) {
        let tail: Vec<Span> = out.drain(start..).filter(|s| !lone(s)).collect();
        out.extend(tail);
    }
}
