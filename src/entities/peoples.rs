//! Peoples and languages no list holds, read by the words the sentence sets beside them (issue
//! #5, session 18): "Dayak community leaders", "a Kwanyama elder", "ethnic Buduma", "speakers of
//! Kwanyama", "Kwanyama speakers", "the Dzongkha and English press". A tagger reads such a word
//! as a person, an organisation or a place; after either tagger, a one-word name no list holds
//! is a people's or a language's (MISC), with each other span of the same word, where:
//! - a people's noun follows it ("people(s)", "community", "elder(s)", "tribe", "clan",
//!   "speakers"), and a tagger read it as a person or an organisation (a town's name before
//!   "elders" or "community" read as a place stays one: "the Garissa elders");
//! - "ethnic" or "speakers of" comes before it (where no tagger read the word, it is read);
//! - it is joined by "and" or "or" to a listed language or demonym, the pair before a noun of
//!   what is written or said in a language ("the Dzongkha and English press", "French and
//!   Kwanyama editions"; not "the Kenyan and Ulmanta governments").

use crate::lexicon::Lexicon;
use crate::text::segment::CAP;
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{capword, join, name_word, retype_languages, Overlap, NOT_CALENDAR, NOT_CAPS, NOT_STOP};
use super::{EntityType, Evidence, Span};

/// A people's nouns after its name: "Dayak community leaders", "a Buduma elder".
const PEOPLE: WordSet = words![
    "people", "peoples", "community", "communities", "elder", "elders", "tribe", "tribes", "tribesmen", "clan", "clans",
    "speakers",
];
/// Nouns of what is written or said in a language, after a pair of them: "the X and English press".
const WRITTEN: WordSet = words![
    "press", "media", "newspapers", "editions", "edition", "versions", "version", "speakers", "broadcasts", "radio",
    "translations", "subtitles", "signs", "lessons", "classes", "teachers", "names", "words", "services",
];

/// A span these cues may retype: one word, no MISC yet, from no list and no canonical name.
fn plain(s: &Span) -> bool {
    s.last == s.first + 1 && s.ty != EntityType::Misc && s.evidence != Evidence::Gazetteer && s.canonical.is_none()
}

/// A capitalised word after "ethnic" or "speakers of" that no tagger read (the model leaves a
/// word it has never seen there untagged) is a span of its own, a people's or a language's.
fn unread(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let (ethnic, speakers) = (doc.key_number("ethnic"), doc.key_number("speakers"));
    if ethnic.is_none() && speakers.is_none() {
        return;
    }
    let n = doc.seg.tokens.len();
    let mut joins: Vec<Span> = Vec::new();
    for k in 0..n {
        let id = Some(doc.key_id(k));
        let at = if id == ethnic { k + 1 } else if id == speakers && k + 1 < n && doc.key(k + 1) == "of" { k + 2 } else { continue };
        if at < n && name_word(doc, at, NOT_CAPS | NOT_STOP | NOT_CALENDAR) && !(at + 1 < n && capword(doc, at + 1)) && !doc.seg.tokens[k].has(CAP) {
            joins.push(Span::cue(at, at + 1, EntityType::Misc));
        }
    }
    // (a span a tagger read there stays, for the cues below to retype)
    // (both in token order, the spans not overlapping: one walk, not every span per cue)
    let spans = &out[start..];
    let mut s = 0;
    joins.retain(|j| {
        while s < spans.len() && spans[s].last <= j.first {
            s += 1;
        }
        !(s < spans.len() && spans[s].first < j.last)
    });
    join(out, start, &joins, Overlap::First);
}

/// Retypes the spans `out[start..]` that the module's doc describes.
pub(crate) fn peoples(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lower = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    let body = |k: usize| doc.seg.sentences[doc.sentence_of(k)].kind == SegmentKind::Body;
    unread(doc, out, start);
    let spans = &mut out[start..];
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (a word a list holds as a language or a demonym: "English", "French")
    let language = |s: &Span| {
        s.last == s.first + 1
            && Lexicon::get().gazetteer.map.get(doc.key(s.first as usize)).is_some_and(|&hit| {
                let p = Lexicon::get().place(hit);
                p.ty == EntityType::Misc || p.demonym
            })
    };
    for x in 0..spans.len() {
        let s = spans[x];
        let (i, j) = (s.first as usize, s.last as usize);
        if !plain(&s) {
            continue;
        }
        let noun = lower(j) && PEOPLE.contains(doc.key(j)) && matches!(s.ty, EntityType::Per | EntityType::Org);
        let before = i > 0 && lower(i - 1) && (doc.key(i - 1) == "ethnic" || (i > 1 && doc.key(i - 1) == "of" && doc.key(i - 2) == "speakers"));
        // "X and English press" / "English and X press"
        let pair = |a: &Span, b: &Span| {
            a.last as usize + 1 == b.first as usize && matches!(doc.key(a.last as usize), "and" | "or") && lower(b.last as usize) && WRITTEN.contains(doc.key(b.last as usize))
        };
        let paired = (x + 1 < spans.len() && language(&spans[x + 1]) && pair(&s, &spans[x + 1])) || (x > 0 && language(&spans[x - 1]) && pair(&spans[x - 1], &s));
        if (noun || before || paired) && body(i) {
            found.push((i, j));
        }
    }
    if !found.is_empty() {
        // (each other span of the same word too)
        retype_languages(doc, spans, found, &plain);
    }
}
