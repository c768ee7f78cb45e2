//! Counting: term frequencies and phrases, co-occurrence with association scores,
//! keyword-in-context, and corpus totals.

pub(crate) mod cooc;
pub(crate) mod corpus;
pub(crate) mod kwic;
pub(crate) mod terms;

use crate::lexicon::Lexicon;
use crate::options::{Language, Options};
use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};

/// The stopword list in use: the built-in one, the caller's, or none, plus the caller's extras.
#[derive(Clone, Debug, Default)]
pub(crate) struct Stopwords {
    builtin: bool,
    /// The caller's words, sorted: a binary search finds them (the lists are short, most often
    /// empty), and the .wasm needs no hash set of `String`s beside those of `&str` (README, "Size").
    words: Vec<String>,
}

impl Stopwords {
    pub fn new(options: &Options) -> Stopwords {
        let mut words = options.extra_stopwords.clone();
        let builtin = match &options.stopwords {
            Some(list) => {
                words.extend(list.iter().cloned());
                false
            }
            None => options.language == Language::English,
        };
        crate::sort::sort_by(&mut words, |a, b| a.cmp(b));
        Stopwords { builtin, words }
    }

    pub fn contains(&self, key: &str) -> bool {
        let bare = key.trim_end_matches('.');
        (self.builtin && (Lexicon::get().stopwords.contains(key) || Lexicon::get().stopwords.contains(bare)))
            || (!self.words.is_empty() && (self.listed(key) || self.listed(bare)))
    }

    /// Whether the caller's words hold `key`.
    fn listed(&self, key: &str) -> bool {
        self.words.binary_search_by(|w| w.as_str().cmp(key)).is_ok()
    }
}

/// Numbers written as words are numbers, and numbers are not terms.
fn is_number_word(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            key,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve" | "thirteen"
                | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" | "twenty" | "thirty" | "forty" | "fifty"
                | "sixty" | "seventy" | "eighty" | "ninety" | "hundred" | "hundreds" | "thousand" | "thousands" | "million" | "millions"
                | "billion" | "billions" | "trillion" | "dozen" | "dozens" | "first" | "second" | "third" | "fourth" | "fifth" | "half"
        )
}

/// One distinct word of a document: 24 bytes in wasm (36 with its capitalised forms as `&str`s;
/// a 10 MB text with a real vocabulary has over 100,000 words).
#[derive(Clone, Debug)]
pub(crate) struct Word<'a> {
    pub key: &'a str,
    pub count: u32,
    /// The token of the first capitalised form seen away from the start of a sentence, or `NONE`.
    capital: u32,
    /// The token of the first capitalised form seen at the start of a sentence, or `NONE`.
    initial: u32,
    /// Counted as a term: not a stopword, has a letter, two characters or more.
    pub content: bool,
    /// Seen written in lower case.
    lower: bool,
}

/// The words of a document, interned: each word token's id, and each id's counts.
pub(crate) struct Vocab<'a> {
    doc: &'a Doc<'a>,
    pub words: Vec<Word<'a>>,
    /// Per key number of the document: the word id, or `NONE` (no per-token table: it would cost
    /// four bytes per token).
    by_key: Vec<u32>,
    /// The tokens left out, one bit each (empty: none): the words of names, with
    /// [`Options::name_terms`] false.
    skip: Vec<u64>,
}

/// Whether bit `i` of `set` is on (an empty set has none).
fn has_bit(set: &[u64], i: usize) -> bool {
    !set.is_empty() && set[i / 64] >> (i % 64) & 1 != 0
}

pub(crate) const NONE: u32 = u32::MAX;

impl<'a> Vocab<'a> {
    pub fn new(doc: &'a Doc<'a>, stop: &Stopwords) -> Vocab<'a> {
        Vocab::leaving_out(doc, stop, Vec::new())
    }

    /// The words of `doc` but for the tokens whose bits `skip` sets (one per token, or none):
    /// they count nowhere, and [`Vocab::id`] is `NONE` for them.
    pub fn leaving_out(doc: &'a Doc<'a>, stop: &Stopwords, skip: Vec<u64>) -> Vocab<'a> {
        // Word ids in order of first appearance in the sentences, looked up by key number.
        let mut by_key: Vec<u32> = vec![NONE; doc.key_count()];
        let mut words: Vec<Word<'a>> = Vec::new();
        for s in &doc.seg.sentences {
            for i in s.tokens() {
                let t = doc.seg.tokens[i];
                if t.kind != TokenKind::Word || has_bit(&skip, i) {
                    continue;
                }
                let slot = &mut by_key[doc.key_id(i) as usize];
                if *slot == NONE {
                    let key: &'a str = doc.key_of(doc.key_id(i));
                    let content = !stop.contains(key)
                        && !is_number_word(key)
                        && key.chars().filter(|c| c.is_alphanumeric()).count() >= 2
                        && key.chars().any(char::is_alphabetic);
                    words.push(Word { key, count: 0, capital: NONE, initial: NONE, content, lower: false });
                    *slot = (words.len() - 1) as u32;
                }
                let w = &mut words[*slot as usize];
                w.count += 1;
                // The token's CAP flag is `is_capitalized` of its text (a possessive changes nothing).
                if !t.has(CAP) {
                    w.lower = true;
                } else if i != s.first as usize && w.capital == NONE {
                    w.capital = i as u32;
                } else if i == s.first as usize && w.initial == NONE {
                    w.initial = i as u32;
                }
            }
        }
        Vocab { doc, words, by_key, skip }
    }

    /// The form of word `id` to show: the capitalised form if the word was never written in lower
    /// case (its possessive cut). A word seen capitalised only at the start of sentences keeps its
    /// capital unless it is an ordinary English word ("Kenya" stays "Kenya"; "Talks" becomes "talks").
    pub fn display(&self, id: u32) -> &'a str {
        let w = &self.words[id as usize];
        let form = |i: u32| crate::strip_possessive(self.doc.word(i as usize));
        if w.lower {
            return w.key;
        }
        match (w.capital, w.initial) {
            (NONE, NONE) => w.key,
            (NONE, c) if !Lexicon::get().common.contains(w.key) && !Lexicon::get().stopwords.contains(w.key) => form(c),
            (NONE, _) => w.key,
            (c, _) => form(c),
        }
    }

    /// Whether token `i` is a word left out (see [`Vocab::leaving_out`]).
    pub fn skipped(&self, i: usize) -> bool {
        has_bit(&self.skip, i)
    }

    /// The word id of token `i`, or `NONE` for a token that is not a word or is left out.
    /// (Inlined: asked for every token by each count, a call cost a third of it.)
    #[inline]
    pub fn id(&self, doc: &Doc<'_>, i: usize) -> u32 {
        if doc.seg.tokens[i].kind != TokenKind::Word || self.skipped(i) {
            return NONE;
        }
        self.by_key[doc.key_id(i) as usize]
    }

    /// The word ids of the tokens of `range` (`NONE` for other tokens), into `out`.
    pub fn ids(&self, doc: &Doc<'_>, range: std::ops::Range<usize>, out: &mut Vec<u32>) {
        out.clear();
        out.extend(range.map(|i| self.id(doc, i)));
    }
}
