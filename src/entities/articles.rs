//! A place whose name takes "The" (issue #5, session 15). Where the text writes a capitalised
//! "The" before a place inside a sentence ("FARAFENNI, The Gambia", "the ruling from The
//! Hague"), the writer counts the article as part of the name, and every "The X" of that place
//! is one name with it, at a sentence's start too; where the text writes "The X" only at a
//! sentence's start ("MANILA — The Philippines' court"), the article is the sentence's, not the
//! name's where a tagger read it into an organisation's name (a place read with its "The" stays:
//! CoNLL-2003 writes "The Netherlands drew"). Only for a place the gazetteer holds with "The"
//! ("The Gambia", "The Hague", "The Bahamas"), whose article the taggers split off.

use crate::lexicon::Lexicon;
use crate::text::normalize::{based_stem, term_key};
use crate::text::Doc;

use super::{EntityType, Evidence, Span};

/// Mends the spans `out[start..]`: see the module's doc.
pub(crate) fn the_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let mut key = String::new();
    // The gazetteer's place "the x …" for tokens a..b, if it holds one.
    let mut entry = |a: usize, b: usize| {
        key.clear();
        key.push_str("the");
        for k in a..b {
            key.push(' ');
            // ("The Hague-based court": the place of "Hague-based", based.rs)
            match based_stem(doc.word(k)).filter(|_| k + 1 == b) {
                Some(stem) => key.push_str(&term_key(stem)),
                None => key.push_str(doc.key(k)),
            }
        }
        lex.listed_place(&key, false)
    };
    // "The" written so at token k (not "THE" of a headline in capitals).
    let the = |k: usize| doc.word(k) == "The";
    // Token a-1 is a "The" of no span's, or a span of its own (the model reads one so): its start.
    let free_the = |out: &[Span], r: usize, a: usize| {
        let prev = if r > 0 { Some(out[r - 1]) } else { None };
        let alone = prev.is_some_and(|p| r > start && p.first as usize + 1 == a && p.last as usize == a);
        (a > 0 && the(a - 1) && (alone || prev.map_or(true, |p| (p.last as usize) < a))).then_some(alone)
    };
    // The places the text writes with "The" inside a sentence, each once (a text may write "in
    // The Hague" thousands of times; the list holds few such places).
    let mut inside: Vec<&'static str> = Vec::new();
    for r in start..out.len() {
        let (a, b) = (out[r].first as usize, out[r].last as usize);
        let place = if free_the(out, r, a).is_some() && !doc.opens_sentence(a - 1) {
            entry(a, b)
        } else if b - a >= 2 && the(a) && !doc.opens_sentence(a) {
            // (a span that holds its "The" already: the model reads "in The Hague" so)
            entry(a + 1, b)
        } else {
            None
        };
        if let Some(p) = place.filter(|p| !inside.contains(&p.canonical)) {
            inside.push(p.canonical);
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let mut s = out[r];
        let (a, b) = (s.first as usize, s.last as usize);
        // (no lookup for a text that writes no such place inside a sentence, as most do not)
        let place = if inside.is_empty() { None } else { entry(a, b).filter(|p| inside.contains(&p.canonical)) };
        if let (Some(alone), Some(p)) = (place.and_then(|_| free_the(out, r, a)), place) {
            // "The" before the place, a name with it (and no span of its own).
            if alone {
                w -= 1;
            }
            s.first -= 1;
            s.ty = EntityType::Loc;
            s.canonical = Some(p.canonical);
            s.evidence = Evidence::Cue;
        } else if b - a >= 2 && s.ty != EntityType::Loc && the(a) && doc.opens_sentence(a) {
            // "The" of the sentence before a place: not the name's (where the text writes it
            // with "The" inside no sentence).
            if let Some(p) = entry(a + 1, b).filter(|p| !inside.contains(&p.canonical)) {
                s.first += 1;
                s.ty = EntityType::Loc;
                s.canonical = Some(p.canonical);
                s.evidence = Evidence::Cue;
            }
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}
