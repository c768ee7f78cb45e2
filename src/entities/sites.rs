//! An oil or gas field or an ore deposit named before its lower-case kind is a place (issue #5,
//! session 21): "the Camisea field", "the Kashagan oilfield", "the Simandou deposit". Mining and
//! energy news names them often; the taggers read such a name, which no list holds, as a
//! company's where it stands alone ("Camisea supplies most of the gas"). After either tagger, a
//! span of one to three words no list holds, not a person's, right before a lower-case site's
//! word ([`SITES`]) and after "the" or a lower-case word, with no possessive, is a place, and so
//! is each other span of its words no list holds, not a person's. ("Mine" and "concession" are
//! no such words: "the Anglo American mine" is the company's.)

use crate::text::segment::{CAP, POSSESSIVE};
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::retype_found;
use super::{EntityType, Span};

/// Lower-case kinds of a site after its name.
const SITES: WordSet = words!["field", "oilfield", "gasfield", "fields", "oilfields", "gasfields", "deposit", "deposits"];

/// A span these cues may read or retype: of three words or fewer, no person's, from no list.
fn plain(s: &Span) -> bool {
    s.last - s.first <= 3 && s.ty != EntityType::Per && s.unlisted()
}

/// Retypes as places the sites in spans `out[start..]` the module's doc describes.
pub(crate) fn sites(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lower = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for s in &out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the word after first, its first letter: this runs on every span)
        if !lower(j) || !matches!(doc.text.as_bytes()[tokens[j].start as usize], b'f' | b'd' | b'o' | b'g') || !plain(s) || i == 0 || !lower(i - 1) || tokens[j - 1].has(POSSESSIVE) || !SITES.contains(doc.key(j)) {
            continue;
        }
        found.push((i, j));
    }
    if !found.is_empty() {
        let spans = &mut out[start..];
        retype_found(doc, spans, found, &plain, EntityType::Loc);
    }
}
