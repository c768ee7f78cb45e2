//! Text: segmentation into tokens, sentences and paragraphs, and normalisation of words.

pub(crate) mod normalize;
pub(crate) mod segment;
mod words;

use std::borrow::Cow;

pub use segment::{Segmented, SegmentKind, Sentence, Token, TokenKind, MAX_TOKEN_BYTES};

use crate::hash::{padded_word, FxMap};
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
    /// For every 2^[`BLOCK_BITS`]-th token (and one block past the last token), the index of the sentence that
    /// holds it: [`Doc::sentence_of`] searches only the few sentences between two of these.
    sentence_at: Vec<u32>,
}

/// Tokens per entry of [`Doc`]'s `sentence_at`: 2 bits a token (0.15 MB at 10 MB of news), and a
/// news text's sentences of 20 to 30 tokens leave two or three to search.
const BLOCK_BITS: u32 = 6;

/// Keys whose numbers the entity rules search the tokens for ("and" joins names, "&" company
/// names): looked up once, while the keys' map is at hand, not by a walk over the keys.
const SOUGHT: [&str; 2] = ["and", "&"];

/// A surface form of up to 8 bytes met lately, and its key number (see [`Doc::new`]); `len` 0
/// for an empty slot (no token is empty).
#[derive(Clone, Copy, Default)]
struct Recent {
    word: u64,
    len: u16,
    /// The form's flags as a word's, and as another token's ([`segment::form_flags`]).
    flags: (u8, u8),
    id: u32,
}

/// Slots of [`Recent`] forms: 4,096 (64 KB, for the time of [`Doc::new`]). With 1,024, a third of
/// the tokens of 1 MB of news missed (an article's vocabulary is a few thousand forms); with 4,096,
/// a sixth, half of them words of more than 8 bytes, which have no slot.
const RECENT_BITS: u32 = 12;
const RECENT: usize = 1 << RECENT_BITS;
/// A slot is the top bits of the word times this odd constant (Fibonacci hashing).
const RECENT_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

impl<'a> Doc<'a> {
    /// Segments `text` and computes its token keys.
    ///
    /// ```
    /// let doc = textlens::Doc::new("Kenya’s talks. They ended.");
    /// assert_eq!(doc.seg.sentences.len(), 2);
    /// assert_eq!(doc.key(0), "kenya");
    /// ```
    pub fn new(text: &'a str) -> Doc<'a> {
        let lex = Lexicon::get();
        let mut tokens = segment::unshaped(text, lex);
        // Two levels: a surface form seen before needs one hash and no folding; a new surface
        // form is folded, and its key numbered unless another form had it ("Kenya", "KENYA").
        // The flags a form gives its token (its capitals, a possessive) are worked out with its
        // number, once for each distinct form ([`segment::form_flags`]).
        // Sized for an article's vocabulary; a long text's distinct forms grow far more slowly
        // than its tokens, so the maps grow from there instead of reserving for every token.
        let guess = 64 + (tokens.len() / 4).min(8192);
        let mut by_surface: FxMap<&'a str, (u32, (u8, u8))> = FxMap::with_capacity_and_hasher(guess, Default::default());
        let mut by_key: FxMap<Cow<'a, str>, u32> = FxMap::with_capacity_and_hasher(guess, Default::default());
        let mut keys: Vec<Cow<'a, str>> = Vec::new();
        let mut ids = KeyNumbers::with_capacity(tokens.len());
        // Before the maps, the surface forms of up to 8 bytes (most of news text's tokens) met
        // lately, as their bytes in a word: a form found there needs no hash of its bytes, no
        // probe and no comparison of strings. A slot per hash of the word, the last form kept.
        let mut recent = vec![Recent::default(); RECENT];
        for t in &mut tokens {
            let surface = t.text(text);
            let mut number = || {
                *by_surface.entry(surface).or_insert_with(|| {
                    let key = normalize::term_key(surface);
                    let id = *by_key.entry(key.clone()).or_insert_with(|| {
                        keys.push(key);
                        (keys.len() - 1) as u32
                    });
                    (id, segment::form_flags(surface))
                })
            };
            let (id, (other, word)) = if surface.len() <= 8 {
                let word = padded_word(surface.as_bytes());
                let slot = &mut recent[(word.wrapping_mul(RECENT_MUL) >> (64 - RECENT_BITS)) as usize];
                if usize::from(slot.len) == surface.len() && slot.word == word {
                    (slot.id, slot.flags)
                } else {
                    let (id, flags) = number();
                    *slot = Recent { word, len: surface.len() as u16, flags, id };
                    (id, flags)
                }
            } else {
                number()
            };
            t.flags |= if t.kind == TokenKind::Word { word } else { other };
            ids.push(id);
        }
        let seg = segment::finish(text, tokens, lex);
        let sought = SOUGHT.map(|k| by_key.get(k).copied());
        let sentence_at = sentence_index(&seg.sentences, seg.tokens.len());
        Doc { text, seg, ids, keys, sought, sentence_at }
    }

    /// The text of token `i`. (Never inlined: its slice's checks would be copied into every pass.)
    #[inline(never)]
    pub fn word(&self, i: usize) -> &'a str {
        self.seg.tokens[i].text(self.text)
    }

