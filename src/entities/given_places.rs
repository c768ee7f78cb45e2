//! A place's name that is also a given name, right before a name, opens a person's name (issue
//! #5, acc22): "Santiago Ferreyra Lugo of the visiting team", "Florence Wanjiru, a nurse", "Victoria
//! Okafor said". The gazetteer reads the first word as the city and either tagger reads the rest
//! as a person (or, the surname alone, an organisation), so the full name, and the shorter form
//! joined to it, are lost. After either tagger, a place of one word that the lists hold as a
//! given name as well ("Santiago", "Florence", "Victoria"), in body text, not after a preposition
//! of place ("in", "from", …) and not a sentence's dateline, followed with nothing between by a
//! span read as a person or, of two words or three, as an organisation (from no list, with no
//! organisation's or place's word), is one person's name with it.

use crate::lexicon::{lists, Lexicon};
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::shared::{join, Overlap};
use super::{EntityType, Evidence, Span};

/// Prepositions of place before a place ("in Florence Smith's …" is not read as a name).
const BEFORE: WordSet = words!["in", "from", "at", "to", "near", "of", "via", "towards", "toward", "outside", "across"];

/// Joins into persons the spans `out[start..]` the module's doc describes.
pub(crate) fn given_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let mut joins: Vec<Span> = Vec::new();
    for pair in out[start..].windows(2) {
        let (p, s) = (pair[0], pair[1]);
        let (i, j) = (p.first as usize, s.last as usize);
        if p.ty != EntityType::Loc || p.last != p.first + 1 || s.first != p.last || !lex.listed(doc.key(i), lists::GIVEN_AMBIGUOUS) {
            continue;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(i)];
        if sentence.kind != SegmentKind::Body || doc.sentence_of(j - 1) != doc.sentence_of(i) || (i > 0 && BEFORE.contains(doc.key(i - 1))) {
            continue;
        }
        let words = j - s.first as usize;
        let plain = s.evidence != Evidence::Gazetteer
            && s.canonical.is_none()
            && (s.first as usize..j).all(|k| !lex.listed(doc.key(k), lists::ORG_CUE | lists::COMPANY | lists::LOC_CUE));
        let person = s.ty == EntityType::Per || (s.ty == EntityType::Org && (2..=3).contains(&words));
        if plain && person && words <= 3 {
            joins.push(Span::cue(i, j, EntityType::Per));
        }
    }
    join(out, start, &joins, Overlap::First);
}
