//! Names with particles, read alike after either tagger: the lower-case words between a person's
//! given name and surname make one name of them ("Ana María de la Fuente", where a tagger read
//! "Ana María" and "Fuente"), and a surname used alone keeps the particles the document's full
//! name gives it ("van der Linden told reporters" after "Pieter van der Linden", not "der Linden";
//! "Dela Cruz said" after "Ramon dela Cruz").

use crate::hash::FxMap;
use crate::lexicon::{lists, Lexicon};
use crate::text::segment::POSSESSIVE;
use crate::text::{Doc, TokenKind};

use super::shared::capword;
use super::{EntityType, Evidence, Span};
use crate::wordset::words;

/// Words that stand between a person's given name and surname, written in lower case there: the
/// one list of name particles. Two other lists of lower-case words inside names mean something
/// else and stay apart: `model::CONNECTORS` (words that join capitalised words into one name,
/// "of" and "for" too; the model's features read it) and `shared::ACRONYM_SKIPS` (words an acronym
/// skips, "and" and "the" too). Faroese and Icelandic names' "á", "í", "av" and "við" ("Bárður á
/// Steig", "Jenis av Rana") are particles too (acc21).
pub(crate) fn is_particle(key: &str) -> bool {
    matches!(
        key,
        "á" | "í" | "av" | "við" | "al" | "ap" | "bin" | "bint" | "da" | "das" | "de" | "dei" | "del" | "dela" | "della" | "der" | "di" | "do" | "dos" | "du" | "el" | "ibn" | "la"
            | "las" | "le" | "los" | "ould" | "te" | "ten" | "ter" | "van" | "von" | "y" | "zu"
    )
}

/// The particles over which the rule tagger's capitalised run goes on (`detect`): [`is_particle`]'s
/// words but "ap", "bint", "dei", "dela", "las", "los", "te", "ten" and the Faroese ones, and "den" besides, as the
/// tagger's own list had them. The differences are kept so that its spans (which the model's features also read)
/// stay as they were; whether one set would serve both is not measured.
pub(super) fn run_particle(key: &str) -> bool {
    key == "den" || (is_particle(key) && !words!["ap", "bint", "dei", "dela", "las", "los", "te", "ten", "á", "í", "av", "við"].contains(key))
}
/// At most this many particles in a row ("van der", "de la", "van de").
const MOST: usize = 3;

/// Token `k` is a particle, in any case.
fn particle(doc: &Doc<'_>, k: usize) -> bool {
    doc.seg.tokens[k].kind == TokenKind::Word && is_particle(doc.key(k))
}

/// Token `k` is a particle written in lower case, as inside a name.
fn inner_particle(doc: &Doc<'_>, k: usize) -> bool {
    doc.word(k).starts_with(|c: char| c.is_lowercase()) && particle(doc, k)
}

/// Mends the spans `out[start..]` (in token order, not overlapping) for names with particles.
pub(crate) fn particle_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    join_across(doc, out, start);
    given_before(doc, out, start);
    surnames(doc, out, start);
    named_institutions(doc, out, start);
}

/// An organisation named after a person with particles ("Anton de Kom University", "Jan van
/// Riebeeck College"), read by a tagger from the particle on or from the surname on, the given
/// name before it left out or read as a place or a person of its own (acc25): the organisation's
/// span, with an organisation's word in it ("University") and no gazetteer entry's, takes the
/// particles in lower case right before it (one to [`MOST`]) and the one or two capitalised words
/// before them, in the sentence, none a common word, a stopword or a possessive ("Yesterday de
/// Kom University" stays), and the span of those words, if a tagger read one, is dropped.
fn named_institutions(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let org_word = |k: usize| lex.listed(doc.key(k), lists::ORG_CUE);
    let mut w = start;
    for r in start..out.len() {
        let mut b = out[r];
        let (first, last) = (b.first as usize, b.last as usize);
        // (the particles' cheap test before the lexicon's look-ups of every word)
        if b.ty == EntityType::Org && b.canonical.is_none() && first > 0 && (inner_particle(doc, first) || inner_particle(doc, first - 1)) && (first..last).any(org_word) {
            // The particles: those the span opens with, then those before it.
            let inner = (first..last).take_while(|&k| inner_particle(doc, k)).count();
            let before = (0..MOST - inner.min(MOST)).take_while(|&d| first > d && inner_particle(doc, first - 1 - d)).count();
            let p = first - before;
            let sentence = doc.sentence_of(first);
            let given = |k: usize| {
                capword(doc, k) && doc.sentence_of(k) == sentence && !doc.seg.tokens[k].has(POSSESSIVE) && !lex.listed(doc.key(k), lists::COMMON | lists::STOPWORD)
            };
            let words = if inner + before > 0 && inner < last - first { (1..=2).take_while(|&d| p >= d && given(p - d)).count() } else { 0 };
            let from = p - words;
            // The span before, if it holds any of those words, must lie within them.
            let prev = (w > start).then(|| out[w - 1]).filter(|a| a.last as usize > from);
            if words > 0 && prev.map_or(true, |a| a.first as usize >= from && a.last as usize <= p && a.canonical.is_none()) {
                if prev.is_some() {
                    w -= 1;
                }
                b = Span { first: from as u32, evidence: Evidence::Cue, ..b };
            }
        }
        out[w] = b;
        w += 1;
    }
    out.truncate(w);
}