    /// The counting key of token `i`. (Never inlined: called from over 300 places.)
    #[inline(never)]
    pub fn key(&self, i: usize) -> &str {
        &self.keys[self.ids.get(i) as usize]
    }

    /// The number of token `i`'s counting key: tokens with equal keys have equal numbers, from 0
    /// to [`Doc::key_count`] − 1.
    #[inline]
    pub fn key_id(&self, i: usize) -> u32 {
        self.ids.get(i)
    }

    /// [`Doc::key_id`] out of line, for the passes after the tagger that ask once a span, not once
    /// a token: inlined, its two-byte path and far branch were copied into every pass (README,
    /// "Size", session 20: −1,364 bytes gzipped). The per-token loops keep `key_id` inlined: out of
    /// line everywhere, 1 MB cost +1.6 % of instructions.
    #[inline(never)]
    pub(crate) fn key_id_outlined(&self, i: usize) -> u32 {
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

    /// The index of the sentence that holds token `i`. (Never inlined: a search copied into every
    /// pass otherwise.) A search of the sentences between the entries of `sentence_at` for the
    /// blocks of tokens before and after `i`, not of them all (2.4 % of 1 MB's instructions were
    /// here, 165 a call).
    #[inline(never)]
    pub fn sentence_of(&self, i: usize) -> usize {
        let sentences = &self.seg.sentences;
        let block = i >> BLOCK_BITS;
        match (self.sentence_at.get(block), self.sentence_at.get(block + 1)) {
            (Some(&lo), Some(&hi)) if lo <= hi && hi as usize <= sentences.len() => {
                let (lo, hi) = (lo as usize, hi as usize);
                lo + sentences[lo..hi].partition_point(|s| (s.last as usize) <= i)
            }
            _ => sentences.partition_point(|s| (s.last as usize) <= i),
        }
    }

    /// Token `i` is its sentence's first.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.seg.sentences[self.sentence_of(i)].first as usize == i
    }
}

/// For tokens 0, B, 2B … (B = 2^[`BLOCK_BITS`]) up to the first block past the last token: the number of
/// sentences that end at or before it (the index of the sentence that holds it). A token `i`'s
/// sentence is then among those from the entry of `i`'s block to the next entry.
fn sentence_index(sentences: &[Sentence], tokens: usize) -> Vec<u32> {
    let blocks = (tokens >> BLOCK_BITS) + 2;
    let mut at = Vec::with_capacity(blocks);
    let mut s = 0;
    for b in 0..blocks {
        let token = b << BLOCK_BITS;
        while s < sentences.len() && (sentences[s].last as usize) <= token {
            s += 1;
        }
        at.push(s as u32);
    }
    at
}

/// The key number of each token, in two bytes. A number that does not fit below [`ESCAPE`] (past
/// 65,535 distinct keys: a long text with a real vocabulary) is written as `ESCAPE` and kept with
/// its token in `high`; once those would be more than an eighth of the tokens (eight bytes each,
/// with the list's room at most two bytes a token), all the numbers move to `wide`, four bytes each.
/// A long text's tokens are most of an analysis's memory: this list was four bytes a token, and then
/// four bytes a token past 65,536 keys (7.28 MB on a 10.7 MB text with 131,000 keys, against 3.64
/// and 0.8 for its 100,000 escaped tokens now).
#[derive(Clone, Debug)]
struct KeyNumbers {
    /// The numbers, `ESCAPE` for those in `high`; empty once `wide` holds them.
    narrow: Vec<u16>,
    /// The tokens written `ESCAPE` in `narrow`, with their numbers, in token order.
    high: Vec<(u32, u32)>,
    wide: Vec<u32>,
}

