//! Rules both taggers read alike, each on its own representation (the rule tagger on its spans,
//! the model's decoding on its tags): the rule here finds where, a tagger's view says what it
//! knows of a word, and each tagger applies the result its own way.

use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, Sentence, TokenKind};

use super::detect::CALENDAR;

/// Whether token `i` of `doc` is a capitalised word.
pub(crate) fn capword(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word && t.has(CAP)
}

/// The parenthesis of a dateline that names who sent the story ("HARARE, Zimbabwe, May 12
/// (Savanna Wire) —"), as the tokens of its opening and closing brackets: the dateline `s`
/// opens with a capitalised word in capitals, and the parenthesis holds only capitalised words
/// and no day or month ("GENEVA (Friday) —" has none).
pub(crate) fn dateline_sender(doc: &Doc<'_>, s: &Sentence) -> Option<(usize, usize)> {
    let (first, end) = (s.first as usize, s.last as usize);
    if s.kind != SegmentKind::Dateline {
        return None;
    }
    let open = (first + 1..end).find(|&k| doc.word(k) == "(")?;
    let close = (open + 1..end).find(|&k| doc.word(k) == ")")?;
    let name = |k: usize| capword(doc, k) && !CALENDAR.contains(&doc.key(k));
    (doc.seg.tokens[first].has(ALL_CAPS) && capword(doc, first) && close > open + 1 && (open + 1..close).all(name)).then_some((open, close))
}

/// What a tagger knows of the words of "X and Y's" (see [`and_companies`]).
pub(crate) trait AndView {
    /// Word `k` may be a word of a company's name: a capitalised word, no stopword, title's
    /// first word, day or month, nor (as the tagger reads it) a gazetteer entry.
    fn word(&self, k: usize) -> bool;
    /// The token before word `x` opens a quote, a parenthesis or a clause, as the tagger reads
    /// openers (its sentence's first word opens one anyway).
    fn opens(&self, x: usize) -> bool;
    /// Word `x` may start a company's name: no given name nor, as the tagger read it, a
    /// person's name of its own or a name inside a longer one; and at a sentence's start
    /// (`initial`) no ordinary word.
    fn first(&self, x: usize, initial: bool) -> bool;
    /// Word `y` may end one: no name inside a longer one as the tagger read it.
    fn second(&self, y: usize) -> bool;
    /// Token `i`, which holds a word of a pair, names a person or a place as the tagger read the
    /// text; `joined` when it stands joined by "and" to the other word of a pair.
    fn named(&self, i: usize, joined: bool) -> bool;
    /// The words either side of the "and" at `k`, each a word of a pair that stands, may be
    /// joined into one name.
    fn joins(&self, k: usize) -> bool;
}

/// Two capitalised words joined by "and", the second with a possessive, are in prose often one
/// company's name, written without its ampersand: "Procter and Gamble's profits", "Marks and
/// Spencer's stores"; and so is every join of the same two words in the prose ("Marks and
/// Spencer said"). Not where either word is known as a name of its own ([`AndView`]): a
/// gazetteer entry ("Kenya and Uganda's"), a given name first ("Ben and Jerry's"; second, it is
/// as often a surname: "Spencer"), a word the document names a person or a place with elsewhere
/// ("President William Ruto … Ruto and Odinga's rivalry"); nor where the first is an ordinary
/// word whose capital only opens the sentence ("Critics and Smith's supporters"), or follows
/// another capitalised word (a name's last word, not a company's first).
///
/// Returns the tokens of the "and"s that join such a pair, in order. (A possessive written
/// apart, as in CoNLL-2003's "Gamble 's", is not read here.)
pub(crate) fn and_companies(doc: &Doc<'_>, view: &impl AndView) -> Vec<usize> {
    let tokens = &doc.seg.tokens;
    let Some(and) = doc.key_number("and") else { return Vec::new() };
    let ids = doc.key_ids(0..tokens.len());
    let prose = || doc.seg.sentences.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| (s.first as usize, s.last as usize));
    let mut pairs = Vec::new();
    for (first, end) in prose() {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = doc.find_key(from..end - 1, and) else { break };
            let (x, y) = (k - 1, k + 1);
            from = y;
            if tokens[k].has(CAP) || !tokens[y].has(POSSESSIVE) || tokens[x].has(POSSESSIVE) || !view.word(x) || !view.word(y) {
                continue;
            }
            let initial = x == first || view.opens(x);
            if (!initial && capword(doc, x - 1) && !tokens[x - 1].has(POSSESSIVE)) || !view.first(x, initial) || !view.second(y) {
                continue;
            }
            pairs.push((x, y));
        }
    }
    if pairs.is_empty() {
        return Vec::new();
    }
    // Per key number: 1 for a pair's first word, 2 for a second, 4 for one the document names a
    // person or a place with (see `AndView::named`), 8 and 16 for the words of the pairs that
    // stand. (No hash set of the pairs: one made the .wasm several KB larger.)
    let (left, right, known) = (1u8, 2u8, 4u8);
    let mut mark = vec![0u8; doc.key_count()];
    for &(x, y) in &pairs {
        mark[ids.get(x) as usize] |= left;
        mark[ids.get(y) as usize] |= right;
    }
    let pair = |mark: &[u8], a: u32, b: u32| mark[a as usize] & left != 0 && mark[b as usize] & right != 0;
    let joined = |i: usize| (i + 2 < ids.len() && ids.get(i + 1) == and && pair(&mark, ids.get(i), ids.get(i + 2))) || (i >= 2 && ids.get(i - 1) == and && pair(&mark, ids.get(i - 2), ids.get(i)));
    let mut seen = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if mark[id as usize] != 0 && view.named(i, joined(i)) {
            seen.push(id);
        }
    }
    for id in seen {
        mark[id as usize] |= known;
    }
    pairs.retain(|&(x, y)| (mark[ids.get(x) as usize] | mark[ids.get(y) as usize]) & known == 0);
    if pairs.is_empty() {
        return Vec::new();
    }
    for &(x, y) in &pairs {
        mark[ids.get(x) as usize] |= 8;
        mark[ids.get(y) as usize] |= 16;
    }
    let mut joins = Vec::new();
    for (first, end) in prose() {
        for k in first + 1..end.saturating_sub(1) {
            if ids.get(k) == and && mark[ids.get(k - 1) as usize] & 8 != 0 && mark[ids.get(k + 1) as usize] & 16 != 0 && view.joins(k) {
                joins.push(k);
            }
        }
    }
    joins
}