/// A person's name read from its particle on ("de Grandpré" in "Luc de Grandpré", the given name
/// no list holds left out) takes the capitalised word right before it, in the sentence, that no
/// span holds and that is no common word or stopword ("Yesterday de Grandpré said" stays), where
/// the surname starts no gazetteer entry ("Infraestruturas de Portugal" is no person); and a
/// name of three words, a capitalised word, a particle and a surname, that a tagger read as an
/// organisation is a person where the text writes its last two words as a person's elsewhere
/// ("Luc de Grandpré, an economist" and "De Grandpré said"), a surname no entry starts too.
fn given_before(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let lex = Lexicon::get();
    let led = |s: &Span| s.ty == EntityType::Per && s.last - s.first >= 2 && particle(doc, s.first as usize);
    if !out[start..].iter().any(led) {
        return;
    }
    for i in start..out.len() {
        let s = out[i];
        let k = s.first as usize;
        if !led(&s) || !inner_particle(doc, k) || k == 0 || (i > start && out[i - 1].last as usize >= k) {
            continue;
        }
        let g = k - 1;
        if capword(doc, g) && doc.sentence_of(g) == doc.sentence_of(k) && !lex.listed(doc.key(g), lists::COMMON | lists::STOPWORD) && !lex.listed(doc.key(s.last as usize - 1), lists::STARTS_ENTRY) {
            out[i] = Span { first: g as u32, canonical: None, ..s };
        }
    }
    // The persons' names of a particle and one word, as their key numbers, sorted: each
    // organisation's last two words are looked up, not compared with every span (review21:
    // quadratic, 40,000 such organisations took 3.3 s).
    let mut pairs: Vec<(u32, u32)> = out[start..].iter().filter(|t| led(t) && t.last - t.first == 2).map(|t| (doc.key_id_outlined(t.first as usize), doc.key_id_outlined(t.first as usize + 1))).collect();
    pairs.sort_unstable();
    for s in &mut out[start..] {
        let (a, b) = (s.first as usize, s.last as usize);
        if s.ty != EntityType::Org || s.canonical.is_some() || b - a != 3 || !capword(doc, a) || !inner_particle(doc, a + 1) || !capword(doc, a + 2) || cue(doc, b - 1) || lex.listed(doc.key(b - 1), lists::STARTS_ENTRY) {
            continue;
        }
        if pairs.binary_search(&(doc.key_id_outlined(a + 1), doc.key_id_outlined(a + 2))).is_ok() {
            s.ty = EntityType::Per;
        }
    }
}

/// A person's span, one to three particles in lower case, then a surname of one or two capitalised
/// words (a span of no gazetteer entry, or a capitalised word no span holds): one person's span.
fn join_across(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut w = start;
    for r in start..out.len() {
        let b = out[r];
        if w > start {
            let a = out[w - 1];
            let person = a.ty == EntityType::Per || given(&a) && (b.ty == EntityType::Per || personal(doc, a.last as usize) && !cue(doc, b.last as usize - 1));
            if person && b.canonical.is_none() && b.last - b.first <= 2 && particles_between(doc, a.last as usize, b.first as usize) {
                out[w - 1] = Span { last: b.last, evidence: a.evidence.max(b.evidence), canonical: None, ty: EntityType::Per, ..a };
                continue;
            }
        }
        out[w] = b;
        w += 1;
    }
    out.truncate(w);
    // A span a tagger read whole over such a particle: "Katharina von Hessberg" read as a company;
    // not one a person's name is only part of, ending in an institution's or a place's word
    // ("Hamad bin Khalifa University", "Mohammed bin Zayed City").
    for s in &mut out[start..] {
        let (first, last) = (s.first as usize, s.last as usize);
        if s.ty != EntityType::Per
            && s.canonical.is_none()
            && (3..=5).contains(&(last - first))
            && (first + 1..last - 1).any(|k| personal(doc, k))
            && (first..last).all(|k| inner_particle(doc, k) || capword(doc, k))
            && !cue(doc, last - 1)
        {
            s.ty = EntityType::Per;
        }
    }
    // A surname no span holds: "Ana de la Fuente" where only "Ana" was read.
    for r in start..out.len() {
        let a = out[r];
        let next = out.get(r + 1).map_or(doc.seg.tokens.len(), |s| s.first as usize);
        if a.ty != EntityType::Per {
            continue;
        }
        let gap = (a.last as usize..next.min(a.last as usize + MOST + 1)).take_while(|&k| inner_particle(doc, k)).count();
        let surname = a.last as usize + gap;
        if gap > 0 && surname < next && capword(doc, surname) && (surname + 1 >= next || !capword(doc, surname + 1)) && particles_between(doc, a.last as usize, surname) {
            out[r].last = surname as u32 + 1;
            out[r].canonical = None;
        }
    }
}

