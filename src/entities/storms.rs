//! A named storm is MISC (issue #5, session 21): "Cyclone Idai", "Hurricane Maria", "Typhoon
//! Haiyan", "Tropical Storm Alberto", "CYCLONE NDIRA" in a headline, and its name alone later,
//! "the rains Idai brought", is the storm too. Neither tagger knows the storm's word: the model
//! reads the name as a person's ("Idai") or the word and name as one, of any type; a storm named
//! after a city ("Hurricane Florence") is that city for a gazetteer. After either tagger, a span
//! of the name after a capitalised storm's word (a cyclone's, hurricane's or typhoon's; "Storm"
//! inside a sentence or after "Tropical") in the same sentence, or of the word and the name, is
//! one storm with the word (and "Tropical", "Super" or "Severe" before it), as our fixtures name
//! it; CoNLL-2003 types the name alone MISC. Each other span of the name alone is the storm.

use crate::text::segment::CAP;
use crate::text::{Doc, SegmentKind};

use super::shared::{join, retype_languages, Overlap};
use super::{EntityType, Span};

/// Whether a counting key is a storm's word: the last before the name of a storm's span that
/// `alias.rs` joins the name alone to.
pub(crate) fn storm_key(key: &str) -> bool {
    matches!(key, "cyclone" | "hurricane" | "typhoon" | "storm")
}

/// Whether token `k` is a storm's word, capitalised: "Cyclone", "HURRICANE", "Typhoon"; "Storm"
/// only after "Tropical" or outside a headline ("Storm Ciarán hit Cornwall", but a headline's
/// "Storm Brings Floods" is a word).
fn storm_word(doc: &Doc<'_>, k: usize) -> bool {
    // (the word's first letter and length first: this runs on the words around every span)
    let t = &doc.seg.tokens[k];
    t.has(CAP)
        && (5..=9).contains(&(t.end() - t.start))
        && matches!(doc.text.as_bytes()[t.start as usize], b'C' | b'H' | b'T' | b'S')
        && storm_key(doc.key(k))
        && (doc.key(k) != "storm"
            || (k > 0 && doc.key(k - 1) == "tropical")
            || doc.seg.sentences[doc.sentence_of(k)].kind == SegmentKind::Body)
}

/// The first token of the storm's name whose word is token `k`: "Tropical", "Super" or "Severe"
/// before it, capitalised, in the same sentence, are the name's.
fn storm_start(doc: &Doc<'_>, k: usize) -> usize {
    let mut a = k;
    while a > 0
        && doc.seg.tokens[a - 1].has(CAP)
        && matches!(doc.key(a - 1), "tropical" | "super" | "severe")
        && doc.sentence_of(a - 1) == doc.sentence_of(k)
    {
        a -= 1;
    }
    a
}

/// Joins and retypes the storms in spans `out[start..]` the module's doc describes.
pub(crate) fn storms(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut joins: Vec<Span> = Vec::new();
    let mut names: Vec<(usize, usize)> = Vec::new();
    for s in &out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        // The word and the name read as one span ("Cyclone Idai", "CYCLONE NDIRA").
        let word = (j - i >= 2 && storm_word(doc, j - 2)).then(|| j - 2);
        // The name alone, the word before it: the span widens to hold the word.
        let word = word.or_else(|| (j - i == 1 && i > 0 && storm_word(doc, i - 1) && doc.sentence_of(i - 1) == doc.sentence_of(i)).then(|| i - 1));
        let Some(k) = word else { continue };
        // (a name's only words: not "National Hurricane Center", whose span opens before them)
        let a = storm_start(doc, k);
        if i < a || !doc.seg.tokens[j - 1].has(CAP) {
            continue;
        }
        names.push((j - 1, j));
        if !(s.first as usize == a && s.ty == EntityType::Misc) {
            joins.push(Span::cue(a, j, EntityType::Misc));
        }
    }
    if names.is_empty() {
        return;
    }
    join(out, start, &joins, Overlap::Widen);
    // Each other span of the name alone is the storm.
    let plain = |s: &Span| s.last - s.first == 1 && s.ty != EntityType::Misc && s.canonical.is_none();
    retype_languages(doc, &mut out[start..], names, &plain);
}
