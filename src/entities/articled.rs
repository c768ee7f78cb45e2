//! A name after "the" is no person's (issue #5, acc22): "shares fell on the Borsa Valletta", "an
//! officer of the Guardia Rural said", "bonds arranged by the Kessler Group". English puts no
//! article before a person's name, but a tagger that reads two capitalised words no list holds
//! as a person's does not look back at it. After either tagger, a span read as a person, from no
//! list, whose word before is a lower-case "the" and whose first word is no listed given name or
//! title, is an organisation, where the phrase ends with it: a comma, a stop, or a word of those
//! that follow a name as subject or object ([`AFTER`]: "the Borsa Valletta before", "the Guardia
//! Rural said"), not a noun the name describes ("the Clinton administration", "the Mandela
//! years", where the name is a person's).
//!
//! The other way round (issue #5, fix22): "who" follows a person's name, so a span of two or
//! three capitalised words the model read as an organisation, from no list, right after a
//! lower-case "the" and right before a lower-case "who", none of its words an organisation's,
//! a place's or a company's ending word, is a person's ("not the Kamau Otieno who campaigned").

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::SPEECH;
use super::{EntityType, Evidence, Span};

/// Lower-case words that may follow a name that ends its phrase: prepositions, conjunctions,
/// auxiliaries and a few verbs. Not "who", which follows a person's name ("not the Obama who
/// campaigned in 2008", review21).
const AFTER: WordSet = words![
    "before", "after", "on", "in", "at", "for", "to", "of", "and", "or", "but", "has", "had", "have", "is", "was", "were",
    "are", "will", "would", "could", "can", "may", "might", "should", "which", "that", "with", "from", "by", "as",
    "since", "until", "over", "under", "against", "last", "this", "run", "runs", "ran", "did", "does", "also",
];

/// Retypes as organisations the spans `out[start..]` the module's doc describes.
pub(crate) fn articled(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lex = Lexicon::get();
    for s in &mut out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        if s.ty == EntityType::Org && j - i >= 2 && j - i <= 3 && i > 0 && j < n && doc.word(i - 1) == "the" && doc.word(j) == "who" {
            if s.evidence != Evidence::Gazetteer
                && s.canonical.is_none()
                && (i..j).all(|k| tokens[k].has(CAP) && !lex.listed(doc.key(k), lists::ORG_CUE | lists::LOC_CUE | lists::COMPANY | lists::STOPWORD))
            {
                s.ty = EntityType::Per;
                s.evidence = Evidence::Cue;
            }
            continue;
        }
        if s.ty != EntityType::Per || i == 0 || doc.word(i - 1) != "the" || s.evidence == Evidence::Gazetteer || s.canonical.is_some() {
            continue;
        }
        if lex.listed(doc.key(i), lists::GIVEN | lists::TITLE | lists::STARTS_TITLE) {
            continue;
        }
        let ends = j >= n || tokens[j].kind != TokenKind::Word || {
            let key = doc.key(j);
            !tokens[j].has(CAP) && (AFTER.contains(key) || SPEECH.contains(key))
        };
        if ends {
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
        }
    }
}
