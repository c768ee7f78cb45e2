//! A legislature named in its own language and glossed right after (acc21): "the Althing, the
//! island's parliament", "the Fono, the national legislature", "the Sejm, Poland's lower house".
//! No list holds most such names, and a tagger reads them as places ("in the Althing") or as a
//! person's name; the gloss says what they are. A name of two capitalised words over a short
//! link word of its language ("Maneaba ni Maungatabu", "Fale o Fono"), which the taggers cut in
//! two, is one name there.

use crate::lexicon::{lists, Lexicon};
use crate::text::normalize::is_apostrophe;
use crate::text::segment::POSSESSIVE;
use crate::text::{Doc, TokenKind};
use crate::wordset::words;

use super::shared::{capword, join, Overlap};
use super::{EntityType, Evidence, Span};

/// At most this many words between the gloss's "the" and its noun ("the islands' parliament",
/// "the country's national parliament").
const BETWEEN: usize = 3;

/// Tokens from `k` on are a gloss of a legislature after a name's comma: "the", at most
/// [`BETWEEN`] words in lower case or possessives, and the noun, which ends the clause. The words
/// before the noun describe it, none a stopword: "the speaker of parliament", "the leader of the
/// senate" gloss a person, who heads it (review21).
fn gloss(doc: &Doc<'_>, k: usize) -> bool {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let stopwords = &Lexicon::get().stopwords;
    if k >= n || doc.word(k) != "the" {
        return false;
    }
    let word = |m: usize| m < n && tokens[m].kind == TokenKind::Word;
    // (a plural's possessive apostrophe is a token of its own: "the islands' parliament")
    let apostrophe = |m: usize| {
        let mut c = doc.word(m).chars();
        m > k + 1 && word(m - 1) && c.next().is_some_and(is_apostrophe) && c.next().is_none()
    };
    for m in k + 1..(k + 3 + BETWEEN).min(n) {
        if apostrophe(m) {
            continue;
        }
        if !word(m) || doc.sentence_of(m) != doc.sentence_of(k) {
            return false;
        }
        let key = doc.key(m);
        let noun = words!["parliament", "legislature", "congress", "senate"].contains(key)
            || (key == "house" && m > k + 1 && matches!(doc.key(m - 1), "lower" | "upper"));
        if noun && !capword(doc, m) {
            // (the noun ends the clause: "the parliament building" is no gloss)
            return !word(m + 1) || matches!(doc.key(m + 1), "and" | "which" | "where" | "that");
        }
        if (capword(doc, m) && !tokens[m].has(POSSESSIVE)) || stopwords.contains(key) {
            return false;
        }
    }
    false
}

/// Retypes as an organisation each span the module's doc describes, joined first with a span
/// before it over one short word in lower case that no list holds ("ni"), or over the span's
/// own first word when that is such a word.
pub(crate) fn legislatures(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    // (the cheap test first: a span before a comma and "the")
    let glossed = |s: &Span| {
        let e = s.last as usize;
        e + 1 < n && doc.word(e) == "," && s.evidence != Evidence::Gazetteer && !tokens[e - 1].has(POSSESSIVE) && gloss(doc, e + 1)
    };
    if !out[start..].iter().any(glossed) {
        return;
    }
    let lex = Lexicon::get();
    let mut joins = Vec::new();
    for x in start..out.len() {
        let s = out[x];
        if !glossed(&s) {
            continue;
        }
        let mut first = s.first as usize;
        if x > start && first >= 2 {
            let a = out[x - 1];
            // (the link word outside the span, "Tavalu | ni | Vanua", or as the span's first word,
            // "Tavalu | ni Vanua": a tagger reads the word in lower case into either)
            let inside = a.last as usize == first && first + 1 < s.last as usize;
            let link = if inside { first } else { first - 1 };
            if (a.last as usize == link || inside)
                && a.ty != EntityType::Per
                && a.evidence != Evidence::Gazetteer
                && tokens[link].kind == TokenKind::Word
                && !capword(doc, link)
                && doc.word(link).chars().count() <= 3
                && !lex.listed(doc.key(link), lists::COMMON | lists::STOPWORD)
                && doc.sentence_of(a.first as usize) == doc.sentence_of(first)
            {
                first = a.first as usize;
            }
        }
        joins.push(Span::cue(first, s.last as usize, EntityType::Org));
    }
    join(out, start, &joins, Overlap::First);
}
