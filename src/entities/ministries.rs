//! An institution "for the" what it deals with, over "and the" ("Ministry for the Ecological
//! Transition and the Demographic Challenge", "Office for the Coordination of …"), is one
//! organisation, in place of the spans a tagger cut it into at "the"; read alike after either
//! tagger. A demonym before a ministry stays a word of its own ("Spanish" + "Ministry for …"),
//! as `context::demonym_institutions` reads "German Foreign Ministry".

use crate::lexicon::Lexicon;
use crate::text::segment::{CAP, POSSESSIVE};
use crate::text::{Doc, TokenKind};

use super::model::INSTITUTION_HEADS;
use super::shared::{self, NOT_CAPS, NOT_STOP};
use super::{EntityType, Evidence, Span};

/// Token `k` is a capitalised word no stopword list holds, not in capitals.
fn name_word(doc: &Doc<'_>, k: usize) -> bool {
    shared::name_word(doc, k, NOT_CAPS | NOT_STOP)
}

/// Token `k` is `word`, in lower case.
fn lower(doc: &Doc<'_>, k: usize, word: &str) -> bool {
    k < doc.seg.tokens.len() && doc.seg.tokens[k].kind == TokenKind::Word && !doc.seg.tokens[k].has(CAP) && doc.key(k) == word
}

/// Tokens `k` and `k + 1` are "`word` the", in lower case.
fn and_the(doc: &Doc<'_>, k: usize, word: &str) -> bool {
    lower(doc, k, word) && lower(doc, k + 1, "the")
}

/// What an institution deals with after "for the": a span of capitalised words no list holds,
/// none a stopword or in capitals, not ending in a possessive, whatever type a tagger gave it (a
/// person's too: the type is not read).
fn subject(doc: &Doc<'_>, s: &Span) -> bool {
    s.unlisted() && (s.first..s.last).all(|k| name_word(doc, k as usize)) && !doc.seg.tokens[s.last as usize - 1].has(POSSESSIVE)
}

/// Joins the spans `out[start..]` (in token order, not overlapping): see the module's doc.
pub(crate) fn institutions_for_the(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let mut w = start;
    let mut r = start;
    while r < out.len() {
        let a = out[r];
        let (i, j) = (a.first as usize, a.last as usize);
        // (the words after it first: few spans are followed by "for the")
        let head = a.ty == EntityType::Org && and_the(doc, j, "for") && INSTITUTION_HEADS.contains(&doc.key(j - 1)) && !doc.seg.tokens[j - 1].has(POSSESSIVE);
        let b = out.get(r + 1).copied().filter(|b| head && b.first as usize == j + 2 && subject(doc, b));
        let Some(b) = b else {
            out[w] = a;
            w += 1;
            r += 1;
            continue;
        };
        let mut last = b.last;
        let mut taken = 2;
        if let Some(c) = out.get(r + 2).filter(|c| and_the(doc, b.last as usize, "and") && c.first == b.last + 2 && subject(doc, c)) {
            last = c.last;
            taken = 3;
        }
        // "… for the Coordination of Relief Affairs": what it deals with may be of something.
        if let Some(d) = out.get(r + taken).filter(|d| lower(doc, last as usize, "of") && d.first == last + 1 && subject(doc, d)) {
            last = d.last;
            taken += 1;
        }
        // "Spanish Ministry for …": the demonym is a name of its own.
        let mut first = a.first;
        if doc.key(j - 1) == "ministry" && j - i >= 2 {
            let demonym = lex.gazetteer.map.get(doc.key(i)).map(|&h| lex.place(h)).filter(|p| p.ty == EntityType::Misc);
            if let Some(p) = demonym {
                out[w] = Span { first: a.first, last: a.first + 1, ty: EntityType::Misc, evidence: Evidence::Gazetteer, canonical: Some(p.canonical) };
                w += 1;
                first += 1;
            }
        }
        out[w] = Span { first, last, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None };
        w += 1;
        r += taken;
    }
    out.truncate(w);
}
