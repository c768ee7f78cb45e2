//! Long institution names over "of", "of the" and "de" (issue #5, session 17): "Bank of the
//! Republic", "Supreme Court of Canada", "Friends of the Earth", "Banco de la Nación",
//! "Dirección General de Aguas", which a tagger cut at the link ("Export-Import Bank" + "United
//! States"), and the words after "and" inside such a name ("Ministry of Ports and Marine
//! Transport"). After either tagger: a name that is not a person's, ending in an institution's
//! head word ("Bank", "Court"), opening with one before a link ("Ministry of Ports") or with one
//! in a Romance language ("Banco", "Dirección"), goes on over the link while capitalised words follow it: the next span (not a person's) or
//! capitalised words no span holds. Once over a link, it goes on over "and" ("y") before
//! capitalised common words ("Marine Transport", not "Safaricom"), not before another head
//! ("Ministry of Health and Ministry of Finance" are two).
//!
//! Two other joins of institutions' names stay apart, each doing what this one does not
//! (session 18, each left out in turn, the others kept): the model's decoding joins an English
//! head over "of", "for" or "on" on its tags (`model::institution_names`), taking the capitalised
//! words before the head, before the decoding's later passes read the tags (without it: dev
//! 0.9779 -> 0.9670, dev5, dev7, dev8 and CoNLL valid lower, model only); `context`'s
//! `institution_joins` joins an organisation over "for" or "on" to a span of words no list
//! holds, and over "and" (without its "for"/"on" part: dev 0.9319 -> 0.9181 with the rules,
//! dev2, dev5, dev10 lower). This pass, without which dev3, dev4, dev8, dev10 (rules) and dev5 to
//! dev8 (model) fall, is the only one over "of the" after an English head where no acronym in
//! brackets follows the name. `linked_orgs` (acc24) joins such names when their acronym follows
//! ("the Movement for the Defence of Coastal Villages (MDCV)"), and after a Romance head it joins
//! over that language's links, "and"s and commas ("Instituto Estadual de Florestas, Pesca e
//! Aquicultura"), where this pass takes one link and the span or capitalised run after it.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, LINE_BEFORE, POSSESSIVE};
use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::model::INSTITUTION_HEADS;
use super::shared::{self, capword, ending_after, lower_word, Overlap};
use super::{EntityType, Evidence, Span};

/// Heads of institutions' names in Spanish, Portuguese, French and Italian, which open the name
/// ("Banco de la Nación"), and "Friends" of "Friends of the Earth".
const ROMANCE_HEADS: WordSet = words![
    "banco", "banque", "ministerio", "ministère", "ministério", "instituto", "institut", "universidad", "université",
    "universidade", "consejo", "conseil", "comisión", "dirección", "direction", "secretaría", "empresa", "compañía",
    "corporación", "federación", "asociación", "partido", "frente", "fondo", "servicio", "agence", "société", "compagnie",
    "caja", "yacimientos", "corte", "junta", "oficina", "autoridad", "confederación", "sindicato", "cámara", "friends",
];

/// Links of two words, each "X the": "of the", "de la".
const THE: WordSet = words!["the", "la", "las", "los", "l'"];

/// One-word links after a head: a name's ([`shared::NAME_LINKS`]), and Portuguese's and Italian's
/// ("Banco do Brasil", "Cassa di Risparmio").
const LINKS: WordSet = words![..shared::NAME_LINKS, "da", "do", "das", "dos", "di", "della"];

/// The length of the link at token `k` ("of" 1, "of the" 2), 0 for none.
fn link(doc: &Doc<'_>, k: usize) -> usize {
    let n = doc.seg.tokens.len();
    if k + 1 >= n || !lower_word(doc, k) || !LINKS.contains(doc.key(k)) {
        return 0;
    }
    if lower_word(doc, k + 1) && THE.contains(doc.key(k + 1)) {
        return 2;
    }
    1
}

/// A one-word link among tokens `i + 1..e`: "Ministry of Ports".
fn inner_link(doc: &Doc<'_>, i: usize, e: usize) -> bool {
    (i + 1..e).any(|k| lower_word(doc, k) && LINKS.contains(doc.key(k)))
}

/// Token `k` is "and" in a language of the heads ("y", "e", "et").
fn is_and(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.key(k), "and" | "y" | "e" | "et")
}

