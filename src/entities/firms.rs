//! A company's name before its legal form is one organisation with it (issue #5, session 20):
//! "shares in Tallo Pay AS fell", "Baltic Rail SIA", "Praha Energie a.s.", "Norrsken Oy". Neither
//! tagger reads most legal forms of Europe's smaller languages: the form is left out, the name
//! cut at a word a list holds ("Baltic" a demonym, "Rail SIA" a company), or the whole read as a
//! place or a person's. After either tagger, a legal form ([`kinds::legal_form`]) after a
//! capitalised word, in the same sentence, ends an organisation that runs back over the
//! capitalised words before it (at most [`LONGEST`], none a stopword, a day or a month, nor a
//! word such as "Vilnius-based" that describes the name), whatever spans the taggers made of them.
//! A form in capitals ("AS", "AB", "SA") counts only after a word that is not: in a headline in
//! capitals it is as often an English word ("PRICES FALL AS …").

use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, TokenKind};

use super::kinds::legal_form;
use super::shared::{join, name_word, Overlap, NOT_CALENDAR, NOT_STOP};
use super::{EntityType, Span};

/// The most words a company's name runs back over before its legal form.
const LONGEST: usize = 5;

/// Joins into organisations the names the module's doc describes, over the spans `out[start..]`.
pub(crate) fn firms(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    // (a cheap look at the token's bytes first: this runs on every word of the text)
    let form = |k: usize| {
        let w = tokens[k].text(doc.text).as_bytes();
        // (no form is longer than four bytes but those with dots: "S.p.A.", "d.o.o.")
        (2..=6).contains(&w.len())
            && (w.len() <= 4 || w[1] == b'.')
            && (w[0].is_ascii_uppercase() || (w[1] == b'.' && matches!(w[0], b'a' | b's' | b'd')))
            && tokens[k].kind == TokenKind::Word
            && legal_form(doc.word(k))
    };
    let mut joins: Vec<Span> = Vec::new();
    let mut at = start;
    for k in 1..n {
        // (a form follows a capitalised word: one bit read first)
        if !tokens[k - 1].has(CAP) || !form(k) {
            continue;
        }
        let caps = tokens[k].has(ALL_CAPS);
        let part = |i: usize| {
            name_word(doc, i, NOT_STOP | NOT_CALENDAR)
                && !(caps && tokens[i].has(ALL_CAPS))
                && !tokens[i].has(POSSESSIVE)
                && !legal_form(doc.word(i))
                && !describes(doc.word(i))
        };
        let sentence = doc.sentence_of(k);
        let mut first = k;
        while first > 0 && k - first < LONGEST && part(first - 1) && doc.sentence_of(first - 1) == sentence {
            first -= 1;
        }
        if first == k {
            continue;
        }
        // (the spans before the name's first word are passed; one that runs into it from before
        // keeps the name as the tagger read it)
        while at < out.len() && (out[at].last as usize) <= first {
            at += 1;
        }
        let span = out.get(at).copied();
        // (but for a word that describes the name, which a tagger may have read into it:
        // "Vilnius-based Kauno Tiltai UAB")
        if span.is_some_and(|s| (s.first as usize) < first && !(s.first as usize + 1 == first && describes(doc.word(first - 1)))) {
            continue;
        }
        if span.is_some_and(|s| s.first as usize == first && s.last as usize == k + 1 && s.ty == EntityType::Org) {
            continue;
        }
        // (nor one that runs on past the form: the form is inside a longer name)
        if out[at..].iter().take_while(|s| (s.first as usize) <= k).any(|s| s.last as usize > k + 1) {
            continue;
        }
        joins.push(Span::cue(first, k + 1, EntityType::Org));
    }
    join(out, start, &joins, Overlap::First);
}

/// A word that describes a name rather than being part of it: "Vilnius-based", "Nasdaq-listed",
/// "state-owned" (a hyphen and a lower-case word after it).
fn describes(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, end)| end.starts_with(|c: char| c.is_lowercase()))
}
