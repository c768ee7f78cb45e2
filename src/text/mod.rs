//! Text: segmentation into tokens, sentences and paragraphs, and normalisation of words.

pub(crate) mod normalize;
pub(crate) mod segment;
mod words;

use std::borrow::Cow;

pub use segment::{Segmented, SegmentKind, Sentence, Token, TokenKind, MAX_TOKEN_BYTES};

use crate::hash::FxMap;
use crate::lexicon::Lexicon;

/// A document cut into tokens and sentences, with each token's counting key.
///
/// Keys are interned: each distinct key is stored once and numbered, so counting needs no hashing
/// and a capitalised word costs one lower-case copy per document, not one per occurrence.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    /// The text.
    pub text: &'a str,
    /// Tokens, sentences, paragraphs.
    pub seg: Segmented,
    /// Per token: the number of its counting key, in as few bytes as the largest number needs.
    ids: KeyNumbers,
    /// The distinct counting keys ([`crate::term_key`]), by number, in order of first appearance.
    keys: Vec<Cow<'a, str>>,
    /// The numbers of the keys of [`SOUGHT`], found as the keys are numbered.
    sought: [Option<u32>; SOUGHT.len()],
}

/// Keys whose numbers the entity rules search the tokens for ("and" joins names, "&" company
/// names): looked up once, while the keys' map is at hand, not by a walk over the keys.
const SOUGHT: [&str; 2] = ["and", "&"];

impl<'a> Doc<'a> {
    /// Segments `text` and computes its token keys.
    ///
    /// ```
    /// let doc = textlens::Doc::new("Kenya’s talks. They ended.");
    /// assert_eq!(doc.seg.sentences.len(), 2);
    /// assert_eq!(doc.key(0), "kenya");
    /// ```
    pub fn new(text: &'a str) -> Doc<'a> {
        let seg = segment::segment(text, Lexicon::get());
        // Two levels: a surface form seen before needs one hash and no folding; a new surface
        // form is folded, and its key numbered unless another form had it ("Kenya", "KENYA").
        // Sized for an article's vocabulary; a long text's distinct forms grow far more slowly
        // than its tokens, so the maps grow from there instead of reserving for every token.
        let guess = 64 + (seg.tokens.len() / 4).min(8192);
        let mut by_surface: FxMap<&'a str, u32> = FxMap::with_capacity_and_hasher(guess, Default::default());
        let mut by_key: FxMap<Cow<'a, str>, u32> = FxMap::with_capacity_and_hasher(guess, Default::default());
        let mut keys: Vec<Cow<'a, str>> = Vec::new();
        let mut ids = KeyNumbers::with_capacity(seg.tokens.len());
        for t in &seg.tokens {
            let surface = t.text(text);
            ids.push(*by_surface.entry(surface).or_insert_with(|| {
                let key = normalize::term_key(surface);
                *by_key.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    (keys.len() - 1) as u32
                })
            }));
        }
        let sought = SOUGHT.map(|k| by_key.get(k).copied());
        Doc { text, seg, ids, keys, sought }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }

    /// The counting key of token `i`.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[self.ids.get(i) as usize]
    }

    /// The number of token `i`'s counting key: tokens with equal keys have equal numbers, from 0
    /// to [`Doc::key_count`] − 1.
    #[inline]
    pub fn key_id(&self, i: usize) -> u32 {
        self.ids.get(i)
    }

    /// The key numbers of tokens `range`: equal lists of numbers compare and hash equal.
    pub(crate) fn key_ids(&self, range: std::ops::Range<usize>) -> KeyIds<'_> {
        self.ids.range(range)
    }

    /// The first token of `range` whose key number is `id`.
    pub(crate) fn find_key(&self, range: std::ops::Range<usize>, id: u32) -> Option<usize> {
        self.ids.find(range, id)
    }

    /// The number of distinct counting keys.
    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// The counting key numbered `id`.
    pub fn key_of(&self, id: u32) -> &str {
        &self.keys[id as usize]
    }

    /// The number of counting key `key`, if a token has it: a lookup for the keys the entity rules
    /// search for ("and", "&"), else a search of the keys.
    ///
    /// ```
    /// let doc = textlens::Doc::new("Salt and pepper & more. And then");
    /// assert_eq!(doc.key_number("and"), Some(doc.key_id(1)));
    /// assert_eq!(doc.key_number("&"), Some(doc.key_id(3)));
    /// assert_eq!(doc.key_number("pepper"), Some(doc.key_id(2)));
    /// assert_eq!(doc.key_number("or"), None);
    /// ```
    pub fn key_number(&self, key: &str) -> Option<u32> {
        match SOUGHT.iter().position(|&k| k == key) {
            Some(at) => self.sought[at],
            None => (0..self.keys.len() as u32).find(|&id| self.keys[id as usize] == key),
        }
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.seg.sentences.partition_point(|s| (s.last as usize) <= i)
    }
}