/// The two-byte key number that says "see `high`".
const ESCAPE: u16 = u16::MAX;

/// The number of the token `token` in `high`, which holds it. (Out of line: `key_id` is inlined
/// into every pass, and this search is reached only past 65,535 keys.)
#[cold]
#[inline(never)]
fn high_number(high: &[(u32, u32)], token: usize) -> u32 {
    high[high.partition_point(|&(t, _)| (t as usize) < token)].1
}

/// The entries of `high` for the tokens of `range`.
fn high_range(high: &[(u32, u32)], range: std::ops::Range<usize>) -> &[(u32, u32)] {
    if high.is_empty() {
        return high;
    }
    let from = high.partition_point(|&(t, _)| (t as usize) < range.start);
    let to = from + high[from..].partition_point(|&(t, _)| (t as usize) < range.end);
    &high[from..to]
}

impl KeyNumbers {
    fn with_capacity(tokens: usize) -> KeyNumbers {
        KeyNumbers { narrow: Vec::with_capacity(tokens), high: Vec::new(), wide: Vec::new() }
    }

    /// Adds the next token's number.
    #[inline]
    fn push(&mut self, id: u32) {
        match u16::try_from(id) {
            Ok(n) if n != ESCAPE && self.wide.is_empty() => self.narrow.push(n),
            _ => self.push_high(id),
        }
    }

    /// Adds a number that does not fit below `ESCAPE`, or any once the numbers are in `wide`.
    #[cold]
    fn push_high(&mut self, id: u32) {
        if self.wide.is_empty() && self.high.len() < self.narrow.capacity() / 8 {
            self.high.push((self.narrow.len() as u32, id));
            self.narrow.push(ESCAPE);
            return;
        }
        if self.wide.is_empty() {
            // Sized for all the tokens, as `narrow` was.
            self.wide = Vec::with_capacity(self.narrow.capacity());
            let mut high = self.high.iter();
            self.wide.extend(self.narrow.iter().map(|&n| if n == ESCAPE { high.next().map_or(0, |h| h.1) } else { u32::from(n) }));
            self.narrow = Vec::new();
            self.high = Vec::new();
        }
        self.wide.push(id);
    }

    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self.narrow.get(i) {
            Some(&id) if id != ESCAPE => u32::from(id),
            _ => self.get_far(i),
        }
    }

    /// [`KeyNumbers::get`] for a number in `high` or `wide` (past 65,535 keys), out of line: `get`
    /// is inlined into every pass.
    #[cold]
    #[inline(never)]
    fn get_far(&self, i: usize) -> u32 {
        match self.narrow.get(i) {
            Some(_) => high_number(&self.high, i),
            None => self.wide[i],
        }
    }

    fn range(&self, range: std::ops::Range<usize>) -> KeyIds<'_> {
        if self.wide.is_empty() {
            KeyIds { narrow: &self.narrow[range.clone()], high: high_range(&self.high, range.clone()), start: range.start, wide: &[] }
        } else {
            KeyIds { narrow: &[], high: &[], start: range.start, wide: &self.wide[range] }
        }
    }

    /// The first token of `range` whose number is `id`.
    fn find(&self, range: std::ops::Range<usize>, id: u32) -> Option<usize> {
        if !self.wide.is_empty() {
            return self.wide[range.clone()].iter().position(|&n| n == id).map(|at| range.start + at);
        }
        match u16::try_from(id) {
            Ok(n) if n != ESCAPE => self.narrow[range.clone()].iter().position(|&m| m == n).map(|at| range.start + at),
            _ => high_range(&self.high, range).iter().find(|h| h.1 == id).map(|h| h.0 as usize),
        }
    }
}

/// The key numbers of a run of tokens ([`Doc::key_ids`]), in one of two lists as the document
/// holds them (with the escaped numbers of the run's tokens); two runs of one document are equal
/// when their numbers are.
#[derive(Clone, Copy, Debug)]
pub(crate) struct KeyIds<'d> {
    narrow: &'d [u16],
    /// The entries of the document's `high` for this run's tokens.
    high: &'d [(u32, u32)],
    /// The run's first token.
    start: usize,
    wide: &'d [u32],
}

