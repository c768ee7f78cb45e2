//! A sentence's opening "The" is no part of the name after it (issue #5, session 18): "The
//! Helsinki Foundation for Human Rights, a Warsaw-based group, said …" names "Helsinki
//! Foundation for Human Rights", as "the" inside a sentence is left out. The model sometimes
//! takes the capitalised article into a name it has never seen; after either tagger, a span of
//! two words or more that opens with its sentence's "The", from no list (which holds "The
//! Hague" and "The Gambia" whole), starts after it.

use crate::text::Doc;

use super::{Evidence, Span};

/// Moves the starts of the spans `out[start..]` the module's doc describes.
pub(crate) fn leading_the(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    for s in &mut out[start..] {
        let i = s.first as usize;
        if s.last as usize - i >= 2 && s.evidence != Evidence::Gazetteer && s.canonical.is_none() && doc.word(i) == "The" && doc.opens_sentence(i) {
            s.first += 1;
        }
    }
}