/// Joins long institutions' names after either tagger: see the module's doc.
pub(crate) fn institution_links(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let head = |k: usize| INSTITUTION_HEADS.contains(doc.key(k)) || ROMANCE_HEADS.contains(doc.key(k));
    let spans = &out[start..];
    // (most texts have no span ending in a head before a link: nothing else is read then)
    let candidate = |s: &Span| {
        let (i, e) = (s.first as usize, s.last as usize);
        if s.ty == EntityType::Per || e >= n || tokens[e - 1].has(POSSESSIVE) {
            return false;
        }
        // (the cheap tests first: a link or "and" after the name, or a Romance head opening it)
        if !lower_word(doc, e) {
            return ROMANCE_HEADS.contains(doc.key(i));
        }
        (link(doc, e) > 0 || is_and(doc, e))
            && (head(e - 1) || ROMANCE_HEADS.contains(doc.key(i)) || (head(i) && inner_link(doc, i, e)))
    };
    if !spans.iter().any(candidate) {
        return;
    }
    let lex = Lexicon::get();
    // The span that starts at token `k`, and whether one holds `k` without starting there.
    let at = |k: usize| {
        let x = ending_after(spans, k);
        spans.get(x).filter(|s| s.first as usize <= k).map(|s| (s.first as usize == k, *s))
    };
    let mut joins: Vec<Span> = Vec::new();
    for a in spans.iter().filter(|s| candidate(s)) {
        let (i, mut e) = (a.first as usize, a.last as usize);
        if joins.last().is_some_and(|j| j.last as usize > i) {
            continue;
        }
        let romance = ROMANCE_HEADS.contains(doc.key(i));
        // ("Dirección General de Aguas": the words no span holds after a Romance head)
        if romance {
            while e < n && capword(doc, e) && !tokens[e].has(LINE_BEFORE) && at(e).is_none() && !tokens[e - 1].has(POSSESSIVE) {
                e += 1;
            }
        }
        // ("and" goes on inside a name with a link: "Ministry of Ports" + "and Marine Transport")
        let mut inner = inner_link(doc, i, e);
        let mut grew = false;
        while e < n && !tokens[e - 1].has(POSSESSIVE) && !tokens[e].has(LINE_BEFORE) {
            let l = link(doc, e);
            // over a link after a head, anywhere after a Romance head, or again after a link
            let over = l > 0 && (head(e - 1) || romance || grew);
            let and = l == 0 && inner && lower_word(doc, e) && is_and(doc, e);
            if !over && !and {
                break;
            }
            // ("de Aguas", a span from the link, read as a surname with its particle, is the
            // words after the link)
            if over && romance {
                if let Some((true, b)) = at(e).filter(|(_, b)| b.last as usize > e + l) {
                    e = b.last as usize;
                    grew = true;
                    inner = true;
                    continue;
                }
            }
            let k = e + if and { 1 } else { l };
            if k >= n || !capword(doc, k) || tokens[k].has(LINE_BEFORE) {
                break;
            }
            // The words after the link: the span that starts there, not a person's, or the
            // capitalised words no span holds.
            // After "and", the span's words and those no span holds after it ("Emergency" +
            // "Management").
            let free = |mut m: usize| {
                while m < n && capword(doc, m) && at(m).is_none() && !tokens[m].has(LINE_BEFORE) && !(m > k && tokens[m - 1].has(POSSESSIVE)) {
                    m += 1;
                }
                m
            };
            let r = match at(k) {
                Some((true, b)) if b.ty != EntityType::Per && !(and && b.canonical.is_some()) => {
                    if and {
                        free(b.last as usize)
                    } else {
                        b.last as usize
                    }
                }
                Some(_) => break,
                None => free(k),
            };
            if and && ((k..r).any(head) || !lex.common.contains(doc.key(r - 1))) {
                break;
            }
            e = r;
            grew = true;
            inner = true;
        }
        if e > a.last as usize {
            joins.push(Span::cue(i, e, EntityType::Org));
        }
    }
    shared::join(out, start, &joins, Overlap::First);
}

/// Heads of a body's name whose field may be two words joined by "and" ([`field_pairs`]): not a
/// party's or a front's ("Labour and Conservative Party leaders" are two parties), nor a union's
/// or a bank's, which a place or a club also opens.
const FIELD_HEADS: WordSet = words![
    "academy", "agency", "association", "authority", "board", "bureau", "commission", "committee", "confederation",
    "council", "federation", "foundation", "institute", "society",
];

/// A body's name whose field is two words joined by "and" (acc21): "International Ski and
/// Snowboard Federation", "National Rowing and Canoe Association", which a tagger cut at "and"
/// (a person's or an organisation's span before it, an organisation's after it). The span before
/// "and" is capitalised words only, none of them a listed given name, a head of a body's name or
/// in capitals, from no list, in the same sentence; the span after it is an organisation's, from
/// no list, ending in a [`FIELD_HEADS`] word and opening with no head ("Ministry of Health and
/// Ministry of Finance" stay two).
pub(crate) fn field_pairs(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let right = |b: &Span| {
        let (i, e) = (b.first as usize, b.last as usize);
        b.ty == EntityType::Org
            && b.canonical.is_none()
            && e - i >= 2
            && i >= 2
            && doc.word(i - 1) == "and"
            && FIELD_HEADS.contains(doc.key(e - 1))
            && (i..e - 1).all(|k| capword(doc, k) && !INSTITUTION_HEADS.contains(doc.key(k)))
    };
    if !out[start..].iter().any(right) {
        return;
    }
    let lex = Lexicon::get();
    let mut joins = Vec::new();
    for x in start + 1..out.len() {
        let (a, b) = (out[x - 1], out[x]);
        let (i, e) = (a.first as usize, a.last as usize);
        if !right(&b)
            || e + 1 != b.first as usize
            || a.canonical.is_some()
            || a.evidence == Evidence::Gazetteer
            || tokens[e - 1].has(POSSESSIVE)
            || doc.sentence_of(i) != doc.sentence_of(b.first as usize)
            || !(i..e).all(|k| capword(doc, k) && !tokens[k].has(ALL_CAPS) && !INSTITUTION_HEADS.contains(doc.key(k)) && !lex.listed(doc.key(k), lists::GIVEN))
        {
            continue;
        }
        joins.push(Span::cue(i, b.last as usize, EntityType::Org));
    }
    shared::join(out, start, &joins, Overlap::First);
}