/// Token `k` is a word that says an organisation or a place ("University", "Foundation", "City").
fn cue(doc: &Doc<'_>, k: usize) -> bool {
    Lexicon::get().listed(doc.key(k), lists::ORG_CUE | lists::LOC_CUE)
}

/// Token `k` is a particle in lower case that only people's names hold ("von", "ould", "bin"), not
/// one of places' names too ("de" in "Rio de Janeiro"): a subset of [`is_particle`]'s words.
fn personal(doc: &Doc<'_>, k: usize) -> bool {
    inner_particle(doc, k) && words!["von", "van", "ould", "bin", "bint", "ibn", "zu", "ap"].contains(doc.key(k))
}

/// Span `s` is one word no gazetteer holds, as a given name is ("Rodolfo" in "Rodolfo dela Cruz
/// Jr.", whichever type a tagger gave it), listed or not.
fn given(s: &Span) -> bool {
    s.last - s.first == 1 && s.canonical.is_none()
}

/// Tokens `[from, to)` are one to [`MOST`] particles in lower case, in one sentence, after a word
/// that is no possessive ("Kenyatta's ten Cabinet secretaries").
fn particles_between(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (1..=MOST).contains(&(to.saturating_sub(from)))
        && !doc.seg.tokens[from - 1].has(POSSESSIVE)
        && (from..to).all(|k| inner_particle(doc, k))
        && doc.sentence_of(from - 1) == doc.sentence_of(to)
}

/// A span that is the surname of a person the document names in full with particles before it
/// ("Pieter van der Linden"), written with those particles before it ("van der Linden told", read
/// as "der Linden" or "Linden"): the span takes them, and is that person.
fn surnames(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    // Each surname's first full name with particles: the surname's last key number -> the span
    // ("Ana de la Fuente Ruiz" and "Carlos de la Fuente" are two surnames). (A map of the key
    // numbers the crate already has, not of the surname's keys: one more map type is 1–2 KB of
    // .wasm.)
    let mut full: FxMap<u32, usize> = FxMap::default();
    for (j, s) in out.iter().enumerate().skip(start) {
        if particles_of(doc, s).is_some() {
            full.entry(doc.key_id_outlined(s.last as usize - 1)).or_insert(j);
        }
    }
    if full.is_empty() {
        return;
    }
    for i in start..out.len() {
        let s = out[i];
        let (first, last) = (s.first as usize, s.last as usize);
        let core = (first..last).find(|&k| !particle(doc, k)).unwrap_or(last);
        let Some(&j) = (core < last).then(|| full.get(&doc.key_id_outlined(last - 1))).flatten() else { continue };
        let Some((begin, end)) = particles_of(doc, &out[j]) else { continue };
        let Some(to) = core.checked_sub(end - begin) else { continue };
        let before = if i > start { out[i - 1].last as usize } else { 0 };
        // (Or the particles the span already holds, capitalised: "Von Hessberg said".)
        if to <= first
            && to >= before
            && doc.key_ids(core..last) == doc.key_ids(end..out[j].last as usize)
            && (0..end - begin).all(|k| doc.key_id_outlined(to + k) == doc.key_id_outlined(begin + k))
            && doc.sentence_of(to) == doc.sentence_of(core)
        {
            out[i] = Span { first: to as u32, ty: EntityType::Per, canonical: None, ..s };
        }
    }
}

/// The particles of a person's full name `s` ("Pieter van der Linden"), as tokens `[begin, end)`:
/// one to [`MOST`] in lower case after a given name, before a surname of capitalised words.
fn particles_of(doc: &Doc<'_>, s: &Span) -> Option<(usize, usize)> {
    let (first, last) = (s.first as usize, s.last as usize);
    if s.ty != EntityType::Per {
        return None;
    }
    let end = (first + 1..last).rev().find(|&k| inner_particle(doc, k))? + 1;
    let begin = (first + 1..end).rev().take_while(|&k| inner_particle(doc, k)).last().unwrap_or(end);
    (end < last && end - begin <= MOST && (end..last).all(|k| capword(doc, k))).then_some((begin, end))
}
