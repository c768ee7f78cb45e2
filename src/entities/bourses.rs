//! A stock exchange named in its own language is an organisation (issue #5, session 21): "Oslo
//! Børs", "Deutsche Börse", "Borsa Italiana", "Borsa Istanbul", "Bolsa Mexicana", "the Bourse de
//! Casablanca", "Bolsa de Valores de Lima". English business news keeps these names; the taggers
//! read the place in them as a place and the exchange's word as a person's name or nothing. After
//! either tagger, a span holding a capitalised exchange's word ([`BOURSES`]) is an organisation,
//! with the place's or demonym's span just before it where the word ends it ("Oslo" + "Børs"), and
//! with the span just after it, or after a particle ("de", "di"), where the word opens it
//! ("Bourse de" + "Casablanca", "Borsa" + "Istanbul").

use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::shared::{join, Overlap};
use super::{EntityType, Span};

/// An exchange's word in the languages of Europe and Latin America.
const BOURSES: WordSet = words!["Børs", "Börse", "Borsa", "Bolsa", "Bourse", "Beurs", "Burza", "Birža", "Bors"];

/// Joins into organisations the exchanges in spans `out[start..]` the module's doc describes.
pub(crate) fn bourses(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let spans = &out[start..];
    // (the word's first letter and length first: this runs on both ends of every span)
    let bourse = |k: usize| {
        let t = &doc.seg.tokens[k];
        doc.text.as_bytes()[t.start as usize] == b'B' && (4..=7).contains(&(t.end() - t.start)) && BOURSES.contains(doc.word(k))
    };
    let particle = |k: usize| matches!(doc.word(k), "de" | "di" | "du" | "des" | "del" | "do" | "da");
    let mut joins: Vec<Span> = Vec::new();
    for (x, s) in spans.iter().enumerate() {
        let (i, j) = (s.first as usize, s.last as usize);
        let (last, first) = (bourse(j - 1), bourse(i));
        if !(last || first) || (i..j).any(|k| doc.sentence_of(k) != doc.sentence_of(i)) {
            continue;
        }
        let (mut a, mut b) = (i, j);
        // "Oslo" + "Børs": a place or a people's word just before.
        if let Some(p) = x.checked_sub(1).map(|y| spans[y]) {
            if last && p.last as usize == i && matches!(p.ty, EntityType::Loc | EntityType::Misc) {
                a = p.first as usize;
            }
        }
        // "Bourse de" + "Casablanca", "Bolsa" + "de" + "Lima": the name after it.
        if let Some(q) = spans.get(x + 1) {
            let after = q.first as usize;
            // (or a span the tagger opened with the particle: "Bolsa" + "de Valores de Lima")
            // (or a place or people's word right after it: "Borsa" + "Istanbul")
            let place = matches!(q.ty, EntityType::Loc | EntityType::Misc);
            if first && (after == j && (particle(j - 1) || particle(after) || place) || after == j + 1 && particle(j)) {
                b = q.last as usize;
            }
        }
        if a != i || b != j || s.ty != EntityType::Org {
            joins.push(Span::cue(a, b, EntityType::Org));
        }
    }
    join(out, start, &joins, Overlap::Widen);
}