/// The key number of each token: in two bytes while every number fits (up to 65,536 distinct
/// keys: an article, a few MB of news), else in four. A long text's tokens are most of an
/// analysis's memory, and this list was four bytes a token.
#[derive(Clone, Debug)]
struct KeyNumbers {
    /// The numbers, while all fit in 16 bits; else empty, and `wide` holds them.
    narrow: Vec<u16>,
    wide: Vec<u32>,
}

impl KeyNumbers {
    fn with_capacity(tokens: usize) -> KeyNumbers {
        KeyNumbers { narrow: Vec::with_capacity(tokens), wide: Vec::new() }
    }

    /// Adds the next token's number.
    #[inline]
    fn push(&mut self, id: u32) {
        match u16::try_from(id) {
            Ok(id) if self.wide.is_empty() => self.narrow.push(id),
            _ => self.push_wide(id),
        }
    }

    /// Adds a number that does not fit in 16 bits, or any after it: the first moves the numbers
    /// to `wide`, sized for all the tokens.
    #[cold]
    fn push_wide(&mut self, id: u32) {
        if self.wide.is_empty() {
            self.wide = Vec::with_capacity(self.narrow.capacity());
            self.wide.extend(self.narrow.iter().map(|&n| u32::from(n)));
            self.narrow = Vec::new();
        }
        self.wide.push(id);
    }

    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self.narrow.get(i) {
            Some(&id) => u32::from(id),
            None => self.wide[i],
        }
    }

    fn range(&self, range: std::ops::Range<usize>) -> KeyIds<'_> {
        if self.wide.is_empty() {
            KeyIds { narrow: &self.narrow[range], wide: &[] }
        } else {
            KeyIds { narrow: &[], wide: &self.wide[range] }
        }
    }

    /// The first token of `range` whose number is `id`.
    fn find(&self, range: std::ops::Range<usize>, id: u32) -> Option<usize> {
        let at = if self.wide.is_empty() {
            let id = u16::try_from(id).ok()?;
            self.narrow[range.clone()].iter().position(|&n| n == id)
        } else {
            self.wide[range.clone()].iter().position(|&n| n == id)
        };
        at.map(|at| range.start + at)
    }
}

/// The key numbers of a run of tokens ([`Doc::key_ids`]), in one of two lists as the document
/// holds them; two runs of one document are equal when their numbers are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct KeyIds<'d> {
    narrow: &'d [u16],
    wide: &'d [u32],
}

impl std::hash::Hash for KeyIds<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // A run is a name's few words: a word at a time, not the byte-slice hash.
        state.write_usize(self.len());
        for id in self.iter() {
            state.write_u32(id);
        }
    }
}

impl<'d> KeyIds<'d> {
    pub fn len(&self) -> usize {
        self.narrow.len() + self.wide.len()
    }

    /// Number `k` of the run.
    pub fn get(&self, k: usize) -> u32 {
        match self.narrow.get(k) {
            Some(&id) => u32::from(id),
            None => self.wide[k],
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + 'd {
        self.narrow.iter().map(|&n| u32::from(n)).chain(self.wide.iter().copied())
    }

    /// Numbers `range` of the run.
    pub fn slice(&self, range: std::ops::Range<usize>) -> KeyIds<'d> {
        if self.wide.is_empty() {
            KeyIds { narrow: &self.narrow[range], wide: &[] }
        } else {
            KeyIds { narrow: &[], wide: &self.wide[range] }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Past 65,536 distinct keys the numbers move to four bytes each and keep their values.
    #[test]
    fn key_numbers_widen() {
        let text: String = (0..70_000u32).map(|n| format!("w{n} ")).chain(["w5 w69999 w65536".to_string()]).collect();
        let doc = Doc::new(&text);
        assert_eq!(doc.key_count(), 70_000);
        assert!(doc.ids.narrow.is_empty());
        for i in [0, 5, 65_535, 65_536, 69_999] {
            assert_eq!(doc.key_of(doc.key_id(i)), format!("w{i}"));
        }
        let n = doc.seg.tokens.len();
        assert_eq!((doc.key_id(n - 3), doc.key_id(n - 2), doc.key_id(n - 1)), (5, 69_999, 65_536));
        assert_eq!(doc.key_ids(n - 3..n - 2), doc.key_ids(5..6));
        assert_ne!(doc.key_ids(n - 3..n - 1), doc.key_ids(5..7));
        assert_eq!(doc.key_ids(n - 2..n).iter().collect::<Vec<_>>(), [69_999, 65_536]);
        assert_eq!(doc.find_key(0..n, 65_536), Some(65_536));
        let short = Doc::new("Kenya and kenya");
        assert!(short.ids.wide.is_empty());
        assert_eq!(short.key_ids(0..1), short.key_ids(2..3));
    }
}