impl PartialEq for KeyIds<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.high.is_empty() && other.high.is_empty() {
            self.narrow == other.narrow && self.wide == other.wide
        } else {
            self.len() == other.len() && self.iter().eq(other.iter())
        }
    }
}

impl Eq for KeyIds<'_> {}

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
            Some(&id) if id != ESCAPE => u32::from(id),
            Some(_) => high_number(self.high, self.start + k),
            None => self.wide[k],
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = u32> + 'd {
        let mut high = self.high.iter();
        self.narrow.iter().map(move |&n| if n == ESCAPE { high.next().map_or(0, |h| h.1) } else { u32::from(n) }).chain(self.wide.iter().copied())
    }

    /// Numbers `range` of the run.
    pub fn slice(&self, range: std::ops::Range<usize>) -> KeyIds<'d> {
        let start = self.start + range.start;
        if self.wide.is_empty() {
            KeyIds { narrow: &self.narrow[range.clone()], high: high_range(self.high, start..self.start + range.end), start, wide: &[] }
        } else {
            KeyIds { narrow: &[], high: &[], start, wide: &self.wide[range] }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use segment::{ABBREV, ALL_CAPS, CAP, POSSESSIVE, UPPER};

    /// `Doc::new` gives each token the flags its own text gives it, though it works them out once
    /// for each distinct form (the recent-forms slots, the surface map) and the segmenter made
    /// some (hyphenated words, abbreviations): the tokenizer's flags, and `UPPER` where the text
    /// holds a capital.
    #[test]
    fn flags_by_form_are_each_tokens_own() {
        let text = "Kenya's KENYA talks. Mr. Odinga met U.S.-led envoys in al-Shabaab's iPhone era; \
                    kenya, COVID-19, 1990-style, 3-2 and F-16s. The Ölberg ÉLAN, Ⅻ and Straße's McDonald \
                    Kenya's Kenya KENYA kenya iPhone 1990-style Internationalisation internationalisation's";
        let doc = Doc::new(text);
        let own = segment::tokenize(text, Lexicon::get());
        assert_eq!(doc.seg.tokens.len(), own.len());
        let upper = |w: &str| w.chars().any(char::is_uppercase);
        for (t, o) in doc.seg.tokens.iter().zip(&own) {
            let w = t.text(text);
            assert_eq!((t.start, t.end(), t.kind), (o.start, o.end(), o.kind), "{w}");
            assert_eq!(t.flags, o.flags | if upper(w) { UPPER } else { 0 }, "{w}");
        }
        let flags = |w: &str| doc.seg.tokens.iter().find(|t| t.text(text) == w).map(|t| t.flags & (CAP | ALL_CAPS | POSSESSIVE | UPPER | ABBREV));
        assert_eq!(flags("Kenya's"), Some(CAP | POSSESSIVE | UPPER));
        assert_eq!(flags("KENYA"), Some(CAP | ALL_CAPS | UPPER));
        assert_eq!(flags("iPhone"), Some(UPPER));
        assert_eq!(flags("kenya"), Some(0));
        assert_eq!(flags("Mr."), Some(CAP | UPPER | ABBREV));
        // The segmenter's own flags were met: words joined over a hyphen, abbreviations.
        assert_eq!(flags("COVID-19"), Some(CAP | ALL_CAPS | UPPER));
        assert!(doc.seg.tokens.iter().filter(|t| t.has(ABBREV)).count() >= 2);
        assert_eq!(flags("al-Shabaab's"), Some(CAP | POSSESSIVE | UPPER));
        assert_eq!(flags("ÉLAN"), Some(CAP | ALL_CAPS | UPPER));
        assert_eq!(flags("internationalisation's"), Some(POSSESSIVE));
    }

    /// Past 65,535 distinct keys the tokens of the later keys are escaped, and keep their numbers:
    /// in runs, in searches, in hashing (a run equal to another hashes alike).
    #[test]
    fn key_numbers_escape() {
        use std::hash::BuildHasher;
        let text: String = (0..70_000u32).map(|n| format!("w{n} ")).chain(["w5 w69999 w65536 w65535".to_string()]).collect();
        let doc = Doc::new(&text);
        assert_eq!(doc.key_count(), 70_000);
        let n = doc.seg.tokens.len();
        assert_eq!(n, 70_004);
        // Keys 65,535 to 69,999 and the last three tokens: far fewer than an eighth of the tokens.
        assert!(doc.ids.wide.is_empty());
        assert_eq!(doc.ids.high.len(), 4_465 + 3);
        assert_eq!(doc.ids.narrow.len(), n);
        for i in [0, 5, 65_534, 65_535, 65_536, 69_999] {
            assert_eq!(doc.key_of(doc.key_id(i)), format!("w{i}"));
        }
        assert_eq!((doc.key_id(n - 4), doc.key_id(n - 3), doc.key_id(n - 2), doc.key_id(n - 1)), (5, 69_999, 65_536, 65_535));
        assert_eq!(doc.key_ids(n - 4..n - 3), doc.key_ids(5..6));
        assert_eq!(doc.key_ids(n - 3..n - 2), doc.key_ids(69_999..70_000));
        assert_eq!(doc.key_ids(n - 2..n - 1), doc.key_ids(65_536..65_537));
        assert_ne!(doc.key_ids(n - 2..n - 1), doc.key_ids(65_535..65_536));
        assert_ne!(doc.key_ids(n - 4..n - 2), doc.key_ids(5..7));
        assert_eq!(doc.key_ids(n - 3..n).iter().collect::<Vec<_>>(), [69_999, 65_536, 65_535]);
        assert_eq!(doc.key_ids(n - 4..n).slice(1..3).iter().collect::<Vec<_>>(), [69_999, 65_536]);
        assert_eq!(doc.key_ids(n - 4..n).get(2), 65_536);
        assert_eq!(doc.find_key(0..n, 65_536), Some(65_536));
        assert_eq!(doc.find_key(65_537..n, 65_536), Some(n - 2));
        assert_eq!(doc.find_key(0..n, 4), Some(4));
        let hash = |ids: KeyIds| crate::hash::FxMap::<u8, u8>::default().hasher().hash_one(ids);
        assert_eq!(hash(doc.key_ids(n - 2..n - 1)), hash(doc.key_ids(65_536..65_537)));
        let short = Doc::new("Kenya and kenya");
        assert!(short.ids.wide.is_empty() && short.ids.high.is_empty());
        assert_eq!(short.key_ids(0..1), short.key_ids(2..3));
    }

    /// `sentence_of` answers as a search of all the sentences would, for every token and past the
    /// last, whatever the sentences' lengths (one token, many blocks long).
    #[test]
    fn sentence_of_agrees_with_a_full_search() {
        let long: String = (0..300).map(|n| format!("w{n} ")).collect();
        let text = format!("A. B. C. {long}end. Short one. X. {long}. Y.\n\nZ");
        let doc = Doc::new(&text);
        let n = doc.seg.tokens.len();
        assert!(n > 600 && doc.seg.sentences.len() >= 5, "{n} tokens, {} sentences", doc.seg.sentences.len());
        for i in 0..n + 200 {
            assert_eq!(doc.sentence_of(i), doc.seg.sentences.partition_point(|s| (s.last as usize) <= i), "token {i}");
        }
        assert_eq!(doc.sentence_of(n - 1), doc.seg.sentences.len() - 1);
        let empty = Doc::new("");
        assert_eq!(empty.sentence_of(0), 0);
        assert_eq!(empty.sentence_of(100), 0);
    }

    /// When more than an eighth of the tokens would be escaped, the numbers move to four bytes
    /// each and keep their values.
    #[test]
    fn key_numbers_widen() {
        let text: String = (0..100_000u32).map(|n| format!("w{n} ")).chain(["w5 w99999 w65536".to_string()]).collect();
        let doc = Doc::new(&text);
        assert_eq!(doc.key_count(), 100_000);
        assert!(doc.ids.narrow.is_empty() && doc.ids.high.is_empty());
        for i in [0, 5, 65_535, 65_536, 99_999] {
            assert_eq!(doc.key_of(doc.key_id(i)), format!("w{i}"));
        }
        let n = doc.seg.tokens.len();
        assert_eq!((doc.key_id(n - 3), doc.key_id(n - 2), doc.key_id(n - 1)), (5, 99_999, 65_536));
        assert_eq!(doc.key_ids(n - 3..n - 2), doc.key_ids(5..6));
        assert_ne!(doc.key_ids(n - 3..n - 1), doc.key_ids(5..7));
        assert_eq!(doc.key_ids(n - 2..n).iter().collect::<Vec<_>>(), [99_999, 65_536]);
        assert_eq!(doc.find_key(0..n, 65_536), Some(65_536));
    }
}
