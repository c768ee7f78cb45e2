//! Organisations whose names hold a place before their kind (issue #5, acc26): "the Nile Basin
//! Initiative", "the Kazakhstan Tennis Federation", "the United States Geological Survey", "the
//! Lesotho Highlands Water Project". The place's words weigh more than the kind's in both
//! taggers: the model reads the whole name as a place, the rule tagger the place and the rest as
//! two names ("Nile" and "Basin Initiative", "United States" and "Geological Survey" a person).
//! After either tagger, a name of two words or more that ends in an organisation's kind
//! ([`KINDS`]), capitalised, and holds a listed place before it is one organisation: a span read
//! as a place is retyped, and a listed place's span is joined to the span right after it, in its
//! sentence, that ends so. A listed name ("Soviet Union") keeps its list's type; a place's kind
//! ("Province", "Area", "Centre") is no organisation's.

use crate::text::segment::POSSESSIVE;
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::national_bodies::place;
use super::shared::{capword, join, Overlap};
use super::{EntityType, Evidence, Span};

/// Last words of an organisation's name that no place's name ends in.
const KINDS: WordSet = words![
    "initiative", "project", "survey", "federation", "confederation", "association", "authority", "agency", "commission",
    "committee", "council", "institute", "university", "foundation", "fund", "programme", "program", "corporation",
    "company", "research", "society", "alliance", "league", "movement", "bureau", "board", "service", "secretariat",
    "trust", "forum", "academy", "incorporated", "union", "bank",
];

/// At most this many words in a listed place ("Bosnia and Herzegovina" is three).
const PLACE_WORDS: usize = 4;

/// Whether span `s` ends in a capitalised word of [`KINDS`] after a word of its own, and is no
/// listed name.
fn ends_in_kind(doc: &Doc<'_>, s: &Span) -> bool {
    let (i, j) = (s.first as usize, s.last as usize);
    j >= i + 2 && s.canonical.is_none() && s.evidence != Evidence::Gazetteer && capword(doc, j - 1) && KINDS.contains(doc.key(j - 1))
}

/// Whether tokens `[a, b)` are a listed place, not in the possessive: "Peru's National Water
/// Authority" is the country's authority, named without it.
fn own_place(doc: &Doc<'_>, a: usize, b: usize, key: &mut String) -> bool {
    !doc.seg.tokens[b - 1].has(POSSESSIVE) && place(doc, a, b, key)
}

/// Whether a listed place ([`own_place`]) starts at one of tokens `[i, j)` and ends by `j`.
fn holds_place(doc: &Doc<'_>, i: usize, j: usize, key: &mut String) -> bool {
    (i..j).any(|a| capword(doc, a) && (a + 1..=(a + PLACE_WORDS).min(j)).any(|b| own_place(doc, a, b, key)))
}

/// Retypes and joins the spans `out[start..]` the module's doc describes.
/// (Never inlined: one copy, whose cost a profile shows on its own.)
#[inline(never)]
pub(crate) fn held_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut key = String::new();
    let mut joins = Vec::new();
    for x in start..out.len() {
        let s = out[x];
        // (the cheap tests first: a span that ends in a kind's word)
        if s.ty == EntityType::Misc || !ends_in_kind(doc, &s) {
            continue;
        }
        let (i, j) = (s.first as usize, s.last as usize);
        if doc.seg.sentences[doc.sentence_of(i)].kind != SegmentKind::Body {
            continue;
        }
        if s.ty == EntityType::Loc && holds_place(doc, i, j - 1, &mut key) {
            out[x] = Span { ty: EntityType::Org, evidence: Evidence::Cue, canonical: None, ..s };
            continue;
        }
        // The place is the span right before, in the same sentence: "United States" + "Geological
        // Survey".
        let Some(p) = x.checked_sub(1).filter(|&p| p >= start).map(|p| out[p]) else { continue };
        let (a, b) = (p.first as usize, p.last as usize);
        if p.ty == EntityType::Loc && b == i && doc.sentence_of(a) == doc.sentence_of(i) && own_place(doc, a, b, &mut key) {
            joins.push(Span::cue(a, j, EntityType::Org));
        }
    }
    join(out, start, &joins, Overlap::First);
}
