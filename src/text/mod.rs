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
    /// Per token: the number of its counting key.
    ids: Vec<u32>,
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
        let ids = seg
            .tokens
            .iter()
            .map(|t| {
                let surface = t.text(text);
                *by_surface.entry(surface).or_insert_with(|| {
                    let key = normalize::term_key(surface);
                    *by_key.entry(key.clone()).or_insert_with(|| {
                        keys.push(key);
                        (keys.len() - 1) as u32
                    })
                })
            })
            .collect();
        let sought = SOUGHT.map(|k| by_key.get(k).copied());
        Doc { text, seg, ids, keys, sought }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }

    /// The counting key of token `i`.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[self.ids[i] as usize]
    }

    /// The number of token `i`'s counting key: tokens with equal keys have equal numbers, from 0
    /// to [`Doc::key_count`] − 1.
    pub fn key_id(&self, i: usize) -> u32 {
        self.ids[i]
    }

    /// The key numbers of tokens `range`.
    pub fn key_ids(&self, range: std::ops::Range<usize>) -> &[u32] {
        &self.ids[range]
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
