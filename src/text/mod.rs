//! Text: segmentation into tokens, sentences and paragraphs, and normalisation of words.

pub(crate) mod normalize;
pub(crate) mod segment;
mod words;

use std::borrow::Cow;

pub use segment::{Segmented, SegmentKind, Sentence, Token, TokenKind};

use crate::lexicon::Lexicon;

/// A document cut into tokens and sentences, with each token's counting key.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    /// The text.
    pub text: &'a str,
    /// Tokens, sentences, paragraphs.
    pub seg: Segmented,
    /// Each token's counting key ([`crate::term_key`]).
    pub keys: Vec<Cow<'a, str>>,
}

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
        let keys = seg.tokens.iter().map(|t| normalize::term_key(t.text(text))).collect();
        Doc { text, seg, keys }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }

    /// The counting key of token `i`.
    pub fn key(&self, i: usize) -> &str {
        &self.keys[i]
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.seg.sentences.partition_point(|s| (s.last as usize) <= i)
    }
}
