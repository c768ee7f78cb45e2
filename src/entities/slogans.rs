//! Slogans: a quotation in title case made mostly of ordinary words ("Protect Every Sky", "Fair
//! Trade Not Free Trade", on a banner or a placard) names nothing by its ordinary words, so
//! neither tagger's guesses among them stand; a gazetteer entry inside it still does ("Kenya" in
//! "Hands Off Kenya"), and so does a person the document names in full elsewhere ("Ruto" in "Down
//! With Ruto" after "William Ruto").

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};

use super::shared::phrase_key;
use super::{EntityType, Evidence, Span};
use crate::wordset::words;

/// At least this many words in a slogan: fewer say too little to tell a slogan from a name.
const WORDS: usize = 3;

/// At most this many tokens between a span and its slogan's quotation marks.
const REACH: usize = 12;

/// Drops the spans of `out[start..]` that lie inside a slogan (see the module's note), but for a
/// person named in full elsewhere and for the longest gazetteer entry that ends a span.
#[cfg_attr(textlens_size, optimize(size))]
pub(crate) fn slogans(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let mut key = String::new();
    let mut quote: Option<(usize, usize)> = None;
    // The surnames' key numbers of the people named in full (the last word of a person's span of
    // two words or more).
    let full: Vec<u32> = out[start..].iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2).map(|s| doc.key_id_outlined(s.last as usize - 1)).collect();
    // The same, outside any slogan, with where each name begins.
    let named: Vec<(u32, u32)> = out[start..]
        .iter()
        .filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2 && quotation_around(doc, s.first as usize, s.last as usize).is_none())
        .map(|s| (doc.key_id_outlined(s.last as usize - 1), s.first))
        .collect();
    let mut w = start;
    for r in start..out.len() {
        let mut s = out[r];
        let (first, last) = (s.first as usize, s.last as usize);
        if !quote.is_some_and(|(o, c)| o < first && last <= c) {
            quote = quotation_around(doc, first, last);
        }
        let person = || s.ty == EntityType::Per && last - first == 1 && full.contains(&doc.key_id_outlined(first));
        // (however a tagger typed or bounded it: "With Ruto" read as an organisation)
        // (a full name elsewhere: not this span's own words, "Every Sky" read as a person)
        let surname = || last - first <= 2 && doc.seg.tokens[last - 1].has(CAP) && named.iter().any(|&(id, at)| id == doc.key_id_outlined(last - 1) && at != s.first);
        if quote.is_some() && !person() && surname() {
            s = Span { first: last as u32 - 1, ty: EntityType::Per, canonical: None, ..s };
        } else if quote.is_some() && !person() {
            // Inside a slogan only a gazetteer entry stands, the longest that ends the span.
            let entry = (first..last).find_map(|k| lex.gazetteer.map.get(phrase_key(doc, k, last, &mut key)).map(|&h| (k, lex.place(h))));
            let Some((k, place)) = entry else { continue };
            s = Span { first: k as u32, ty: place.ty, evidence: Evidence::Gazetteer, canonical: Some(place.canonical), ..s };
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}

/// The quotation marks (opening, closing) of the slogan that holds tokens `[first, last)`, if any:
/// an opening mark within [`REACH`] tokens before, a closing one within as many after, in one
/// paragraph, around a [`slogan`].
fn quotation_around(doc: &Doc<'_>, first: usize, last: usize) -> Option<(usize, usize)> {
    let tokens = &doc.seg.tokens;
    let bytes = |k: usize| &doc.text.as_bytes()[tokens[k].start as usize..tokens[k].end() as usize];
    // The marks by their UTF-8 bytes: "–" E2 80 93, "“" E2 80 9C, "”" E2 80 9D.
    // Capitalised words, short words (a slogan's function words) and a slogan's punctuation may
    // stand between; anything else ends the search at once.
    let between = |k: usize| match tokens[k].kind {
        TokenKind::Word => tokens[k].has(CAP) || tokens[k].end() - tokens[k].start <= 3,
        TokenKind::Punct => slogan_punct(bytes(k)),
        _ => false,
    };
    let open = (first.saturating_sub(REACH + 1)..first).rev().find(|&k| !between(k))?;
    if !matches!(bytes(open), b"\"" | b"\xe2\x80\x9c") {
        return None;
    }
    let close = (last..tokens.len().min(last + REACH + 1)).find(|&k| !between(k))?;
    let paragraph = |k: usize| doc.seg.sentences[doc.sentence_of(k)].paragraph;
    // A sign's or a chant's verb right before the quotation ("banners reading", "chanted"), or
    // before the quotation it is listed after ("reading “…” and “…”"), says it is a slogan
    // whatever its words.
    let verb = |k: usize| words!["reading", "read", "reads", "chanting", "chanted", "chant", "chants"].contains(doc.key(k));
    let mut cue = open > 0 && verb(open - 1);
    if !cue && open > 2 && matches!(doc.key(open - 1), "and" | "or" | ",") && matches!(bytes(open - 2), b"\"" | b"\xe2\x80\x9d") {
        let before = (open.saturating_sub(REACH + 3)..open - 2).rev().find(|&k| matches!(bytes(k), b"\"" | b"\xe2\x80\x9c"));
        cue = before.is_some_and(|k| k > 0 && verb(k - 1));
    }
    (matches!(bytes(close), b"\"" | b"\xe2\x80\x9d") && paragraph(open) == paragraph(close) && slogan(doc, open + 1, close, cue))
        .then_some((open, close))
}

/// Tokens `[a, b)` are a slogan: at least [`WORDS`] words, every one capitalised but for short
/// function words and a contraction's end ("Don't"), and most of them (more than half) ordinary
/// words (the common-word list or stopwords); after a `cue` (a sign's or chant's verb), two
/// capitalised words of any kind ("Agua Sí").
fn slogan(doc: &Doc<'_>, a: usize, b: usize, cue: bool) -> bool {
    let lex = Lexicon::get();
    let (mut words, mut ordinary) = (0, 0);
    for k in a..b {
        let t = doc.seg.tokens[k];
        match t.kind {
            TokenKind::Word => {
                let key = doc.key(k);
                let function = lex.listed(key, lists::STOPWORD);
                if k > a && matches!(doc.word(k - 1), "'" | "\u{2019}") && !t.has(CAP) {
                    continue;
                }
                if !t.has(CAP) && !(function && k > a) {
                    return false;
                }
                words += 1;
                ordinary += usize::from(function || lex.listed(key, lists::COMMON));
            }
            TokenKind::Punct if slogan_punct(doc.word(k).as_bytes()) => {}
            _ => return false,
        }
    }
    if cue { words >= 2 } else { words >= WORDS && 2 * ordinary > words }
}

/// A punctuation token's bytes `b` may stand inside a slogan: a comma, "!", "?", a full stop, a
/// hyphen, an en dash ("Fair Trade – Not Free Trade!") or an apostrophe ("Don’t Insult.").
#[inline(always)]
fn slogan_punct(b: &[u8]) -> bool {
    matches!(b, b"," | b"!" | b"?" | b"." | b"'" | b"-" | b"\xe2\x80\x93" | b"\xe2\x80\x99")
}
