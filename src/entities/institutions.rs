//! Long institutions' names with "for … and … of the …" (issue #5, session 18): "Agency for
//! Reconstruction and Development of the Northern Provinces", "Office for Democratic
//! Institutions and Human Rights". A tagger cuts such a name where its lists or its features
//! end, leaving the rest a name of its own ("Northern Provinces" as a person, "Human Rights" as
//! a person). After either tagger, an organisation whose name holds "for" between capitalised
//! words goes on over "of" or "of the" to the name right after it, and over "and" to one of
//! three words or fewer that no list holds and that opens with no given name ("and John Mensah
//! said" stays a person); as often as such names follow.

use crate::lexicon::{lists, Lexicon};
use crate::text::{Doc, SegmentKind};

use super::{EntityType, Evidence, Span};

/// Joins the spans `out[start..]` the module's doc describes.
pub(crate) fn long_institutions(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    // (the cheap test first: an organisation with "for" inside)
    let long = |s: &Span| s.ty == EntityType::Org && s.last - s.first >= 3 && (s.first as usize + 1..s.last as usize - 1).any(|k| doc.key(k) == "for");
    if !out[start..].iter().any(long) {
        return;
    }
    let mut w = start;
    for r in start..out.len() {
        let t = out[r];
        if w > start && long(&out[w - 1]) && doc.seg.sentences[doc.sentence_of(t.first as usize)].kind == SegmentKind::Body {
            let (end, a, b) = (out[w - 1].last as usize, t.first as usize, t.last as usize);
            let of = (a == end + 1 && doc.key(end) == "of") || (a == end + 2 && doc.key(end) == "of" && doc.key(end + 1) == "the");
            let and = a == end + 1
                && doc.key(end) == "and"
                && b - a <= 3
                && t.evidence != Evidence::Gazetteer
                && t.canonical.is_none()
                && !Lexicon::get().listed(doc.key(a), lists::GIVEN);
            if (of && b - a <= 4) || and {
                let s = &mut out[w - 1];
                s.last = t.last;
                s.canonical = None;
                s.evidence = Evidence::Cue;
                continue;
            }
        }
        out[w] = t;
        w += 1;
    }
    out.truncate(w);
}
