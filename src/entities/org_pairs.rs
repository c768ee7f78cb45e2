//! Two organisations joined by "and", the first named "<head> of <place>" (acc23): "the
//! University of Ghana and Ashesi University", "the Development Bank of Rwanda and KCB". Both
//! taggers run the capitals on over the "and" into one name, as they must for "the Ministry of
//! Trade and Industry"; but a name that ends in its place is whole, and what follows the "and" is
//! another organisation when it is one by its own words: it ends in an organisation's word
//! ("University", "Bank") or is an acronym. "Federation of Bosnia and Herzegovina" (a place over
//! "and") stays one name.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::ALL_CAPS;
use crate::text::Doc;

use super::shared::{capword, phrase_key, split_spans};
use super::{EntityType, Evidence, Span};

/// At most this many words in the place after "of" ("Papua New Guinea" is three).
const PLACE_WORDS: usize = 3;

/// Where span `s` (an organisation's, no list's entry) splits in two over its "and": the token of
/// the "and", if the words before it are "<head> of <place>" (the head an organisation's word, the
/// place listed) and the words after it name an organisation of their own.
fn split_at(doc: &Doc<'_>, s: &Span, key: &mut String) -> Option<usize> {
    let (first, last) = (s.first as usize, s.last as usize);
    let lex = Lexicon::get();
    let and = (first + 3..last - 1).find(|&k| doc.word(k) == "and")?;
    // The words after it: capitalised, ending in an organisation's word, or one acronym.
    let tokens = &doc.seg.tokens;
    let acronym = last == and + 2 && tokens[and + 1].has(ALL_CAPS) && doc.word(and + 1).len() >= 2;
    if !(and + 1..last).all(|k| capword(doc, k)) || !(acronym || (last >= and + 3 && lex.listed(doc.key(last - 1), lists::ORG_CUE))) {
        return None;
    }
    // The words before it: an organisation's word, then "of" and a listed place that ends there
    // (and no listed place over the "and": "Bosnia and Herzegovina").
    let of = (and.saturating_sub(PLACE_WORDS + 1).max(first + 1)..and - 1).rev().find(|&k| doc.word(k) == "of")?;
    let place = |i: usize, j: usize, key: &mut String| lex.listed_place(phrase_key(doc, i, j, key), tokens[i].has(ALL_CAPS)).is_some();
    let head = (first..of).any(|k| lex.listed(doc.key(k), lists::ORG_CUE));
    let over = (and + 2..=last.min(of + 1 + PLACE_WORDS + 2)).any(|j| place(of + 1, j, key));
    (head && place(of + 1, and, key) && !over).then_some(and)
}

/// Splits each organisation's span the module's doc describes into two organisations.
pub(crate) fn org_pairs(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    // (the cheap test first: an organisation's span of five words or more, no list's entry)
    let candidate = |s: &Span| s.ty == EntityType::Org && s.last >= s.first + 5 && s.canonical.is_none();
    if !out[start..].iter().any(candidate) {
        return;
    }
    let mut key = String::new();
    let splits: Vec<(usize, usize)> =
        (start..out.len()).filter(|&x| candidate(&out[x])).filter_map(|x| split_at(doc, &out[x], &mut key).map(|and| (x, and))).collect();
    split_spans(out, start, &splits, Some(Evidence::Cue));
}
