//! A name with a possessive inside it (issue #5, session 15): "the Foreign Investors' Council",
//! "the Ombudsman's Office", "the Market Women's Association", "Queen's Park". Both taggers end
//! a name at a possessive ("Kenya's Foreign Ministry" is two names) and so cut these in two; the
//! possessive word here is a common noun or a title, not a name of its own, and the words after
//! it end in an institution's or a park's word.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE, SPACE_BEFORE};
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::model::INSTITUTION_HEADS;
use super::shared::{ending_after, join, Overlap};
use super::{EntityType, Evidence, Span};

/// Last words of a place's name that may follow a possessive ("Queen's Park").
const PLACE_HEADS: WordSet = words!["park", "square", "gardens"];

/// The most capitalised words on either side of the possessive.
const SIDE: usize = 3;

/// Joins into one name the spans of `out[start..]` over a possessive word that is a common noun,
/// a title or a plural ("Investors'"), no gazetteer's and no given name, when capitalised words
/// after it end in an institution's word (an organisation after "the": "the Ombudsman's Office")
/// or a park's (a place: "Queen's Park"), with up to two capitalised words before it, no stopword
/// ("Foreign Investors' Council"). Prose only; not in capitals; every span the name meets lies
/// inside it.
pub(crate) fn possessive_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lex = Lexicon::get();
    let cap = |k: usize| k < n && tokens[k].kind == TokenKind::Word && tokens[k].has(CAP) && !tokens[k].has(ALL_CAPS);
    let mut joins: Vec<Span> = Vec::new();
    let spans = &out[start..];
    // (the cheap test first: a capitalised possessive word before a capitalised word; a plural's
    // apostrophe is a token of its own, "Investors" + "'")
    for k in 0..n.saturating_sub(1) {
        if !cap(k) {
            continue;
        }
        let plural = !tokens[k].has(POSSESSIVE) && k + 2 < n && matches!(doc.word(k + 1), "'" | "\u{2019}") && !tokens[k + 1].has(SPACE_BEFORE) && doc.word(k).ends_with('s');
        let next = if plural { k + 2 } else { k + 1 };
        if !((plural || tokens[k].has(POSSESSIVE)) && cap(next)) {
            continue;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        if sentence.kind != SegmentKind::Body || joins.last().is_some_and(|b| b.last as usize > k) {
            continue;
        }
        let (first, end) = (sentence.first as usize, sentence.last as usize);
        // The words after it, to a word not capitalised.
        let mut e = next;
        while e < end && e - next < SIDE && cap(e) && !tokens[e].has(POSSESSIVE) {
            e += 1;
        }
        if e < end && cap(e) {
            continue;
        }
        let last = doc.key(e - 1);
        let ty = if INSTITUTION_HEADS.contains(last) {
            EntityType::Org
        } else if PLACE_HEADS.contains(last) {
            EntityType::Loc
        } else {
            continue;
        };
        // The possessive word: a plural's ("Investors'"), a common word's or a title's, or one a
        // tagger read as an organisation no list holds ("Ombudsman's"); no given name.
        let key = doc.key(k);
        let from = ending_after(spans, k);
        let org = spans.get(from).is_some_and(|s| s.first as usize <= k && s.ty == EntityType::Org);
        if lex.listed(key, lists::GIVEN | lists::GIVEN_AMBIGUOUS) || !(plural || org || lex.listed(key, lists::COMMON | lists::TITLE | lists::STARTS_TITLE)) {
            continue;
        }
        // Back over up to two capitalised words before it, not past the sentence's first word.
        // (nor into the name joined before it)
        let floor = joins.last().map_or(first, |b| (b.last as usize).max(first));
        let mut a = k;
        while a > floor && k - a < SIDE - 1 && cap(a - 1) && !tokens[a - 1].has(POSSESSIVE) && !lex.stopwords.contains(doc.key(a - 1)) {
            a -= 1;
        }
        // An institution's name after "the" ("the Ombudsman's Office"): a company's possessive
        // before one is no article's ("Shell's Compliance Department" is Shell's department).
        if ty == EntityType::Org && !(a > first && doc.key(a - 1) == "the") {
            continue;
        }
        // Every span meeting [a, e) lies inside it, and none holding the possessive word is a
        // gazetteer's ("Kenya's Foreign Ministry").
        let from = ending_after(spans, a);
        let mut inside = spans[from..].iter().take_while(|s| (s.first as usize) < e);
        if !inside.all(|s| s.first as usize >= a && s.last as usize <= e && !((s.first as usize..s.last as usize).contains(&k) && (s.evidence == Evidence::Gazetteer || s.canonical.is_some()))) {
            continue;
        }
        joins.push(Span::cue(a, e, ty));
    }
    join(out, start, &joins, Overlap::First);
}
