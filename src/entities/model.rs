//! The trained tagger: a greedy left-to-right averaged perceptron over hashed token features,
//! stacked on the rule tagger (its spans are features), trained on CoNLL-2003 `train`. It runs
//! twice over a document: the second pass also sees what the first said about the same word
//! elsewhere in the document (a surname met earlier after a given name, a headline word that the
//! body tags as a place), so one name is tagged alike throughout.
//!
//! Each token gets one of five tags (`O`, `PER`, `ORG`, `LOC`, `MISC`; a run of one tag is one
//! name). Features are hashed into a fixed table of rows, one `i8` weight per tag in each row;
//! the table is `src/data/model.bin` (see `src/data/README.md`), embedded with `include_bytes!`.
//! Spans the model agrees on with the rules keep the rules' evidence and gazetteer name, so alias
//! merging works as before.

use crate::hash::{padded_word, FxHasher};
use std::sync::Arc;
use std::hash::Hasher;

use super::shared::{self, agreement_opener, agreements, calendar, capword, dateline_month, phrase_key, prose, AndPair, AndView};
use super::{EntityType, Evidence, RuleTagger, Span, Tagger};
use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE, SPACE_BEFORE, UPPER};
use crate::text::{Doc, SegmentKind, Sentence, TokenKind};
use crate::wordset::{words, WordSet};

/// Tags: `O` then the four types in [`EntityType::ALL`] order.
pub(crate) const TAGS: usize = 5;
const MAGIC: &[u8; 4] = b"TLM3";
const HEADER: usize = 8;
/// Static features per token (see [`Features::token`]); the dynamic ones depend on earlier tags.
pub(crate) const STATIC: usize = 32;
pub(crate) const DYNAMIC: usize = 5;
/// Second-pass features: what the first pass said about the same word elsewhere in the document.
pub(crate) const PRIOR: usize = 5;

/// Compiled in for native builds only: in WebAssembly the weights would add 28 KB gzipped to every
/// page, most of which never use the model, so pages load them on demand ([`ModelTagger::install`],
/// `loadModel()` in JS).
#[cfg(not(target_arch = "wasm32"))]
static BUNDLED: &[u8] = include_bytes!("../data/model.bin");

/// Weights installed at run time; they take precedence over the bundled ones.
static INSTALLED: std::sync::Mutex<Option<Table>> = std::sync::Mutex::new(None);

/// The trained tagger. [`ModelTagger::new`] uses the bundled weights; the rule tagger's spans
/// are among its features, and the rule tagger is what it falls back to without weights.
///
/// ```
/// use textlens::{Analyzer, ModelTagger, Options};
/// let analyzer = Analyzer::with_tagger(Options::default(), Box::new(ModelTagger::new())).unwrap();
/// let a = analyzer.analyze("Olena Kovalenko met envoys in Kyiv. Kovalenko said talks went well.").unwrap();
/// assert_eq!(a.entities[0].name, "Olena Kovalenko");
/// ```
#[derive(Clone, Debug)]
pub struct ModelTagger {
    weights: Option<Table>,
}

/// A table of `rows × TAGS` `i8` weights, expanded in memory from the file format `train` writes
/// ([`train::encode`]), which gives each row as few bits as its frequency allows:
///
/// an 8-byte header (`TLM3`, log2 of the row count, the tag count, two zero bytes); the largest
/// weight's magnitude `span` (one byte, at most 127); the number `k` of rows in a book of rows
/// (`u32`, little-endian); the lengths in bits (a byte each, 0 for unused) of `TAGS + 1` prefix
/// codes: one per tag for its weights (`2 × span + 1` lengths, weight `-span` first) and one for
/// rows (`k + 1` lengths: the book's rows, then "a row not in the book"); a bit per row, first
/// bit first in each byte, set when the row is not all zeros. Then the codes, first bit first,
/// zeros to the last byte's end: the book's `k` rows, each as its `TAGS` weights; then each row
/// that is not all zeros, in order, as the code of its book row, or the code for "not in the
/// book" followed by its `TAGS` weights. The codes are canonical (in order of length, then of
/// symbol) and at most [`LONGEST`] bits long. Half the rows of the bundled table are zeros, and a
/// few hundred kinds of row make up most of the rest: so coded, the file is 20.8 KB and gzip
/// takes nothing off, where the bytes of session 11's sparse format were 66.8 KB, 26.4 KB gzipped.
#[derive(Clone, Debug)]
struct Table {
    mask: u32,
    /// `mask + 1` rows of one weight per tag, packed into a `u64` (see [`pack`]).
    rows: Arc<[u64]>,
}

/// The longest code in a model file, in bits (`train` halves rare symbols' counts until all fit;
/// a code has at most `2^LONGEST` symbols).
const LONGEST: u32 = 12;

/// A canonical prefix code read from a model file's code lengths (see [`Table`]): for each
/// `LONGEST`-bit prefix, `symbol << 4 | length` of the code it begins with, 0 if none does.
struct Code(Box<[u16; 1 << LONGEST]>);

impl Code {
    /// The code with `lengths[s]` bits for symbol `s` (0: no code); `None` if a length is over
    /// [`LONGEST`], or the lengths promise more codes than there are (one a prefix of another).
    #[cfg_attr(textlens_size, optimize(size))]
    fn new(lengths: &[u8]) -> Option<Code> {
        if lengths.len() > 1 << LONGEST {
            return None;
        }
        let mut prefixes = Box::new([0u16; 1 << LONGEST]);
        // Codes in order of length, then symbol: each takes the next 2^(LONGEST - length) prefixes.
        let mut next = 0usize;
        for len in 1..=LONGEST {
            for (s, _) in lengths.iter().enumerate().filter(|&(_, &l)| u32::from(l) == len) {
                let n = 1 << (LONGEST - len);
                prefixes.get_mut(next..next + n)?.fill((s as u16) << 4 | len as u16);
                next += n;
            }
        }
        lengths.iter().all(|&l| u32::from(l) <= LONGEST).then_some(Code(prefixes))
    }

    /// The next symbol from `bits`; `None` if no code begins there.
    #[inline(always)]
    fn read(&self, bits: &mut Bits) -> Option<u32> {
        if bits.have < 32 {
            bits.refill();
        }
        let e = u32::from(self.0[(bits.word >> (64 - LONGEST)) as usize]);
        let len = e & 15;
        bits.word <<= len;
        bits.have -= len;
        (e != 0).then_some(e >> 4)
    }
}

/// A model file's bits, read first bit first: the next bits at the top of `word`, `have` of them.
/// Bytes past the end read as zeros; [`Bits::used`] says how many bits were taken.
struct Bits<'a> {
    bytes: &'a [u8],
    /// The next byte to put into `word`.
    at: usize,
    word: u64,
    have: u32,
}

impl Bits<'_> {
    /// Fills `word` to at least 57 bits.
    #[inline]
    fn refill(&mut self) {
        if let Some(b) = self.bytes.get(self.at..self.at + 8) {
            // Whole bytes count as taken; the bits of a partly taken one go in again alike.
            self.word |= u64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) >> self.have;
            let n = (63 - self.have) / 8;
            self.at += n as usize;
            self.have += 8 * n;
        } else {
            while self.have <= 56 {
                self.word |= u64::from(self.bytes.get(self.at).copied().unwrap_or(0)) << (56 - self.have);
                self.at += 1;
                self.have += 8;
            }
        }
    }

    /// A row of weights, each in its tag's code, packed (see [`pack`]).
    #[inline(always)]
    fn row(&mut self, codes: &[Code], span: usize) -> Option<u64> {
        let mut w = [0i8; TAGS];
        for (x, code) in w.iter_mut().zip(codes) {
            *x = (code.read(self)? as i32 - span as i32) as i8;
        }
        Some(pack(&w))
    }

    /// How many bits have been read.
    fn used(&self) -> usize {
        self.at * 8 - self.have as usize
    }
}

impl Table {
    #[cfg_attr(textlens_size, optimize(size))]
    fn parse(bytes: &[u8]) -> Option<Table> {
        let head = bytes.get(..HEADER + 5)?;
        let bits = u32::from(head[4]);
        if &head[..4] != MAGIC || usize::from(head[5]) != TAGS || !(4..=24).contains(&bits) {
            return None;
        }
        let span = usize::from(head[8]);
        let book = u32::from_le_bytes([head[9], head[10], head[11], head[12]]) as usize;
        let rows = 1usize << bits;
        if span > 127 || book > rows {
            return None;
        }
        let width = 2 * span + 1;
        let mut at = HEADER + 5;
        let mut weights = Vec::with_capacity(TAGS);
        for _ in 0..TAGS {
            weights.push(Code::new(bytes.get(at..at + width)?)?);
            at += width;
        }
        let kinds = Code::new(bytes.get(at..at + book + 1)?)?;
        at += book + 1;
        let used = bytes.get(at..at + rows / 8)?;
        let stream = &bytes[at + rows / 8..];
        let mut bits = Bits { bytes: stream, at: 0, word: 0, have: 0 };
        let mut known = Vec::with_capacity(book);
        for _ in 0..book {
            known.push(bits.row(&weights, span)?);
        }
        // Every row zeros, then those the file says are not.
        let mut packed: Arc<[u64]> = std::iter::repeat(pack(&[0; TAGS])).take(rows).collect();
        for (eight, &set) in Arc::get_mut(&mut packed)?.chunks_exact_mut(8).zip(used) {
            let mut set = u32::from(set);
            while set != 0 {
                let k = set.leading_zeros() - 24;
                set &= !(0x80 >> k);
                let s = kinds.read(&mut bits)? as usize;
                eight[k as usize & 7] = if s < book { known[s] } else { bits.row(&weights, span)? };
            }
        }
        (bits.used().div_ceil(8) == stream.len()).then(|| Table { mask: (rows - 1) as u32, rows: packed })
    }
}

impl Default for ModelTagger {
    fn default() -> Self {
        ModelTagger::new()
    }
}

impl ModelTagger {
    /// The tagger with the installed weights if any ([`ModelTagger::install`]), else the bundled
    /// ones (expanded once, at first use). A WebAssembly build bundles none: until weights are
    /// installed, its tagger has no weights ([`ModelTagger::table_bytes`] is 0).
    pub fn new() -> ModelTagger {
        if let Some(t) = INSTALLED.lock().ok().and_then(|t| t.clone()) {
            return ModelTagger { weights: Some(t) };
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            static TABLE: std::sync::OnceLock<Option<Table>> = std::sync::OnceLock::new();
            ModelTagger { weights: TABLE.get_or_init(|| Table::parse(BUNDLED)).clone() }
        }
        #[cfg(target_arch = "wasm32")]
        ModelTagger { weights: None }
    }

    /// Installs weights in the format `train` writes (the bytes of `src/data/model.bin`) for every
    /// later [`ModelTagger::new`]. False, and nothing changes, if `bytes` is not such a file.
    pub fn install(bytes: &[u8]) -> bool {
        if !cfg!(feature = "model") {
            return false;
        }
        match Table::parse(bytes) {
            Some(t) => {
                if let Ok(mut slot) = INSTALLED.lock() {
                    *slot = Some(t);
                }
                true
            }
            None => false,
        }
    }

    /// A tagger with other weights, in the format `train` writes; `None` if `bytes` is not one.
    pub fn from_bytes(bytes: Vec<u8>) -> Option<ModelTagger> {
        Table::parse(&bytes).map(|t| ModelTagger { weights: Some(t) })
    }

    /// The size of the expanded weight table in memory, in bytes (0 when it is missing and the
    /// rules stand alone).
    pub fn table_bytes(&self) -> usize {
        self.weights.as_ref().map_or(0, |t| t.rows.len() * std::mem::size_of::<u64>())
    }

    /// True when the tagger has weights (without them, the rules stand alone). Never in a build
    /// without the `model` feature.
    pub fn has_weights(&self) -> bool {
        cfg!(feature = "model") && self.weights.is_some()
    }
}

impl Table {
    /// Adds the weight rows of `rows` to `acc`: the packed rows of up to 16 at a time in one
    /// `u64` (no lane overflows), then each lane less its offsets. Exact integer sums.
    ///
    /// Full chunks of 16 are added as arrays (unrolled), and the table is sliced to `mask + 1`
    /// rows once, so that a masked row needs no bounds check of its own.
    #[inline]
    fn sum(&self, rows: &[u32], mut acc: [i32; TAGS]) -> [i32; TAGS] {
        // `rows` has `mask + 1` entries: every masked row is one of them.
        let table = &self.rows[..=self.mask as usize];
        let mask = self.mask as usize;
        let add = |acc: &mut [i32; TAGS], lanes: u64, n: i32| {
            for (t, a) in acc.iter_mut().enumerate() {
                *a += ((lanes >> (LANE * t)) & 0xfff) as i32 - 128 * n;
            }
        };
        let mut chunks = rows.chunks_exact(16);
        for chunk in &mut chunks {
            let chunk: &[u32; 16] = chunk.try_into().unwrap_or(&[0; 16]);
            add(&mut acc, chunk.iter().fold(0u64, |s, &row| s + table[row as usize & mask]), 16);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            add(&mut acc, rest.iter().fold(0u64, |s, &row| s + table[row as usize & mask]), rest.len() as i32);
        }
        acc
    }
}

/// Bits per tag in a packed row.
const LANE: usize = 12;

/// A row's weights, each plus 128 (1 to 255), in 12-bit lanes: sixteen rows add up without a
/// lane spilling into the next (16 × 255 < 4096).
fn pack(w: &[i8; TAGS]) -> u64 {
    w.iter().enumerate().fold(0, |p, (t, &x)| p | (((i32::from(x) + 128) as u64) << (LANE * t)))
}

/// What the first pass keeps of a scored token for the second, in 8 bytes: each tag's sum of
/// static feature rows less the sum for `O` (a score common to every tag changes no choice of the
/// best), shifted left two bits, with two of the 8 bits of [`Tok::pack`] in the low bits of each.
type Kept = [i16; TAGS - 1];

/// How many [`Kept`] sums a block of them holds (64 KB).
const KEPT_BLOCK: usize = 8192;

// Each sum is of STATIC weights from -128 to 127: their differences, shifted, fit 16 bits.
const _: () = assert!(STATIC * 255 * 4 <= i16::MAX as usize);
// The second pass sums its prior and dynamic rows as one chunk of [`Table::sum`].
const _: () = assert!(PRIOR + DYNAMIC <= 16);

fn keep(sum: [i32; TAGS], packed: u8) -> Kept {
    std::array::from_fn(|t| ((sum[t + 1] - sum[0]) << 2 | i32::from(packed >> (2 * t) & 3)) as i16)
}

/// Scores to add the second pass's rows to: `O`'s sum is taken as 0.
fn kept_sums(k: Kept) -> [i32; TAGS] {
    std::array::from_fn(|t| if t == 0 { 0 } else { i32::from(k[t - 1] >> 2) })
}

/// The bits of [`Tok::pack`] in `k`.
fn kept_facts(k: Kept) -> u8 {
    k.iter().enumerate().fold(0, |p, (t, &x)| p | ((x & 3) as u8) << (2 * t))
}

impl Tagger for ModelTagger {
    fn tag(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let (true, Some(table)) = (cfg!(feature = "model"), &self.weights) else {
            RuleTagger.tag(doc, out);
            return;
        };
        let mut f = Features::new(doc);
        let tags = decode(&f, table);
        // The spans read no key's facts: their room (with the gap beside them) takes the spans.
        f.keys = Vec::new();
        f.affixes = Vec::new();
        let start = out.len();
        f.spans(&tags, out);
        headline_of(doc, out, start);
        dateline_place(doc, out, start);
        super::after_tagger(doc, out, start);
    }

    fn name(&self) -> &'static str {
        if self.has_weights() {
            "model"
        } else {
            "rules"
        }
    }
}

/// Two greedy left-to-right passes: each token's tag from its features and the two tags before
/// it; the second pass adds what the first said about the same word elsewhere in the document
/// (see [`Prior`]), so a name is tagged alike throughout and a headline word learns from the body.
///
/// Token facts are made a sentence at a time ([`Features::facts`]) in the first pass, which keeps
/// for each scored token its sum of static feature rows and the facts the second pass reads that
/// take a walk over the sentence to make ([`Kept`]): 8 bytes, for a third of a news text's tokens.
/// The second adds the rows that depend on the first pass's tags.
///
/// Between the passes a scored token keeps, besides its sums, a byte: its first-pass tag and its
/// role (see [`roles`]), to which the second pass adds its tag. The [`Prior`] is counted a
/// sentence at a time as the first pass goes, and the document's tags, a byte a token, are made
/// once the sums and the prior are freed: a long text's peak memory is here, with the tokens, the
/// sums and the prior all alive (a byte a token, 1.8 MB at 10 MB, against a byte a scored token).
fn decode(f: &Features, w: &Table) -> Vec<u8> {
    let sentences = &f.doc.seg.sentences;
    let mut facts = Vec::new();
    let scored = f.marks.iter().filter(|&&m| m & SCORED != 0).count();
    let mut prior = Prior::empty(f);
    let by_tags = TagFeatures::new();
    // In blocks, which fill the heap's gaps and grow memory by little more than they need (asked
    // for whole, a long text's 4 MB grew it by that much past the free room at the heap's top).
    let mut sums: Vec<Vec<Kept>> = Vec::with_capacity(scored.div_ceil(KEPT_BLOCK));
    // Per scored token: its first-pass tag in bits 0–2, its role in bits 3–4, and the second
    // pass's tag in bits 5–7.
    let mut firsts: Vec<u8> = Vec::with_capacity(scored);
    // One sentence's first-pass tags, and its roles.
    let (mut sent, mut role) = (Vec::new(), Vec::new());
    for s in sentences {
        f.facts(s, &mut facts, true);
        let (start, end) = (s.first as usize, s.last as usize);
        sent.clear();
        let base = firsts.len();
        let (mut p1, mut p2) = (0u8, 0u8);
        for i in start..end {
            let mut t = 0;
            if f.scored(i) {
                let own = f.token(&facts, i, start, end);
                let sum = w.sum(&own, [0; TAGS]);
                let kept = keep(sum, facts[i - start].pack());
                match sums.last_mut() {
                    Some(block) if block.len() < KEPT_BLOCK => block.push(kept),
                    _ => {
                        let mut block = Vec::with_capacity(KEPT_BLOCK.min(scored - firsts.len()));
                        block.push(kept);
                        sums.push(block);
                    }
                }
                let acc = w.sum(&by_tags.dynamic_in(f, own[SHAPE_AT], own[KEY_AT], (own[GAZ_AT], facts[i - start].gaz), p1, p2), sum);
                t = best(&acc);
                firsts.push(t);
            }
            sent.push(t);
            p2 = p1;
            p1 = t;
        }
        let mut slots = firsts[base..].iter_mut();
        prior.add(f, s, &sent, &mut role, |r| {
            if let Some(slot) = slots.next() {
                *slot |= r << 3;
            }
        });
    }
    let mut kept = sums.iter().flatten().zip(firsts.iter_mut());
    let mut next_rule = 0;
    for s in sentences {
        let (start, end) = (s.first as usize, s.last as usize);
        let (mut p1, mut p2) = (0u8, 0u8);
        for i in start..end {
            let mut t = 0;
            if f.scored(i) {
                let Some((&kept, first)) = kept.next() else { break };
                let tok = &Tok::unpack(kept_facts(kept), f.shape(i), f.gaz(i), s.kind, f.rule_code(&mut next_rule, i));
                let [shape, key, gaz] = f.anchors(tok, i);
                // The prior's rows and the dynamic ones in one sum (at most 16 rows: one chunk).
                let (pr, dy) = (prior.features(f, tok, i, *first & 7, *first >> 3 & 3), by_tags.dynamic_in(f, shape, key, (gaz, tok.gaz), p1, p2));
                let rows: [u32; PRIOR + DYNAMIC] = std::array::from_fn(|k| if k < PRIOR { pr[k] } else { dy[k - PRIOR] });
                let acc = w.sum(&rows, kept_sums(kept));
                t = best(&acc);
                *first |= t << 5;
            }
            p2 = p1;
            p1 = t;
        }
    }
    drop(prior);
    drop(sums);
    let mut tags = vec![0u8; f.len()];
    let mut second = firsts.iter().map(|&t| t >> 5);
    for (t, &m) in tags.iter_mut().zip(&f.marks) {
        if m & SCORED != 0 {
            *t = second.next().unwrap_or(0);
        }
    }
    drop(firsts);
    headline_votes(f, &mut tags);
    ordinary_headline_words(f, &mut tags);
    place_heads(f, &mut tags);
    tidy(f, &mut tags);
    join_runs(f, &mut tags);
    elided_particles(f, &mut tags);
    name_heads(f, &mut tags);
    event_heads(f, &mut tags);
    institution_names(f, &mut tags);
    group_possessives(f, &mut tags);
    and_other_kinds(f, &mut tags);
    ampersand_names(f, &mut tags);
    and_pairs(f, &mut tags);
    entries_over_and(f, &mut tags);
    cut_entries(f, &mut tags);
    agreement_names(f, &mut tags);
    glued_ampersands(f, &mut tags);
    participle_words(f, &mut tags);
    person_titles(f, &mut tags);
    context_types(f, &mut tags);
    dateline_parts(f, &mut tags);
    tags
}

/// Capitals say nothing in a headline (the document's first line, if it is one): a headline word
/// the rest of the document uses takes the tag it has there most often ("Reopen" is `O` when the
/// body says "reopen", "Busia" a place when the body tags it so).
fn headline_votes(f: &Features, tags: &mut [u8]) {
    let sentences = &f.doc.seg.sentences;
    let Some(head) = sentences.first().filter(|s| s.kind == SegmentKind::Headline) else { return };
    let words = |s: &Sentence| s.tokens().filter(|&i| f.doc.seg.tokens[i].kind == TokenKind::Word);
    // Only the headline's words are voted on: per key number, the number of its slot in `votes`
    // if the headline has it, else 0; per slot, how often the body gives each tag (`None` for a
    // key the body never uses).
    let mut slot = vec![0u32; f.keys.len()];
    let mut votes: Vec<Option<[u16; TAGS]>> = vec![None];
    for i in words(head) {
        if slot[f.key(i)] == 0 {
            slot[f.key(i)] = votes.len() as u32;
            votes.push(None);
        }
    }
    for s in &sentences[1..] {
        for i in words(s) {
            let k = slot[f.key(i)] as usize;
            if k != 0 {
                let n = &mut votes[k].get_or_insert_with(Default::default)[usize::from(tags[i])];
                *n = n.saturating_add(1);
            }
        }
    }
    for i in words(head) {
        if let Some(v) = votes[slot[f.key(i)] as usize] {
            let best = (0..TAGS).max_by_key(|&t| (v[t], t == usize::from(tags[i]))).unwrap_or(0);
            tags[i] = best as u8;
        }
    }
}

/// A name in a headline that no list or rule backs, made only of words the document uses as
/// ordinary words, is none: "Open" in "Chile Open Talks" when the body says "opened", "Return"
/// in "as Insurers Return" (a common word, never capitalised inside a sentence).
fn ordinary_headline_words(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    // Stems of the words the document writes in lower case, made at the first candidate.
    let mut lower: Option<crate::hash::FxSet<&str>> = None;
    // The keys the body writes, made at the first candidate.
    let mut body: Option<Vec<bool>> = None;
    let Some(s) = f.doc.seg.sentences.first().filter(|s| s.kind == SegmentKind::Headline) else { return };
    let mut facts = Vec::new();
    f.facts(s, &mut facts, false);
    let mut ordinary = |i: usize| {
        let tok = &facts[i - s.first as usize];
        let info = &f.keys[f.key(i)];
        if tokens[i].kind != TokenKind::Word || tok.gaz != 0 || tok.rule != 0 || info.cap_mid > 0 || info.lexbits & 1 != 0 {
            return false;
        }
        let k = f.doc.key(i);
        let lower = lower.get_or_insert_with(|| {
            let ids = (0..f.keys.len()).filter(|&id| f.keys[id].lower > 0);
            let mut set = crate::hash::FxSet::with_capacity_and_hasher(ids.clone().count(), Default::default());
            set.extend(ids.map(|id| stem(f.doc.key_of(id as u32))));
            set
        });
        lex.common.contains(k) || lower.contains(stem(k))
    };
    let end = s.last as usize;
    let mut i = s.first as usize;
    while i < end {
        let t = tags[i];
        let mut j = i + 1;
        while j < end && t != 0 && tags[j] == t {
            j += 1;
        }
        if t != 0 && (i..j).all(&mut ordinary) {
            tags[i..j].fill(0);
        } else if t != 0 {
            // Words the body never writes, which no list or rule backs, say nothing of a name
            // either: a run of them is none ("Smugglers Find New Routes"), and they are no end of
            // one ("Côte d’Ivoire Tighten Cocoa Pact").
            let mut unused = |k: usize| {
                let tok = &facts[k - s.first as usize];
                tokens[k].kind == TokenKind::Word && !tokens[k].has(ALL_CAPS) && tok.gaz == 0 && tok.rule == 0 && !body.get_or_insert_with(|| body_keys(f))[f.key(k)]
            };
            let mut cut = j;
            while cut > i && unused(cut - 1) {
                cut -= 1;
            }
            tags[cut..j].fill(0);
        }
        i = j;
    }
}

/// Per key number, whether the body (every segment after the headline) writes the key.
fn body_keys(f: &Features) -> Vec<bool> {
    let mut used = vec![false; f.keys.len()];
    for s in &f.doc.seg.sentences[1..] {
        for i in s.tokens() {
            used[f.key(i)] = true;
        }
    }
    used
}

/// Lower-case words that name a natural place's kind: a name before one is a place ("near the
/// Pastoruri glacier", "the Tuul river"), whatever else its spelling suggests.
pub(crate) const PLACE_HEADS: WordSet = words![
    "river", "lake", "glacier", "volcano", "mountain", "mountains", "hills", "valley", "canyon", "gorge", "peninsula",
    "delta", "highlands", "plateau", "desert", "strait", "gulf", "bay", "island", "islands", "coast", "basin",
    "sea", "ocean", "reef", "falls", "lagoon", "wetlands", "estuary",
];

/// Calls `each(tags, i..j, end)` for every name: a run of one non-zero tag within a sentence
/// (ending at `end`), cut after a possessive.
fn each_name(f: &Features, tags: &mut [u8], mut each: impl FnMut(&mut [u8], std::ops::Range<usize>, usize)) {
    let tokens = &f.doc.seg.tokens;
    for s in &f.doc.seg.sentences {
        let end = s.last as usize;
        let mut i = s.first as usize;
        while i < end {
            let t = tags[i];
            let mut j = i + 1;
            while j < end && t != 0 && tags[j] == t && !tokens[j - 1].has(POSSESSIVE) {
                j += 1;
            }
            if t != 0 {
                each(tags, i..j, end);
            }
            i = j;
        }
    }
}

/// A name that is no gazetteer entry, followed by a place head word in lower case, is a place.
fn place_heads(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let loc = 1 + EntityType::Loc as u8;
    each_name(f, tags, |tags, run, end| {
        let j = run.end;
        let head = |k: usize| k < end && tags[k] == 0 && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
        if tags[run.start] != loc && head(j) && PLACE_HEADS.contains(f.doc.key(j)) && run.clone().all(|k| f.gaz(k) == 0) && !tokens[j - 1].has(POSSESSIVE) {
            tags[run].fill(loc);
        }
    });
}

/// Last words that make a capitalised name a place ("Khentii Mountains", "Central Province"): a
/// natural place's kind ([`PLACE_HEADS`]) but "Mountain", which ends other names too ("Table
/// Mountain" but "Brokeback Mountain"), or a region's.
fn names_place(head: &str) -> bool {
    (PLACE_HEADS.contains(head) && head != "mountain") || REGION_NOUNS.contains(head) || head == "territory"
}

/// Last words that make a capitalised name an event ("Asian Archery Championships", "Davis Cup").
const NAME_EVENT_HEADS: WordSet = words!["championships", "championship", "cup", "games", "olympics", "olympiad", "festival", "marathon", "tournament", "trophy", "expo"];

/// A name of two words or more is a place when its last word names a place's kind, and an event
/// when it names an event's: the head decides, whatever the words before it suggest.
fn name_heads(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let (loc, misc) = (1 + EntityType::Loc as u8, 1 + EntityType::Misc as u8);
    let (mut before, mut sentence_end) = (0..0, 0);
    each_name(f, tags, |tags, run, end| {
        // A head word of its own right after another name in the sentence ("Baltic" ORG + "Sea"
        // LOC) heads it.
        let joined = run.len() == 1 && before.end == run.start && sentence_end == end && !tokens[run.start - 1].has(POSSESSIVE);
        let run = if joined { before.start..run.end } else { run };
        (before, sentence_end) = (run.clone(), end);
        if run.len() >= 2 && tokens[run.end - 1].has(CAP) {
            let head = f.doc.key(run.end - 1);
            let head = head.strip_suffix("'s").unwrap_or(head);
            if names_place(head) {
                tags[run].fill(loc);
            } else if NAME_EVENT_HEADS.contains(head) {
                tags[run].fill(misc);
            }
        }
    });
}

/// Words that join an institution's head word to what it is of, for or on.
const INSTITUTION_JOINS: WordSet = words!["of", "for", "on"];

/// Head words of institutions named by what they are of, for or on: "Bank of England", "Council on
/// Foreign Relations". Not a company's ("Daniels Pharmaceuticals Inc of St. Petersburg" is a
/// company and where it is), nor a government's or an army's ("the Army of Mali").
pub(crate) const INSTITUTION_HEADS: WordSet = words![
    "academy", "agency", "alliance", "assembly", "association", "authority", "bank", "board", "bureau", "center", "centre",
    "chamber", "coalition", "college", "commission", "committee", "confederation", "conference", "congress", "council", "court",
    "department", "directorate", "endowment", "federation", "forum", "foundation", "front", "fund", "initiative", "institute",
    "institution", "league", "ministry", "movement", "museum", "office", "organisation", "organization", "party", "programme",
    "program", "school", "secretariat", "society", "tribunal", "trust", "union", "university",
];


/// An event's head word ([`NAME_EVENT_HEADS`]) the model left untagged ends the name of the
/// capitalised words before it, where the model tagged one of them: "the Pacific Rowing
/// Championships", read as "Pacific" (a place) and two untagged words, is one event.
fn event_heads(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let misc = 1 + EntityType::Misc as u8;
    for (first, end) in prose(f.doc) {
        for h in first + 1..end {
            if tags[h] != 0 || !f.capword(h) || !f.capword(h - 1) || tokens[h - 1].has(POSSESSIVE) || !NAME_EVENT_HEADS.contains(f.doc.key(h)) {
                continue;
            }
            let mut i = h;
            while i > first && f.capword(i - 1) && !tokens[i - 1].has(POSSESSIVE) && !lex.stopwords.contains(f.doc.key(i - 1)) && !calendar(f.doc.key(i - 1)) {
                i -= 1;
            }
            if (i..h).any(|k| tags[k] & TAG_BITS != 0) {
                for t in &mut tags[i..=h] {
                    *t = misc;
                }
                tags[h] |= NAME_ENDS;
                if i > first && tags[i - 1] & TAG_BITS == misc {
                    tags[i - 1] |= NAME_ENDS;
                }
            }
        }
    }
}

/// An institution's capitalised name with "of", "for" or "on" inside is one organisation: "Council
/// on Foreign Relations", "Carnegie Endowment for International Peace", "Bank of England". Only in
/// prose (a title-case headline capitalises everything), where the head word is an institution's
/// (see [`INSTITUTION_HEADS`]), the join is tagged `O` or starts the model's name after it (which no lower-case word
/// starts: "Center" + "for Strategic Studies"), and the words after it are one name the model found or untagged
/// capitalised words.
fn institution_names(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let (org, misc) = (1 + EntityType::Org as u8, 1 + EntityType::Misc as u8);
    for (first, end) in prose(f.doc) {
        let mut h = first;
        while h + 2 < end {
            let join = h + 1;
            // The cheap tests first: most capitalised words are followed by no join.
            if !f.capword(h) || tokens[h].has(POSSESSIVE) || (tags[join] != 0 && tags[join] != tags[join + 1]) || !f.capword(join + 1)
                || !INSTITUTION_JOINS.contains(f.doc.key(join)) || !INSTITUTION_HEADS.contains(f.doc.key(h)) || calendar(f.doc.key(join + 1))
            {
                h += 1;
                continue;
            }
            // After the join: the model's name there, else a run of untagged capitalised words.
            let t = tags[join + 1];
            let mut last = join + 1;
            // (The model's name runs on over a lower-case word inside it, as "Bosnia and
            // Herzegovina" after "Federation of" does: the institution's name ends where it ends.)
            loop {
                if last + 1 < end && !tokens[last].has(POSSESSIVE) && f.capword(last + 1) && tags[last + 1] == t && (t != 0 || !calendar(f.doc.key(last + 1))) {
                    last += 1;
                } else if t != 0 && last + 2 < end && !tokens[last].has(POSSESSIVE) && tags[last + 1] == t && tags[last + 2] == t && f.capword(last + 2) && !tokens[last + 1].has(CAP) {
                    last += 2;
                } else {
                    break;
                }
            }
            // "Of" names what the institution is of, a place or a name ("Bank of England"); "on"
            // and "for" take words the model left untagged ("Council on Foreign Relations") or
            // read as a MISC of two words ("Endowment for" + "International Peace"), or a name the
            // model began at the join, never a name of its own ("the Supreme Court on Trump's
            // ban", "the Court for Apple", "the European Union on Brexit").
            let taken = t == 0 || (t == misc && last > join + 1) || tags[join] != 0;
            if f.doc.key(join) != "of" && (!taken || tokens[last].has(POSSESSIVE)) {
                h = join;
                continue;
            }
            // Before the head: its own name, else the capitalised words before it that are no stopwords.
            let mut start = h;
            while start > first && f.capword(start - 1) && !tokens[start - 1].has(POSSESSIVE) && if tags[h] != 0 { tags[start - 1] == tags[h] } else { tags[start - 1] == 0 && !lex.stopwords.contains(f.doc.key(start - 1)) } {
                start -= 1;
            }
            tags[start..=last].fill(org);
            h = last + 1;
        }
    }
}

/// Groups of people whose possessive sits inside names: "United Nations Children's Fund",
/// "People's Liberation Army", "Workers' Party", "Women's World Cup".
const GROUP_POSSESSIVES: WordSet = words![
    "people", "children", "women", "men", "workers", "farmers", "peasants", "citizens", "veterans", "teachers", "doctors",
    "nurses", "journalists", "lawyers", "students", "employers", "mothers", "soldiers", "pilots", "miners", "writers",
];

/// A tag's flag: this possessive does not end its name (see [`group_possessives`]).
const POSSESSIVE_INSIDE: u8 = 8;
/// A tag's flag: a name ends with this token, whatever the next one's tag (see [`participle_words`]).
const NAME_ENDS: u8 = 16;
/// A tag without its flags.
const TAG_BITS: u8 = 7;

/// A capitalised possessive of a group of people ([`GROUP_POSSESSIVES`]) followed by a capitalised
/// word does not end a name: it and the capitalised words around it are one, typed by the model's
/// tag for its last word, else an organisation.
fn group_possessives(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let org = 1 + EntityType::Org as u8;
    for (first, end) in prose(f.doc) {
        let mut p = first;
        while p + 1 < end {
            // "Children's" is one token, its possessive folded in its key; "Workers'" is the word,
            // then its apostrophe.
            if !f.capword(p) {
                p += 1;
                continue;
            }
            let apostrophe = p + 2 < end && crate::text::segment::plural_apostrophe(f.doc, p + 1);
            let next = if apostrophe { p + 2 } else { p + 1 };
            if !(tokens[p].has(POSSESSIVE) || apostrophe) || !f.capword(next) || !GROUP_POSSESSIVES.contains(f.doc.key(p)) {
                p += 1;
                continue;
            }
            // A name's words: capitalised, neither a stopword nor the start of a title ("National
            // Farmers' Union President Minette Batters" holds a person after the name).
            let word = |k: usize| f.capword(k) && !lex.stopwords.contains(f.doc.key(k)) && !lex.listed(f.doc.key(k), lists::STARTS_TITLE);
            if !word(next) {
                p += 1;
                continue;
            }
            // After it, the model's run for the word after the possessive (or untagged words).
            let mut last = next;
            while last + 1 < end && !tokens[last].has(POSSESSIVE) && word(last + 1) && tags[last + 1] & TAG_BITS == tags[next] & TAG_BITS {
                last += 1;
            }
            let mut start = p;
            while start > first && word(start - 1) && !tokens[start - 1].has(POSSESSIVE) {
                start -= 1;
            }
            // A group's possessive names an organisation or an event, not a person.
            let t = match tags[last] & TAG_BITS {
                0 => org,
                t if t == 1 + EntityType::Per as u8 => org,
                t => t,
            };
            tags[start..=last].fill(t);
            // The one possessive a span may hold (see `Features::model_spans`).
            if tokens[p].has(POSSESSIVE) {
                tags[p] |= POSSESSIVE_INSIDE;
            }
            p = last + 1;
        }
    }
}

/// Capitalised words joined by a spaced ampersand are one organisation: "Procter & Gamble",
/// "Marks & Spencer", "Bear Stearns & Co Inc". In prose only (a headline's "Trade & Markets"), and
/// not without spaces ("AT&T" is one word: see [`glued_ampersands`]).
fn ampersand_names(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let org = 1 + EntityType::Org as u8;
    // A name's words: capitalised, neither a stopword, the start of a title nor a day or month.
    let word = |k: usize| {
        let key = f.doc.key(k);
        f.capword(k) && !lex.stopwords.contains(key) && !lex.listed(key, lists::STARTS_TITLE) && !calendar(key)
    };
    for (first, end) in prose(f.doc) {
        let mut k = first + 1;
        while k + 1 < end {
            let spaced = tokens[k].has(SPACE_BEFORE) && tokens[k + 1].has(SPACE_BEFORE);
            if !spaced || tokens[k].kind == TokenKind::Word || f.doc.word(k) != "&" || !word(k - 1) || !word(k + 1) || tokens[k - 1].has(POSSESSIVE) {
                k += 1;
                continue;
            }
            // Each side is the model's run for the word next to the ampersand (or untagged words):
            // "Marks & Spencer Chief Executive Stuart Machin" ends at "Spencer", "Tuesday Procter &
            // Gamble" starts at "Procter".
            let same = |a: usize, b: usize| tags[a] & TAG_BITS == tags[b] & TAG_BITS;
            let mut start = k - 1;
            while start > first && word(start - 1) && !tokens[start - 1].has(POSSESSIVE) && same(start - 1, k - 1) {
                start -= 1;
            }
            let mut last = k + 1;
            while last + 1 < end && !tokens[last].has(POSSESSIVE) && word(last + 1) && same(last + 1, k + 1) {
                last += 1;
            }
            tags[start..=last].fill(org);
            // "Johnson & Johnson and Procter & Gamble" are two: an "and" the model ran into this
            // name from one before it is neither's.
            if start > first + 1 && f.doc.key(start - 1) == "and" && tags[start - 1] & TAG_BITS == org {
                tags[start - 1] = 0;
            }
            k = last + 1;
        }
    }
}

/// The tag of the gazetteer entry that token `i` starts and `last` ends, if there is one and it
/// is no demonym.
fn entry_tag(f: &Features, i: usize, last: usize) -> Option<u8> {
    let (tag, bits) = gaz_parts(f.gaz(i))?;
    let continues = |k: usize| gaz_parts(f.gaz(k)).is_some_and(|(_, b)| b & GAZ_INNER != 0);
    if bits & (GAZ_DEMONYM | GAZ_INNER) != 0 || !(i + 1..=last).all(continues) || continues(last + 1) {
        return None;
    }
    Some(tag)
}

/// A name does not run on over "and" into a name of another kind: "Kenya's People's Party and
/// Uganda's envoy" holds an organisation and a place, not "People's Party and Uganda". Where the
/// words between "and" and the end of the model's run (or a possessive, which ends a name) are one
/// gazetteer entry of another type than the run's, and the word before "and" is no entry of that
/// type ("Bosnia and Herzegovina's", "University of Trinidad and Tobago's" are one name each), the
/// run ends before "and", and the words after it take the entry's type.
// Not inlined, nor are `glued_ampersands` and `dateline_parts`: inlined in `decode`, the three
// made it 0.9M instructions slower on 768 KB of news (callgrind).
#[inline(never)]
fn and_other_kinds(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    // The key number of "and", then a search of the key numbers for it, not a look at every word.
    let Some(and) = f.doc.key_number("and") else { return };
    for (first, end) in prose(f.doc) {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = f.doc.find_key(from..end - 1, and) else { break };
            from = k + 1;
            let t = tags[k] & TAG_BITS;
            if t == 0 || tags[k - 1] & TAG_BITS != t || tags[k + 1] & TAG_BITS != t || tokens[k].has(CAP) || !f.capword(k + 1) {
                continue;
            }
            let mut last = k + 1;
            while last + 1 < end && !tokens[last].has(POSSESSIVE) && f.capword(last + 1) && tags[last + 1] & TAG_BITS == t {
                last += 1;
            }
            let Some(u) = entry_tag(f, k + 1, last).filter(|&u| u != t) else { continue };
            if gaz_parts(f.gaz(k - 1)).is_some_and(|(tag, _)| tag == u) {
                continue;
            }
            tags[k] = 0;
            tags[k + 1..=last].fill(u);
        }
    }
}

/// A gazetteer entry over "and" that the model read as two names of the entry's type, with the
/// "and" untagged, is one name: "Bosnia and Herzegovina's president", "Trinidad and Tobago".
#[inline(never)]
fn entries_over_and(f: &Features, tags: &mut [u8]) {
    let Some(and) = f.doc.key_number("and") else { return };
    let inner = |k: usize| gaz_parts(f.gaz(k)).is_some_and(|(_, b)| b & GAZ_INNER != 0);
    for (first, end) in prose(f.doc) {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = f.doc.find_key(from..end - 1, and) else { break };
            from = k + 1;
            if tags[k] & TAG_BITS != 0 || !inner(k) {
                continue;
            }
            let mut i = k;
            while i > first && inner(i) {
                i -= 1;
            }
            let mut last = k;
            while last + 1 < end && inner(last + 1) {
                last += 1;
            }
            let Some(u) = entry_tag(f, i, last) else { continue };
            if (i..=last).all(|j| j == k || tags[j] & TAG_BITS == u) {
                for t in &mut tags[i..=last] {
                    *t = (*t & !(TAG_BITS | NAME_ENDS)) | u;
                }
            }
        }
    }
}

/// A name does not begin inside a gazetteer entry: where the model read an entry's first words as
/// a name of one kind and its last as the start of a longer name of another that goes on past
/// the entry ("United" a place, "States Geological Survey" an organisation), the entry's first
/// words belong to the longer name ("United States Geological Survey", one organisation).
#[inline(never)]
fn cut_entries(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let inner = |k: usize| gaz_parts(f.gaz(k)).is_some_and(|(_, b)| b & GAZ_INNER != 0);
    for (first, end) in prose(f.doc) {
        for k in first + 1..end {
            // (the cheap tests first: two tags meet at an entry's inner word)
            let (t, u) = (tags[k] & TAG_BITS, tags[k - 1] & TAG_BITS);
            if t == 0 || u == 0 || t == u || tags[k - 1] & NAME_ENDS != 0 || !inner(k) || !f.capword(k) {
                continue;
            }
            let mut last = k;
            while last + 1 < end && inner(last + 1) {
                last += 1;
            }
            // The longer name goes on past the entry, in capitalised words.
            if !(last + 1 < end && tags[last + 1] & TAG_BITS == t && f.capword(last + 1) && (k..=last).all(|j| tags[j] & TAG_BITS == t)) {
                continue;
            }
            let mut i = k - 1;
            while i > first && inner(i) {
                i -= 1;
            }
            // The entry's first words are the whole of the other name.
            if (i > first && tags[i - 1] & TAG_BITS == u) || !(i..k).all(|j| tags[j] & TAG_BITS == u && !tokens[j].has(POSSESSIVE)) {
                continue;
            }
            for x in &mut tags[i..k] {
                *x = (*x & !TAG_BITS) | t;
            }
        }
    }
}

/// "X and Y's" as one company or two people ([`shared::and_pairs`]), read on the model's tags: a
/// word of a gazetteer entry is neither, a first word is a person's where the model read it so;
/// a word is known as a person's or a place's name where the model tagged it so (not where it is
/// joined by "and" to the other word of a pair) or, a person's, where it ends a person's name the
/// rules found; at a sentence's start an ordinary word is one the document writes in lower case,
/// or a common word it never capitalises mid-sentence. After [`ampersand_names`], so that
/// "Procter & Gamble" elsewhere is the company's name, not a place the model read in "at Procter".
#[inline(never)]
fn and_pairs(f: &Features, tags: &mut [u8]) {
    let (per, org) = (1 + EntityType::Per as u8, 1 + EntityType::Org as u8);
    for (k, pair) in shared::and_pairs(f.doc, &TagView { f, tags, lex: Lexicon::get() }) {
        if pair == AndPair::People {
            tags[k - 1] = per | NAME_ENDS;
            tags[k] = 0;
            tags[k + 1] = per | NAME_ENDS;
            continue;
        }
        // A name of its own, whatever the model tagged beside it.
        if k >= 2 && tags[k - 2] & TAG_BITS == org {
            tags[k - 2] |= NAME_ENDS;
        }
        tags[k - 1..=k + 1].fill(org);
        tags[k + 1] |= NAME_ENDS;
    }
}

/// The model's tags as [`shared::and_pairs`] reads them.
struct TagView<'f, 'd, 'a> {
    f: &'f Features<'d, 'a>,
    tags: &'f [u8],
    lex: &'static Lexicon,
}

impl AndView for TagView<'_, '_, '_> {
    fn word(&self, k: usize) -> bool {
        let (f, key) = (self.f, self.f.doc.key(k));
        f.capword(k) && f.gaz(k) == 0 && !self.lex.stopwords.contains(key) && !self.lex.listed(key, lists::STARTS_TITLE) && !calendar(key)
    }
    fn opens(&self, x: usize) -> bool {
        shared::opener(self.f.doc, x)
    }
    fn single(&self, _: usize) -> bool {
        true
    }
    fn person(&self, x: usize) -> bool {
        let per = 1 + EntityType::Per as u8;
        self.f.keys[self.f.key(x)].lexbits & lists::GIVEN as u8 != 0 || self.tags[x] & TAG_BITS == per
    }
    fn ordinary(&self, x: usize) -> bool {
        let info = &self.f.keys[self.f.key(x)];
        info.lower > 0 || (info.cap_mid == 0 && self.lex.common.contains(self.f.doc.key(x)))
    }
    fn named(&self, i: usize, joined: bool) -> Option<EntityType> {
        if self.f.keys[self.f.key(i)].surname {
            return Some(EntityType::Per);
        }
        let (per, loc) = (1 + EntityType::Per as u8, 1 + EntityType::Loc as u8);
        match self.tags[i] & TAG_BITS {
            _ if joined => None,
            t if t == per => Some(EntityType::Per),
            t if t == loc => Some(EntityType::Loc),
            _ => None,
        }
    }
    fn joins(&self, k: usize) -> bool {
        self.f.capword(k - 1) && self.f.capword(k + 1)
    }
}

/// Pairs of letters that, joined by an ampersand without spaces, are common nouns, not names:
/// "R&D", "Q&A", "M&A".
const AMPERSAND_NOUNS: &[(&str, &str)] = &[("r", "d"), ("q", "a"), ("m", "a"), ("p", "l"), ("b", "b"), ("r", "r"), ("g", "t"), ("f", "b")];

/// Capitalised words joined by an ampersand without spaces are one word: "AT&T", "S&P", "H&M" is
/// one organisation where the model tagged a side of it, never two single capitals ("R" and "D");
/// and the common nouns among them ([`AMPERSAND_NOUNS`]: "R&D", "Q&A") are no names at all.
#[inline(never)]
fn glued_ampersands(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let org = 1 + EntityType::Org as u8;
    // Most texts hold no ampersand: the key number's lookup says so, else a search of the key
    // numbers, not a walk over the tokens.
    let Some(amp) = f.doc.key_number("&") else { return };
    for s in &f.doc.seg.sentences {
        let (first, end) = (s.first as usize, s.last as usize);
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = f.doc.find_key(from..end - 1, amp) else { break };
            from = k + 1;
            if tokens[k].has(SPACE_BEFORE) || tokens[k + 1].has(SPACE_BEFORE) || !f.capword(k - 1) || !f.capword(k + 1) {
                continue;
            }
            let pair = (f.doc.key(k - 1), f.doc.key(k + 1));
            if AMPERSAND_NOUNS.contains(&pair) {
                tags[k - 1..=k + 1].fill(0);
            } else if tags[k - 1] & TAG_BITS != 0 || tags[k + 1] & TAG_BITS != 0 {
                tags[k - 1..=k + 1].fill(org);
            }
        }
    }
}

/// Lower-case nouns of a place's kind: a name in apposition to one is a place ("Sunamganj, the
/// worst-hit district, where …", "Khorgos, the main crossing on the border"), and so are the names
/// listed after one with "of", "at" or "including" ("the coastal provinces of Guayas and Manabí",
/// "ports at Poti and Batumi", "eleven crossings, including Elubo").
/// The words between a place's kind and the names it lists: "provinces of X", "ports at X",
/// "crossings, including X".
pub(crate) const PLACE_LINKS: WordSet = words!["of", "at", "including", "in", "across", "near", "around", "throughout"];

pub(crate) const PLACE_NOUNS: WordSet = words![
    "city", "cities", "town", "towns", "village", "villages", "district", "districts", "province", "provinces", "region",
    "regions", "county", "counties", "capital", "port", "ports", "crossing", "crossings", "island", "islands", "municipality",
    "municipalities", "suburb", "suburbs", "oasis", "township", "townships", "borough", "boroughs",
];

/// A region's kind: "the Western North region" is one place.
const REGION_NOUNS: WordSet = words!["region", "province", "district", "county", "prefecture", "oblast", "governorate"];

/// Compass words: "X, in the far east of the country", "X, in northern Kenya" is a place.
pub(crate) const COMPASS: WordSet = words![
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "northern", "southern", "eastern", "western", "north-eastern", "north-western",
    "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern", "central",
];

/// Lower-case nouns of what a place has: a name whose possessive they follow is a place
/// ("Sylhet's airport", "the capital's outskirts"), and so is a name after them and "of" ("the
/// mayor of Van", "residents of Kalabu": `context::place_lists`).
pub(crate) const PLACE_HAS: WordSet = words![
    "airport", "outskirts", "suburbs", "streets", "mayor", "mayors", "harbour", "harbor", "residents", "inhabitants", "countryside",
];

/// What makes a name a language: a verb of speaking with the name its object ("speaks Twi"), or a
/// verb of singing or writing and "in" before it ("sang in Twi"), "fluent in", "translated into".
/// Not "understand" or "learn": their object is as often a clause ("Reuters understands Kivuli
/// will bid").
pub(crate) const LANGUAGE_OBJECT: WordSet = words!["speak", "speaks", "spoke", "speaking", "spoken"];
pub(crate) const LANGUAGE_IN: WordSet = words!["sang", "sing", "sings", "sung", "singing", "fluent", "fluently", "translated", "dubbed", "subtitled", "preached", "chanted", "chanting"];

/// Capitalised names no list holds whose context says what they are, whatever the model read: a
/// person (an age between commas after the name: [`is_age`]), an organisation (in apposition to
/// a company's kind: [`ORG_NOUNS`]), a
/// place ([`PLACE_NOUNS`], [`PLACE_HAS`]) or a language ([`LANGUAGE_OBJECT`], [`LANGUAGE_IN`],
/// "in X and Spanish", "X speakers"). The model reads a town no list holds, in words it knows from
/// CoNLL-2003's clubs and companies, as often an organisation or a person. A name read so is read
/// so wherever the document writes it alone.
#[inline(never)]
fn context_types(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let (loc, misc, per, org) = (1 + EntityType::Loc as u8, 1 + EntityType::Misc as u8, 1 + EntityType::Per as u8, 1 + EntityType::Org as u8);
    let tag = |tags: &[u8], k: usize| tags[k] & TAG_BITS;
    let lower = |k: usize| tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    // A name that may be retyped: a run of one tag, no gazetteer entry's and no organisation
    // word's, not in capitals (an acronym); its end, from `i`, or `None`.
    let name_from = |tags: &[u8], i: usize, end: usize| -> Option<usize> {
        let t = tag(tags, i);
        if !f.capword(i) {
            return None;
        }
        if t == 0 {
            // A capitalised word the model left alone, where a capital means a name.
            let k = f.doc.key(i);
            let plain = !f.initial(i) && f.gaz(i) == 0 && !tokens[i].has(ALL_CAPS) && !lex.stopwords.contains(k) && !lex.common.contains(k) && !calendar(k) && !lex.listed(k, lists::STARTS_TITLE);
            return plain.then_some(i + 1);
        }
        let mut j = i + 1;
        while j < end && tag(tags, j) == t && tags[j - 1] & NAME_ENDS == 0 && !tokens[j - 1].has(POSSESSIVE) {
            j += 1;
        }
        let plain = |k: usize| f.gaz(k) == 0 && !tokens[k].has(ALL_CAPS) && !lex.listed(f.doc.key(k), lists::ORG_CUE);
        (i..j).all(plain).then_some(j)
    };
    // The name ending at `j` (one past), back to its start.
    let name_to = |tags: &[u8], j: usize, first: usize| -> Option<usize> {
        let t = tag(tags, j - 1);
        let mut i = j - 1;
        while t != 0 && i > first && tag(tags, i - 1) == t && tags[i - 1] & NAME_ENDS == 0 && !tokens[i - 1].has(POSSESSIVE) {
            i -= 1;
        }
        name_from(tags, i, j + 1).filter(|&e| e == j).map(|_| i)
    };
    let mut found: Vec<(usize, usize, u8)> = Vec::new();
    // Key numbers of the first words of natural places named with their kind ("Surma River").
    let mut heads: Vec<u32> = Vec::new();
    // Organisations named by an institution's head word the model left untagged.
    let mut orgs: Vec<(usize, usize)> = Vec::new();
    for (first, end) in prose(f.doc) {
        for k in first..end {
            // The cheap tests first: most tokens are lower-case words with no capital near them.
            let cap_at = |m: usize| m < end && f.capword(m);
            if tokens[k].kind == TokenKind::Punct {
                if k == first || k + 3 >= end || f.doc.key(k) != "," || !cap_at(k - 1) {
                    continue;
                }
                // "X, the [lower-case words] district, where …"
                if f.doc.key(k + 1) == "the" {
                    // (modifiers only between "the" and the noun: not "the mayor of the city")
                    let noun = (k + 2..end.min(k + 6)).take_while(|&m| lower(m) && !tokens[m].has(POSSESSIVE) && (m == k + 2 || !lex.stopwords.contains(f.doc.key(m - 1)))).find(|&m| {
                        PLACE_NOUNS.contains(f.doc.key(m)) && (m + 1 >= end || tokens[m + 1].kind != TokenKind::Word || lex.stopwords.contains(f.doc.key(m + 1)))
                    });
                    // (not a person the model read by full name: "Amina Yusuf, the district's …")
                    if let Some(i) = noun.and_then(|_| name_to(tags, k, first)).filter(|&i| i + 1 == k || tag(tags, i) != per) {
                        found.push((i, k, loc));
                    }
                }
                // "Wanjiru, the mayor of the city, said": a name of one word in apposition to a
                // person's title (`titles.txt`, modifiers only before it) is a person's
                if f.doc.key(k + 1) == "the" {
                    let title = (k + 2..end.min(k + 5))
                        .take_while(|&m| lower(m) && !tokens[m].has(POSSESSIVE) && (m == k + 2 || !lex.stopwords.contains(f.doc.key(m - 1))))
                        .find(|&m| lex.listed(f.doc.key(m), lists::TITLE));
                    let ends = |m: usize| m + 1 >= end || tokens[m + 1].kind != TokenKind::Word || lex.stopwords.contains(f.doc.key(m + 1));
                    // (not a place after a preposition: "In Kalobo, the governor of the county")
                    let place = |i: usize| i > first && words!["in", "at", "from", "to", "near"].contains(f.doc.key(i - 1));
                    if let Some(i) = title.filter(|&m| ends(m)).and_then(|_| name_to(tags, k, first)).filter(|&i| i + 1 == k && !place(i)) {
                        found.push((i, k, per));
                    }
                }
                // "Kanmon Dockyard, a family-controlled yard in …": in apposition to a company's
                // or a group's kind, a name is an organisation
                if matches!(f.doc.key(k + 1), "a" | "an" | "the") {
                    let head = (k + 2..end.min(k + 6))
                        .take_while(|&m| tokens[m].kind == TokenKind::Word && !tokens[m].has(POSSESSIVE) && !lex.stopwords.contains(f.doc.key(m)))
                        .find(|&m| !tokens[m].has(CAP) && ORG_NOUNS.contains(f.doc.key(m)));
                    let apposition = |m: usize| {
                        m + 1 >= end
                            || (tokens[m + 1].kind != TokenKind::Word && !tokens[m].has(POSSESSIVE))
                            || APPOSITION_GOES_ON.contains(f.doc.key(m + 1))
                    };
                    if let Some(i) = head.filter(|&m| apposition(m)).and_then(|_| name_to(tags, k, first)) {
                        found.push((i, k, org));
                    }
                }
                // "Duran, 45, said": a name with an age after it is a person's
                if is_age(f.doc.key(k + 1)) && matches!(f.doc.key(k + 2), "," | ")") {
                    if let Some(i) = name_to(tags, k, first) {
                        found.push((i, k, per));
                    }
                }
                // "X, in the far east of the country", "X, in northern Kenya"
                if f.doc.key(k + 1) == "in" {
                    let mut m = k + 2;
                    while m + 1 < end && matches!(f.doc.key(m), "the" | "far" | "remote" | "extreme") {
                        m += 1;
                    }
                    if let Some(i) = (lower(m) && COMPASS.contains(f.doc.key(m))).then(|| name_to(tags, k, first)).flatten() {
                        found.push((i, k, loc));
                    }
                }
                continue;
            }
            if tokens[k].has(CAP) {
                // "the centre-right Democratic Renewal Movement": capitalised words ending in an
                // institution's head word the model left untagged are one organisation
                if k > first && tag(tags, k) == 0 && f.capword(k) && f.capword(k - 1) && !f.initial(k) && INSTITUTION_HEADS.contains(f.doc.key(k)) {
                    let mut i = k;
                    while i > first && f.capword(i - 1) && !tokens[i - 1].has(POSSESSIVE) && !f.initial(i - 1) && !lex.stopwords.contains(f.doc.key(i - 1)) && !calendar(f.doc.key(i - 1)) && !lex.listed(f.doc.key(i - 1), lists::STARTS_TITLE) {
                        i -= 1;
                    }
                    // Not when the walk stopped at a sentence's first word, which may be the
                    // name's ("Democratic Renewal Movement leaders met"): the model's reading stands.
                    let cut = i > first && f.capword(i - 1) && f.initial(i - 1) && !lex.stopwords.contains(f.doc.key(i - 1));
                    if i < k && !cut && (i..k).all(|m| f.gaz(m) == 0 || tag(tags, m) != loc) {
                        orgs.push((i, k + 1));
                    }
                }
                // "the Surma" after "the Surma River": a natural place named without its kind
                if k > first && tag(tags, k) == loc && tag(tags, k - 1) == loc && tokens[k - 1].kind == TokenKind::Word && (k - 1 == first || tag(tags, k - 2) != loc)
                    && f.gaz(k - 1) == 0 && PLACE_HEADS.contains(f.doc.key(k))
                {
                    heads.push(f.doc.key_id(k - 1));
                }
                continue;
            }
            if !lower(k) || k == first || !(cap_at(k - 1) || cap_at(k + 1) || cap_at(k + 2) || cap_at(k + 3)) {
                continue;
            }
            let key = f.doc.key(k);
            // "Beled Hawo and Mandera": a name of one word listed with a place the model read
            if key == "and" && k + 1 < end {
                let place = |m: usize| tag(tags, m) == loc;
                let single = |m: usize, j: Option<usize>| j == Some(m + 1) && tag(tags, m) != loc && tags[m] & NAME_ENDS == 0 && !f.keys[f.key(m)].surname;
                // Not a modifier: "Chechnya and Moscow-backed leader …" (but "Kenya and Tessara daily").
                let alone = k + 2 >= end || tokens[k + 2].kind != TokenKind::Word || lex.stopwords.contains(f.doc.key(k + 2)) || ADVERBS_AFTER.contains(f.doc.key(k + 2));
                if place(k - 1) && alone && single(k + 1, name_from(tags, k + 1, end)) {
                    found.push((k + 1, k + 2, loc));
                }
                if place(k + 1) && name_to(tags, k, first).is_some_and(|i| single(i, Some(k))) {
                    found.push((k - 1, k, loc));
                }
                continue;
            }
            // "the Western North region": the capitalised words between "the" and a region's
            // kind are one place, however the model split or typed them
            if cap_at(k - 1) && tag(tags, k - 1) != 0 && REGION_NOUNS.contains(key) {
                let mut i = k - 1;
                while i > first && f.capword(i - 1) && !tokens[i - 1].has(POSSESSIVE) && (tag(tags, i - 1) != 0 || !(f.initial(i - 1) || lex.stopwords.contains(f.doc.key(i - 1)))) {
                    i -= 1;
                }
                if i + 2 <= k && i > first && f.doc.key(i - 1) == "the" && (i..k).any(|m| tag(tags, m) != loc || (m > i && tags[m - 1] & NAME_ENDS != 0)) {
                    for tag in &mut tags[i..k] {
                        *tag = loc;
                    }
                }
            }
            // "in X and Spanish", "in Spanish and X": a language listed with one
            if key == "in" {
                if k + 4 <= end && f.doc.key(k + 2) == "and" {
                    let demonym = |m: usize| gaz_parts(f.gaz(m)).is_some_and(|(t, bits)| t == misc && bits & GAZ_SINGLE != 0);
                    let after = |m: usize| m + 1 >= end || tokens[m + 1].kind != TokenKind::Word || lex.stopwords.contains(f.doc.key(m + 1));
                    for (x, y) in [(k + 1, k + 3), (k + 3, k + 1)] {
                        if demonym(y) && after(k + 3) && name_from(tags, x, end).is_some_and(|j| j == x + 1) {
                            found.push((x, x + 1, misc));
                        }
                    }
                }
                continue;
            }
            // "in Achieng's home county": a name of one word whose home a place is, is a person's
            if key == "home" && tokens[k - 1].has(POSSESSIVE) && cap_at(k - 1) && k + 1 < end && PLACE_NOUNS.contains(f.doc.key(k + 1)) {
                if let Some(i) = name_to(tags, k, first).filter(|&i| i + 1 == k) {
                    found.push((i, k, per));
                }
            }
            // "Sylhet's airport"
            if tokens[k - 1].has(POSSESSIVE) && cap_at(k - 1) && PLACE_HAS.contains(key) {
                if let Some(i) = name_to(tags, k, first) {
                    found.push((i, k, loc));
                }
            }
            // "Twi speakers", "the Kichwa language"
            if cap_at(k - 1) && matches!(key, "speakers" | "language" | "speaker") {
                if let Some(i) = name_to(tags, k, first).filter(|&i| i + 1 == k) {
                    found.push((i, k, misc));
                }
            }
            // "speaks Twi", "sang in Twi", "fluent in Twi"
            let at = if cap_at(k + 1) && LANGUAGE_OBJECT.contains(key) {
                Some(k + 1)
            } else if cap_at(k + 2) && matches!(f.doc.key(k + 1), "in" | "into") && LANGUAGE_IN.contains(key) {
                Some(k + 2)
            } else {
                None
            };
            if let Some(j) = at.and_then(|m| name_from(tags, m, end).filter(|&j| j == m + 1 && !tokens[m].has(POSSESSIVE))) {
                found.push((j - 1, j, misc));
            }
            // "provinces of X, Y and Z", "ports at X", "crossings, including X"
            if (cap_at(k + 2) || cap_at(k + 3)) && PLACE_NOUNS.contains(key) {
                let mut m = k + 1;
                if m + 1 < end && f.doc.key(m) == "," && f.doc.key(m + 1) == "including" {
                    m += 1;
                }
                if m + 1 < end && PLACE_LINKS.contains(f.doc.key(m)) {
                    m += 1;
                    while m < end {
                        let Some(j) = name_from(tags, m, end) else { break };
                        // Not a possessive: "villages in Odinga's home county".
                        if tokens[j - 1].has(POSSESSIVE) {
                            break;
                        }
                        found.push((m, j, loc));
                        if j + 1 < end && matches!(f.doc.key(j), "," | "and" | "or") {
                            m = j + 1 + usize::from(j + 2 < end && f.doc.key(j) == "," && matches!(f.doc.key(j + 1), "and" | "or"));
                        } else {
                            break;
                        }
                    }
                }
            }
        }
    }
    for (i, j) in orgs {
        tags[i..j].fill(org);
        tags[j - 1] |= NAME_ENDS;
    }
    if found.is_empty() && heads.is_empty() {
        return;
    }
    // Retyped, and so is every name of the same words written alone, but not a word the document
    // also writes in a person's full name ("Raila Odinga" and later "Odinga said"): one
    // misleading context would make the person a place wherever the surname stands alone.
    // Per key number: the tag its names of one word take, or 0, `LONGER` if a retyped name of
    // more words begins with it (those names are in `longer`), and `PERSON` for a person's word.
    const LONGER: u8 = 8;
    const PERSON: u8 = 16;
    let mut by_key = vec![0u8; f.keys.len()];
    let mut longer: Vec<(usize, usize, u8)> = Vec::new();
    for s in &f.doc.seg.sentences {
        let (first, end) = (s.first as usize, s.last as usize);
        for k in first + 1..end {
            if tag(tags, k) == per && tag(tags, k - 1) == per && tags[k - 1] & NAME_ENDS == 0 && !tokens[k - 1].has(POSSESSIVE) {
                by_key[f.doc.key_id(k - 1) as usize] = PERSON;
                by_key[f.doc.key_id(k) as usize] = PERSON;
            }
        }
    }
    for id in heads {
        if by_key[id as usize] & PERSON == 0 {
            by_key[id as usize] = loc;
        }
    }
    for &(mut i, j, t) in &found {
        if j == i + 1 && by_key[f.doc.key_id(i) as usize] & PERSON != 0 {
            continue;
        }
        // A place's name has no title before it: "In General Santos, the port city".
        let first = f.doc.seg.sentences[f.doc.sentence_of(i)].first as usize;
        while t == loc && i > first && tag(tags, i - 1) == 0 && f.capword(i - 1) && !f.initial(i - 1) && !lex.stopwords.contains(f.doc.key(i - 1)) {
            i -= 1;
        }
        for tag in &mut tags[i..j] {
            *tag = (*tag & !TAG_BITS) | t;
        }
        if j == i + 1 {
            let u = &mut by_key[f.doc.key_id(i) as usize];
            *u = (*u & LONGER) | t;
        } else {
            // A longer name is marked at its first word: its words are found again below.
            // (a person's word no more: the name is retyped whole, "Halvorsen Marine, a shipyard")
            let u = &mut by_key[f.doc.key_id(i) as usize];
            *u = (*u & !PERSON) | LONGER;
            longer.push((i, j, t));
        }
    }
    let same = |a: usize, b: usize, n: usize| (0..n).all(|d| f.doc.key_id(a + d) == f.doc.key_id(b + d));
    for s in &f.doc.seg.sentences {
        let (first, end) = (s.first as usize, s.last as usize);
        for k in first..end {
            let (t, u) = (tag(tags, k), by_key[f.doc.key_id(k) as usize]);
            if u == 0 || u & PERSON != 0 || t == 0 || (k > first && tag(tags, k - 1) == t && tags[k - 1] & NAME_ENDS == 0 && !tokens[k - 1].has(POSSESSIVE)) {
                continue;
            }
            let to = name_from(tags, k, end);
            if u & TAG_BITS != 0 && to == Some(k + 1) {
                tags[k] = (tags[k] & !TAG_BITS) | (u & TAG_BITS);
            } else if u & LONGER != 0 {
                if let Some(&(i, j, t)) = longer.iter().find(|&&(i, j, _)| to == Some(k + j - i) && same(i, k, j - i)) {
                    for tag in &mut tags[k..k + j - i] {
                        *tag = (*tag & !TAG_BITS) | t;
                    }
                }
            }
        }
    }
}

/// Adverbs of time and frequency, which may end a clause after a name without it modifying them:
/// "Trucks cross between Kenya and Tessara daily" (see [`context_types`]).
const ADVERBS_AFTER: WordSet = words!["daily", "weekly", "monthly", "yearly", "nightly", "hourly", "annually", "often", "regularly", "again", "too", "today", "yesterday", "tomorrow"];

/// Lower-case nouns naming what an organisation is, which a name in apposition to one is ("X, a
/// family-controlled yard", "X, the state broadcaster"); see [`context_types`].
const ORG_NOUNS: WordSet = words![
    "company", "firm", "group", "maker", "manufacturer", "producer", "lender", "insurer", "retailer", "carrier", "airline",
    "operator", "developer", "bank", "charity", "newspaper", "broadcaster", "club", "subsidiary", "conglomerate", "miner",
    "exporter", "brokerage", "shipbuilder", "yard", "shipyard", "refiner", "supplier", "distributor", "publisher",
    "cooperative", "startup", "automaker", "carmaker", "chipmaker", "drugmaker", "utility", "militia", "party",
];

/// Words after such a noun that keep the apposition going ("a yard in Shimonoseki", "a group
/// based in Busan"), where a reporting verb ("the company said") would begin a new clause.
const APPOSITION_GOES_ON: WordSet = words!["in", "based", "owned", "controlled", "listed", "headquartered", "founded", "that", "which", "whose", "with", "from", "and"];

/// A person's age as news writes it between commas ("Duran, 45, said"): a number from 1 to 115
/// in at most three digits.
fn is_age(k: &str) -> bool {
    k.len() <= 3 && k.bytes().all(|b| b.is_ascii_digit()) && k.parse::<u8>().is_ok_and(|n| (1..=115).contains(&n))
}

/// A dateline names a place first, in capitals: that run is a place whatever the model read
/// ("TAMALE, Ghana —", "KHORGOS —" for towns no list holds) when a comma or a news dash follows
/// it and none of its words is an ordinary one ("SOCCER -" opens a sports report: CoNLL-2003's
/// are hyphens, and the model reads them).
/// The date's month is no name ("Nov. 2": see [`dateline_month`]). With a parenthesis
/// ("LILONGWE (Nyasa Wire) —", "KYIV, Ukraine (AP) —": [`shared::dateline_sender`]), its
/// capitalised words outside the parenthesis are places but a month ("LIMA, March 3 (Andes Wire)
/// —"), those inside it the organisation that sent the story.
#[inline(never)]
fn dateline_parts(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let (org, loc) = (1 + EntityType::Org as u8, 1 + EntityType::Loc as u8);
    for s in f.doc.seg.sentences.iter().filter(|s| s.kind == SegmentKind::Dateline) {
        let (first, end) = (s.first as usize, s.last as usize);
        let place = (first..end).find(|&k| !tokens[k].has(ALL_CAPS) || !f.capword(k)).unwrap_or(end);
        let more = place < end && matches!(f.doc.word(place), "," | "\u{2014}" | "\u{2013}");
        if place > first && more && (first..place).all(|k| !lex.common.contains(f.doc.key(k)) && !lex.stopwords.contains(f.doc.key(k))) {
            tags[first..place].fill(loc);
        }
        for (k, tag) in tags.iter_mut().enumerate().take(end).skip(place) {
            if *tag != 0 && dateline_month(f.doc, k) {
                *tag = 0;
            }
        }
        let Some((open, close)) = shared::dateline_sender(f.doc, s) else { continue };
        for (k, tag) in (first..open).zip(&mut tags[first..open]) {
            if f.capword(k) && !calendar(f.doc.key(k)) && !dateline_month(f.doc, k) {
                *tag = loc;
            }
        }
        tags[open + 1..close].fill(org);
    }
}

/// An agreement the document names is one MISC name ("the Kumasi Accord", which the model read as a
/// person), unless the model's name holding its last word goes on past it (see
/// [`agreements`]); stopwords or an ordinary first word the model's name began with before it are
/// left out.
#[inline(never)]
fn agreement_names(f: &Features, tags: &mut [u8]) {
    let misc = 1 + EntityType::Misc as u8;
    let lex = Lexicon::get();
    agreements(f.doc, |first, head| {
        let t = tags[head];
        // (a run on over "and" is into another name: "the Trans-Caspian Transit Agreement and the
        // Paris Agreement" are two, the words between them none's, see below)
        let over_and = t != 0 && head + 1 < tags.len() && tags[head + 1] == t && matches!(f.doc.key(head + 1), "and" | "or");
        if t == 0 || head + 1 >= tags.len() || tags[head + 1] != t || over_and {
            // What is left of the model's name before it, if only stopwords or the sentence's
            // ordinary first word, is none ("The" of "The Hague Convention", "Implementing").
            let (old, mut j) = (tags[first], first);
            let opens = |k: usize| f.doc.opens_sentence(k) && agreement_opener(lex, f.doc.key(k));
            while old != 0 && j > 0 && tags[j - 1] == old && (lex.stopwords.contains(f.doc.key(j - 1)) || opens(j - 1)) {
                j -= 1;
            }
            if j == 0 || tags[j - 1] != old {
                tags[j..first].fill(0);
            }
            // So is a stopword the model read as a name of its own right before it ("The" LOC of
            // "The Hague Convention" MISC).
            let b = j.min(first);
            if b > 0 && tags[b - 1] != 0 && lex.stopwords.contains(f.doc.key(b - 1)) && (b == 1 || tags[b - 2] != tags[b - 1]) {
                tags[b - 1] = 0;
            }
            tags[first..=head].fill(misc);
            if over_and {
                tags[head] |= NAME_ENDS;
            }
        }
    });
}

/// Last parts of a hyphenated word that make it a name of its own before another: "Ohio-based
/// KeyCorp", "Communist-led CGT", "Kremlin-backed", "Brazilian-born".
pub(crate) const PARTICIPLES: WordSet = words![
    "based", "led", "born", "owned", "backed", "run", "funded", "controlled", "listed", "made", "held", "dominated",
    "sponsored", "allied", "linked", "brokered", "bred", "raised", "registered", "headquartered", "affiliated",
];

/// A capitalised hyphenated word ending in a participle ([`PARTICIPLES`]) that the model joined to
/// the name after it is a name of its own (a MISC, as in CoNLL-2003): "Ohio-based" and "KeyCorp",
/// not "Ohio-based KeyCorp" read as one person. Runs after [`ampersand_names`], which may have
/// taken it in.
fn participle_words(f: &Features, tags: &mut [u8]) {
    let lex = Lexicon::get();
    let misc = 1 + EntityType::Misc as u8;
    for s in f.doc.seg.sentences.iter().filter(|s| s.kind != SegmentKind::Headline) {
        for k in s.first as usize..(s.last as usize).saturating_sub(1) {
            let (t, u) = (tags[k] & TAG_BITS, tags[k + 1] & TAG_BITS);
            if t == 0 || u == 0 || !f.capword(k) || !f.capword(k + 1) {
                continue;
            }
            let Some((head, tail)) = f.doc.key(k).rsplit_once('-') else { continue };
            let initial = k == s.first as usize;
            // Where the model's run starts here, or continues one of another MISC before it.
            if !PARTICIPLES.contains(tail) || (!initial && tags[k - 1] & TAG_BITS == t && t != misc) {
                continue;
            }
            // At a sentence's start a capital says nothing, and an ordinary word is no name:
            // "Family-controlled Douglas & Lomason".
            tags[k] = if initial && lex.common.contains(head) { 0 } else { misc | NAME_ENDS };
            // Nor does it join another name before it ("the Swiss Zurich-based UBS").
            if !initial && tags[k - 1] & TAG_BITS == misc {
                tags[k - 1] |= NAME_ENDS;
            }
        }
    }
}

/// A person's name does not begin with a title (`titles.txt`, whole, one word, or the last word
/// of a two-word title whose first word is outside the name): "CEO Alex Gorsky" and "Chief
/// Executive Stuart Machin" are "Alex Gorsky" and "Stuart Machin", as CoNLL-2003 and our fixtures
/// write them and the rules read them. Only where a capitalised word of the name that is no title
/// follows.
fn person_titles(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lex = Lexicon::get();
    let per = 1 + EntityType::Per as u8;
    for s in &f.doc.seg.sentences {
        let (first, end) = (s.first as usize, s.last as usize);
        for i in first..end.saturating_sub(1) {
            // (the token's own tag first: most tokens are no person's)
            if tags[i] & TAG_BITS != per || tags[i] & NAME_ENDS != 0 || tokens[i].has(POSSESSIVE) || tags[i + 1] & TAG_BITS != per {
                continue;
            }
            let starts = i == first || tags[i - 1] & TAG_BITS != per || tags[i - 1] & NAME_ENDS != 0 || tokens[i - 1].has(POSSESSIVE);
            if !starts {
                continue;
            }
            // The title is the word, or the word ends one that starts before the name: "Chief
            // Executive Stuart Machin" read from "Executive".
            let title = lex.listed(f.doc.key(i), lists::TITLE)
                || (i > first
                    && f.capword(i - 1)
                    && lex.listed(f.doc.key(i - 1), lists::STARTS_TITLE)
                    && lex.titles.map.contains_key(format!("{} {}", f.doc.key(i - 1), f.doc.key(i)).as_str()));
            if title && f.capword(i + 1) && !lex.listed(f.doc.key(i + 1), lists::TITLE | lists::STARTS_TITLE) {
                tags[i] = 0;
            }
        }
    }
}

/// A word of an elided particle and a capitalised name ("d'Ivoire", "d’Estaing", "dell'Orto")
/// right after a name continues it: "Côte d'Ivoire" is one place, not "Côte". (A rule of its
/// own, not a capital in the features: CoNLL-2003 `train` holds three such words, and reading
/// them as capitals moves the trained weights.)
fn elided_particles(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    for s in &f.doc.seg.sentences {
        for i in s.first as usize + 1..s.last as usize {
            let t = tags[i - 1];
            if t == 0 || tags[i] != 0 || tokens[i].kind != TokenKind::Word || tokens[i - 1].has(POSSESSIVE) {
                continue;
            }
            let Some((particle, name)) = f.doc.word(i).split_once(['\'', '\u{2019}']) else { continue };
            if (1..=4).contains(&particle.len()) && particle.bytes().all(|b| b.is_ascii_lowercase()) && name.chars().next().is_some_and(char::is_uppercase) {
                tags[i] = t;
            }
        }
    }
}

/// A word without its commonest inflection and final `e`, so that its forms meet: `opened`,
/// `opens`, `opening` and `open` all give `open`; `closes`, `closed`, `close` give `clos`.
fn stem(k: &str) -> &str {
    let k = ["ing", "ed", "es", "s"].iter().find_map(|suf| k.strip_suffix(suf).filter(|r| r.len() >= 3)).unwrap_or(k);
    k.strip_suffix('e').filter(|r| r.len() >= 3).unwrap_or(k)
}

/// Two names side by side in one run of capitalised words are one name, typed by its last word
/// ("Qollqa Minerals", "Tuul River"), unless the first is a gazetteer entry of its own
/// ("American Todd Martin", "Chicago NAPM").
fn join_runs(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    for s in &f.doc.seg.sentences {
        let end = s.last as usize;
        // Walk right to left, so a chain takes the type of its last name.
        for i in (s.first as usize..end.saturating_sub(1)).rev() {
            let (t, u) = (tags[i], tags[i + 1]);
            if t == 0 || u == 0 || t == u || !f.capword(i) || !f.capword(i + 1) || tokens[i].has(POSSESSIVE) {
                continue;
            }
            let mut k = i;
            while k > s.first as usize && tags[k - 1] == t && !tokens[k - 1].has(POSSESSIVE) {
                k -= 1;
            }
            if (k..=i).any(|j| f.gaz(j) != 0) {
                continue;
            }
            for tag in &mut tags[k..=i] {
                *tag = u;
            }
        }
    }
}

/// A name does not end in a lower-case word: one that ends in a joining word before another
/// name takes that name in ("Central Bank of" + "Sri Lanka"), else its lower-case end is cut.
fn tidy(f: &Features, tags: &mut [u8]) {
    let tokens = &f.doc.seg.tokens;
    let lower = |i: usize| tokens[i].kind == TokenKind::Word && !tokens[i].has(CAP);
    for s in &f.doc.seg.sentences {
        let (first, end) = (s.first as usize, s.last as usize);
        let mut i = first;
        while i < end {
            let t = tags[i];
            if t == 0 || !lower(i) || (i + 1 < end && tags[i + 1] == t) {
                i += 1;
                continue;
            }
            // Token i is lower case and ends a run of tag t.
            if i + 1 < end && tags[i + 1] != 0 && tokens[i + 1].has(CAP) && CONNECTORS.contains(f.doc.key(i)) {
                let u = tags[i + 1];
                let mut j = i + 1;
                while j < end && tags[j] == u {
                    tags[j] = t;
                    j += 1;
                }
                i = j;
            } else {
                let mut j = i;
                while j >= first && tags[j] == t && lower(j) {
                    tags[j] = 0;
                    if j == 0 {
                        break;
                    }
                    j -= 1;
                }
                i += 1;
            }
        }
    }
}

/// The first pass's tags, gathered by word key: how often each key was tagged with each tag,
/// and how often it ended (or began) a person's name of two words or more (see [`roles`]).
pub(crate) struct Prior {
    /// Per key the model scores a token of, by [`KeyInfo::own`] (0, none, stays empty): count per
    /// tag, then surname count, then given-name count.
    keys: Vec<[u16; TAGS + 2]>,
}

/// Per token of sentence `s`, in `out`: 1 if it ends a first-pass person's name of two words or
/// more, 2 if it begins one. `tags` are the sentence's first-pass tags (from its first token), in
/// their low three bits.
pub(crate) fn roles(f: &Features, tags: &[u8], s: &Sentence, out: &mut Vec<u8>) {
    let (first, end) = (s.first as usize, s.last as usize);
    let n = end - first;
    out.clear();
    out.resize(n, 0);
    let (tags, tokens) = (&tags[..n], &f.doc.seg.tokens[first..end]);
    let per = 1 + EntityType::Per as u8;
    let tag = |k: usize| tags[k] & 7;
    // Indices from the sentence's first token.
    let mut i = 0;
    while i < n {
        // Only runs of `PER` count; a token of another tag is passed alone (a run of `PER`
        // starts at the first of its tag after another, however the others' runs are cut).
        if tag(i) != per {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && tag(j) == per && !tokens[j - 1].has(POSSESSIVE) {
            j += 1;
        }
        if j - i >= 2 {
            out[j - 1] |= 1;
            out[i] |= 2;
        }
        i = j;
    }
}

impl Prior {
    /// `tags`: the first pass's, in their low three bits.
    pub fn new(f: &Features, tags: &[u8]) -> Prior {
        let mut prior = Prior::empty(f);
        let mut role = Vec::new();
        for s in &f.doc.seg.sentences {
            prior.add(f, s, &tags[s.first as usize..s.last as usize], &mut role, |_| ());
        }
        prior
    }

    /// A prior with nothing counted yet.
    fn empty(f: &Features) -> Prior {
        Prior { keys: vec![[0u16; TAGS + 2]; f.affixes.len()] }
    }

    /// Counts sentence `s`'s first-pass tags `tags` (from its first token, in their low three bits);
    /// `role` is room for its roles, and `each` gets each scored token's role in turn.
    fn add(&mut self, f: &Features, s: &Sentence, tags: &[u8], role: &mut Vec<u8>, mut each: impl FnMut(u8)) {
        roles(f, tags, s, role);
        for ((i, &r), &tag) in s.tokens().zip(role.iter()).zip(tags) {
            if !f.scored(i) {
                continue;
            }
            each(r);
            let k = &mut self.keys[f.own(i)];
            // Saturating: a word may occur more than 65,535 times.
            let t = usize::from(tag & 7);
            k[t] = k[t].saturating_add(1);
            k[TAGS] = k[TAGS].saturating_add(u16::from(r & 1));
            k[TAGS + 1] = k[TAGS + 1].saturating_add(u16::from(r >> 1));
        }
    }

    /// Token `i`'s second-pass features: the tags its key got elsewhere (its own use left out).
    /// `tok` is its facts (see [`Features::facts`]), `own` its first-pass tag, `role` its role
    /// (see [`roles`]).
    pub fn features(&self, f: &Features, tok: &Tok, i: usize, own: u8, role: u8) -> [u32; PRIOR] {
        let own = usize::from(own);
        let mut c = self.keys[f.own(i)];
        c[own] = c[own].saturating_sub(1);
        c[TAGS] = c[TAGS].saturating_sub(u16::from(role & 1));
        c[TAGS + 1] = c[TAGS + 1].saturating_sub(u16::from(role >> 1));
        // Each count saturates at u16::MAX; their sum may not fit 16 bits.
        let named: u32 = c[1..TAGS].iter().map(|&x| u32::from(x)).sum();
        // The commonest name type elsewhere (1..=4), 0 if only `O`, 5 if the word occurs nowhere else.
        let mut major = if named == 0 { if c[0] == 0 { 5 } else { 0 } } else { 1 };
        for t in 2..TAGS {
            if c[t] > c[major] {
                major = t;
            }
        }
        let share = match (named, c[0]) {
            (0, _) => 0u64,
            (_, 0) => 1 + u64::from(named.min(2)),
            _ => 4,
        };
        let major = major as u64;
        let caps = u64::from(tok.caps);
        let init = u64::from(tok.initial);
        let kd = u64::from(tok.kind);
        let (sur, giv) = (u64::from(c[TAGS].min(1)), u64::from(c[TAGS + 1].min(1)));
        let run_len = tok.run_len.min(3);
        [
            f.memo(M200, R200, [major as usize, share as usize, caps as usize], 200, [major, share, caps]),
            f.memo(M201, R201, [major as usize, own], 201, [major, own as u64]),
            f.memo(M202, R202, [sur as usize, giv as usize, caps as usize, usize::from(run_len), usize::from(tok.run_pos)], 202, [sur, giv, caps, u64::from(run_len), u64::from(tok.run_pos)]),
            f.memo(M203, R203, [major as usize, share as usize, kd as usize, init as usize], 203, [major, share, kd, init]),
            f.memo(M204, R204, [major as usize, usize::from(tok.gaz), usize::from(tok.rule)], 204, [major, u64::from(tok.gaz), u64::from(tok.rule)]),
        ]
    }
}

/// [`argmax`] of integer scores, as decoding sums them (exact as `f32`: well under 2^24), without
/// converting them.
fn best(scores: &[i32; TAGS]) -> u8 {
    let mut best = 0;
    for t in 1..TAGS {
        if scores[t] > scores[best] {
            best = t;
        }
    }
    best as u8
}

pub(crate) fn argmax(scores: &[f32; TAGS]) -> u8 {
    let mut best = 0;
    for t in 1..TAGS {
        if scores[t] > scores[best] {
            best = t;
        }
    }
    best as u8
}

/// What the document says about one word key, wherever it occurs, and the key's own features
/// (computed once per distinct key).
///
/// 20 bytes (a 10 MB text with a real vocabulary has 115,000 keys): the counts saturate at 255,
/// which no reading of them reaches (they are read up to 3), and the hash is two halves.
#[derive(Clone, Copy, Default)]
struct KeyInfo {
    /// Capitalised occurrences inside prose sentences, not sentence-initial.
    cap_mid: u8,
    /// Lower-case occurrences.
    lower: u8,
    /// Types the rule tagger gave spans holding the key (bit per type).
    rule_types: u8,
    /// The last word of a multi-word person's name.
    surname: bool,
    /// Given name, ambiguous given name, stopword, common word, organisation cue, place cue, title.
    lexbits: u8,
    /// Length in characters (at most 8) in the low four bits, then whether it holds a digit, a hyphen.
    chars: u8,
    /// The first word of a gazetteer entry.
    starts_entry: bool,
    /// For a key the model scores a token of ([`OWN`]): its number among those keys, from 1, in
    /// [`Features::affixes`] and [`Prior`]; else 0, whose affixes are 0 and whose prior is empty.
    own: u32,
    /// The key's hash, low half first.
    word: [u32; 2],
}

impl KeyInfo {
    fn word(&self) -> u64 {
        u64::from(self.word[1]) << 32 | u64::from(self.word[0])
    }
}

/// Per token facts the features are made of (its key number is the document's), made for one
/// sentence at a time (see [`Features::facts`]).
#[derive(Clone, Copy, Default)]
pub(crate) struct Tok {
    shape: u64,
    /// The rule span holding the token (see [`Rule::code`]), 0 outside one.
    rule: u8,
    gaz: u8,
    kind: u8,
    initial: bool,
    caps: u8,
    /// The capitalised run holding the token (see [`Features::new`]): its length, and the
    /// token's place in it (0 none, 1 alone, 2 first, 3 inside, 4 last).
    run_len: u8,
    run_pos: u8,
}

impl Tok {
    /// What the second pass reads besides the shape, the gazetteer and rule codes and the
    /// sentence's kind, in 8 bits: `initial`, `caps`, `run_len` up to 3 (all [`Prior::features`]
    /// tells apart), `run_pos`.
    fn pack(&self) -> u8 {
        // run_pos ≤ 4 (3 bits), caps ≤ 3 (2 bits).
        u8::from(self.initial) | self.caps << 1 | self.run_len.min(3) << 3 | self.run_pos << 5
    }

    /// The facts [`Tok::pack`] kept, with the rest.
    fn unpack(p: u8, shape: u64, gaz: u8, kind: SegmentKind, rule: u8) -> Tok {
        Tok { shape, rule, gaz, kind: kind as u8, initial: p & 1 != 0, caps: (p >> 1) & 3, run_len: (p >> 3) & 3, run_pos: p >> 5 }
    }
}

/// Lower-case words that join two capitalised words into one name ("Bank of England"): a name's
/// links ([`shared::NAME_LINKS`]), and particles of people's names. Not `particles::is_particle`,
/// the words between a given name and a surname, though most are both: this list has "of", "for"
/// and "des", and not "bint", "das", "dei", "dela", "della", "di", "dos", "ibn", "te", "ten",
/// "ter", "y" or "zu"; nor `connectors`' links, which have "das", "dos", "di" and "della", not
/// "la", "le", "van", "von", "der", "al", "bin" or "el". The features read it (a capitalised
/// run's length and position), as does the rule tagger's `particles::run_particle`: another list
/// would change the features the weights were trained on.
const CONNECTORS: WordSet = words![..shared::NAME_LINKS, "da", "do", "la", "le", "van", "von", "der", "al", "bin", "el"];

/// What the model knows of a document: per key, per rule span, and per token only its gazetteer
/// code and whether it is scored (a byte a token); the rest of a token's facts are made a
/// sentence at a time ([`Features::facts`]), as a long text's tokens are most of its memory.
pub(crate) struct Features<'d, 'a> {
    pub doc: &'d Doc<'a>,
    /// Per key number.
    keys: Vec<KeyInfo>,
    /// Per key the model scores a token of, by [`KeyInfo::own`] (0: none): its prefixes of 2 and 3
    /// characters and suffixes of 2, 3 and 4. Apart from the other keys' facts, which would take
    /// 20 bytes more each (a 10 MB text with a real vocabulary has 115,000 keys, a third scored).
    affixes: Vec<[u32; 5]>,
    /// Rule spans, in token order.
    rules: Vec<Rule>,
    /// The rule spans' gazetteer names: `None`, then each name once, as [`Rule::name`] numbers them.
    names: Vec<Option<&'static str>>,
    /// Per token: whether the model scores it (`SCORED`, see [`Features::scored`]) and the
    /// gazetteer entry it is in (the low bits, see [`Features::gaz`]).
    marks: Vec<u8>,
    /// Word shapes met lately (see [`Features::shape`]), a slot per key number modulo their count.
    shapes: Vec<std::cell::Cell<ShapeSlot>>,
    /// The features whose parts take few values, each combination hashed the first time a
    /// document meets it (0: not yet; see [`Features::memo`]).
    memo: Vec<std::cell::Cell<u32>>,
}

/// A word's shape and the word: its length, and its bytes as one number if it has at most 8
/// ([`padded_word`]), else its byte offset in the text.
#[derive(Clone, Copy)]
struct ShapeSlot {
    word: u64,
    len: u32,
    shape: u64,
}

/// How many shapes [`Features::shape`] keeps (a power of two): 48 KB, bounded whatever the
/// text's number of distinct keys.
const SHAPE_SLOTS: usize = 2048;

const SCORED: u8 = 0x80;
/// The token is a word or number that begins its sentence's words or follows an opener (see
/// [`opener`]): [`Tok::initial`], found once in [`Features::new`] for both passes' facts.
const INITIAL: u8 = 0x40;
/// The gazetteer code's bits of a token's mark.
const GAZ_BITS: u8 = 0x3f;

/// A token's gazetteer code ([`Features::gaz`]) is 0 outside an entry, else 1 plus: the entry's
/// type times `GAZ_TYPE`, and these bits. At most 33: within [`GAZ_BITS`].
const GAZ_TYPE: u8 = 8;
const GAZ_DEMONYM: u8 = 4;
/// The entry is one word.
const GAZ_SINGLE: u8 = 2;
/// Not the entry's first word.
const GAZ_INNER: u8 = 1;

/// What a gazetteer code says: the entry's tag (1 + type) and its bits, or `None` outside one.
fn gaz_parts(code: u8) -> Option<(u8, u8)> {
    code.checked_sub(1).map(|c| (1 + c / GAZ_TYPE, c % GAZ_TYPE))
}

/// A rule span as the model keeps it: 12 bytes where a [`Span`] takes 20 in WebAssembly and 32
/// natively, with its gazetteer name as a number (see [`Features::rule_span`]).
#[derive(Clone, Copy)]
struct Rule {
    first: u32,
    last: u32,
    ty: EntityType,
    evidence: Evidence,
    /// Index into [`Features::names`]: a document names far fewer gazetteer entries than 65,535
    /// (the whole gazetteer holds fewer, a test checks).
    name: u16,
}

impl Rule {
    /// The rule code of token `i`, which the span holds (see [`Tok::rule`]): its type, evidence,
    /// and whether it is past the first token. At most 1 + 3 × 6 + 2 × 2 + 1 = 24.
    fn code(&self, i: usize) -> u8 {
        1 + self.ty as u8 * 6 + self.evidence as u8 * 2 + u8::from(i > self.first as usize)
    }
}

/// How many values each part of a memoised feature takes ([`Features::memo`]), and where its
/// combinations start: static features 18–28, the prior's 200–204 and the dynamic 104. A word's lists
/// (`lexbits`) take 0–127, the rule types of its key 0–15 (a bit per type), a rule code 0–24, each with 255 outside the sentence in the last
/// slot; a gazetteer code 0–33, a sentence kind 0–2, `caps` 0–3, a length 0–8, a tag 0–4, the
/// prior's commonest tag 0–5 and its share 0–4.
const R18: [usize; 3] = [2, 4, 128];
const R19: [usize; 2] = [129, 4];
const R21: [usize; 1] = [34];
const R22: [usize; 3] = [34, 3, 2];
const R23: [usize; 1] = [25];
const R24: [usize; 2] = [26, 25];
const R25: [usize; 2] = [25, 26];
const R26: [usize; 5] = [4, 2, 3, 3, 2];
const R27: [usize; 4] = [16, 2, 25, 4];
const R28: [usize; 5] = [2, 2, 2, 9, 4];
const R200: [usize; 3] = [6, 5, 4];
const R201: [usize; 2] = [6, 5];
const R202: [usize; 5] = [2, 2, 4, 4, 5];
const R203: [usize; 4] = [6, 5, 3, 2];
const R204: [usize; 3] = [6, 34, 25];
const R104: [usize; 2] = [TAGS, 34];

const fn combos(radix: &[usize]) -> usize {
    let (mut n, mut k) = (1, 0);
    while k < radix.len() {
        n *= radix[k];
        k += 1;
    }
    n
}

const M18: usize = 0;
const M19: usize = M18 + combos(&R18);
const M20: usize = M19 + combos(&R19);
const M21: usize = M20 + combos(&R19);
const M22: usize = M21 + combos(&R21);
const M23: usize = M22 + combos(&R22);
const M24: usize = M23 + combos(&R23);
const M25: usize = M24 + combos(&R24);
const M26: usize = M25 + combos(&R25);
const M27: usize = M26 + combos(&R26);
const M28: usize = M27 + combos(&R27);
const M200: usize = M28 + combos(&R28);
const M201: usize = M200 + combos(&R200);
const M202: usize = M201 + combos(&R201);
const M203: usize = M202 + combos(&R202);
const M204: usize = M203 + combos(&R203);
const M104: usize = M204 + combos(&R204);
/// 13,171 slots (53 KB).
const MEMO: usize = M104 + combos(&R104);

/// The slot of a word's lists or a rule code `v` in its part of a memoised feature: 255, outside
/// the sentence, in the last (`outside`).
#[inline(always)]
fn slot(v: u64, outside: usize) -> usize {
    if v == 255 {
        outside
    } else {
        v as usize
    }
}

const SHAPE_AT: usize = 3;
const KEY_AT: usize = 1;
const GAZ_AT: usize = 21;

#[inline(always)]
fn mix(h: u64) -> u32 {
    let mut h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    (h ^ (h >> 33)) as u32
}

fn hash_str(template: u64, s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u64(template);
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

#[inline(always)]
fn hash_n<const N: usize>(template: u64, values: [u64; N]) -> u32 {
    let mut h = FxHasher::default();
    h.write_u64(template);
    for &v in &values {
        h.write_u64(v);
    }
    mix(h.finish())
}

/// A word's shape, hashed: `Kenya` → `Xx`, `NATO` → `X`, `U.S.` → `X.X.`, `1996-08-22` → `d-d-d`.
fn shape(word: &str) -> u64 {
    let mut h = FxHasher::default();
    let mut last = 0u8;
    let mut n = 0;
    for c in word.chars() {
        // ASCII first: the same classes, without the Unicode tables.
        let code = if c.is_ascii() {
            match c as u8 {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                b => b,
            }
        } else if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'o'
        };
        if code != last {
            h.write_u8(code);
            last = code;
            n += 1;
            if n == 6 {
                break;
            }
        }
    }
    h.finish()
}

/// Up to 2 and 3 characters from the start of `s`, and up to 2, 3 and 4 from its end, in one
/// walk from each side.
fn affixes(s: &str) -> [&str; 5] {
    let mut from_start = s.char_indices().map(|(at, _)| at);
    let prefix = |at: Option<usize>| at.and_then(|at| s.get(..at)).unwrap_or(s);
    let (p2, p3) = (from_start.nth(2), from_start.next());
    let mut from_end = s.char_indices().rev().map(|(at, _)| at);
    let suffix = |at: Option<usize>| at.and_then(|at| s.get(at..)).unwrap_or(s);
    let s2 = from_end.nth(1);
    let (s3, s4) = (from_end.next(), from_end.next());
    [prefix(p2), prefix(p3), suffix(s2), suffix(s3), suffix(s4)]
}

/// What a key's neighbours read of it: the word lists' flags and its hash.
const NEIGHBOUR: u8 = 1;
/// What a scored token reads of its own key: all of [`key_info`].
const OWN: u8 = 2;

/// Fills in `e`'s own features for key `k`, as much as `need` says ([`NEIGHBOUR`] or [`OWN`]);
/// a key of [`OWN`] gets the next number in `own`, with its affixes.
fn key_info(k: &str, need: u8, e: &mut KeyInfo, own: &mut Vec<[u32; 5]>) {
    // Bits 0–6 of the lists' flags are the `lexbits` lists, in the same order.
    let flags = Lexicon::get().word_flags(k);
    e.lexbits = (flags & 0x7f) as u8;
    e.starts_entry = flags & lists::STARTS_ENTRY != 0;
    let word = hash_str(1, k);
    e.word = [word as u32, (word >> 32) as u32];
    if need < OWN {
        return;
    }
    let [a2, a3, z2, z3, z4] = affixes(k);
    e.own = own.len() as u32;
    own.push([
        mix(hash_str(4, a2)),
        mix(hash_str(5, a3)),
        mix(hash_str(6, z2)),
        mix(hash_str(7, z3)),
        mix(hash_str(8, z4)),
    ]);
    e.chars = k.chars().take(8).count() as u8 | u8::from(k.bytes().any(|c| c.is_ascii_digit())) << 4 | u8::from(k.contains('-')) << 5;
}

impl<'d, 'a> Features<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Features<'d, 'a> {
        let lex = Lexicon::get();
        let tokens = &doc.seg.tokens;
        let n = tokens.len();
        let mut spans = Vec::new();
        RuleTagger.spans(doc, &mut spans);

        // Per key number, so each distinct key is looked up once; its own features are filled in
        // below, once it is known which keys the features read.
        let mut keys: Vec<KeyInfo> = vec![KeyInfo::default(); doc.key_count()];
        for s in &spans {
            for i in s.first..s.last {
                let e = &mut keys[doc.key_id(i as usize) as usize];
                e.rule_types |= 1 << s.ty as u8;
                if s.ty == EntityType::Per && s.last - s.first >= 2 && i + 1 == s.last {
                    e.surname = true;
                }
            }
        }
        // The spans, in 12 bytes each; the tagger's list is freed before the per-token lists are
        // made, so they can take its place (wasm memory never shrinks: the order sets its peak).
        let mut names = vec![None];
        let mut name_of: crate::hash::FxMap<&'static str, u16> = crate::hash::FxMap::default();
        let rules = spans
            .iter()
            .map(|s| {
                let name = s.canonical.map_or(0, |c| {
                    *name_of.entry(c).or_insert_with(|| {
                        names.push(Some(c));
                        (names.len() - 1) as u16
                    })
                });
                Rule { first: s.first, last: s.last, ty: s.ty, evidence: s.evidence, name }
            })
            .collect();
        drop(spans);
        // Names hold capitals: a token is scored if it or a neighbour in its sentence has one
        // ("Bank of England", "al-Aqsa", "Euro 96"); the rest is `O` without a look.
        let mut marks = vec![0u8; n];
        // Per token of the sentence: whether it holds a capital letter anywhere ("McDonald", "al-Aqsa"'s "A").
        let mut upper: Vec<bool> = Vec::new();
        // The keys' own features, for the keys the model reads: a scored token's all of them, its
        // neighbours' (up to two words away) the word and its lists, a capitalised word's the
        // lists (the gazetteer walk below starts there). In an article most keys are distinct and
        // most are none of these.
        let mut need = vec![0u8; keys.len()];
        for s in &doc.seg.sentences {
            let mut seen_word = false;
            upper.clear();
            for i in s.tokens() {
                let t = tokens[i];
                // (`Doc::new` looked each distinct form through for a capital: no token's text read here)
                upper.push(t.kind != TokenKind::Punct && t.has(UPPER));
                if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                    continue;
                }
                let initial = !seen_word || shared::opener(doc, i);
                seen_word = true;
                if initial {
                    marks[i] = INITIAL;
                }
                let e = &mut keys[doc.key_id(i) as usize];
                if !t.has(CAP) {
                    e.lower = e.lower.saturating_add(1);
                } else if !initial && s.kind == SegmentKind::Body {
                    e.cap_mid = e.cap_mid.saturating_add(1);
                }
            }
            let (first, end) = (s.first as usize, s.last as usize);
            for (k, i) in s.tokens().enumerate() {
                let near = |k: usize| upper.get(k).copied().unwrap_or(false);
                if tokens[i].kind != TokenKind::Punct && (upper[k] || (k > 0 && near(k - 1)) || near(k + 1)) {
                    marks[i] |= SCORED;
                    need[doc.key_id(i) as usize] = OWN;
                    for j in i.saturating_sub(2).max(first)..(i + 3).min(end) {
                        let n = &mut need[doc.key_id(j) as usize];
                        *n = (*n).max(NEIGHBOUR);
                    }
                } else if tokens[i].has(CAP) {
                    let n = &mut need[doc.key_id(i) as usize];
                    *n = (*n).max(NEIGHBOUR);
                }
            }
        }
        let mut affixes = Vec::with_capacity(1 + need.iter().filter(|&&n| n == OWN).count());
        affixes.push([0; 5]);
        for (id, (e, &need)) in keys.iter_mut().zip(&need).enumerate() {
            if need != 0 {
                key_info(doc.key_of(id as u32), need, e, &mut affixes);
            }
        }
        drop(need);

        // Longest gazetteer entries, left to right, starting at capitalised words.
        let mut key = String::new();
        for s in &doc.seg.sentences {
            let end = s.last as usize;
            let mut i = s.first as usize;
            while i < end {
                if !tokens[i].has(CAP) || !keys[doc.key_id(i) as usize].starts_entry {
                    i += 1;
                    continue;
                }
                let mut best = None;
                key.clear();
                let mut m = 0;
                while m < lex.gazetteer.longest && i + m < end && tokens[i + m].kind == TokenKind::Word {
                    if m > 0 {
                        key.push(' ');
                    }
                    key.push_str(doc.key(i + m));
                    m += 1;
                    if let Some(hit) = lex.gazetteer.map.get(key.as_str()) {
                        if !hit.caps_only || tokens[i].has(ALL_CAPS) {
                            best = Some((m, *hit));
                        }
                    }
                    if tokens[i + m - 1].has(POSSESSIVE) || !lex.gazetteer.longer.contains(key.as_str()) {
                        break;
                    }
                }
                match best {
                    Some((m, hit)) => {
                        let p = lex.place(hit);
                        let code = 1 + (p.ty as u8) * GAZ_TYPE + u8::from(p.demonym) * GAZ_DEMONYM + u8::from(m == 1) * GAZ_SINGLE;
                        for (j, g) in marks.iter_mut().enumerate().skip(i).take(m) {
                            *g |= code + u8::from(j > i) * GAZ_INNER;
                        }
                        i += m;
                    }
                    None => i += 1,
                }
            }
        }
        let shapes = vec![std::cell::Cell::new(ShapeSlot { word: 0, len: u32::MAX, shape: 0 }); SHAPE_SLOTS];
        let memo = vec![std::cell::Cell::new(0); MEMO];
        Features { doc, keys, affixes, rules, names, marks, shapes, memo }
    }

    /// Rule span `r` as the rule tagger gave it.
    fn rule_span(&self, r: &Rule) -> Span {
        Span { first: r.first, last: r.last, ty: r.ty, evidence: r.evidence, canonical: self.names[usize::from(r.name)] }
    }

    /// The facts of the tokens of sentence `s`, in `out` (one per token, from `s.first`); the
    /// shapes of scored tokens, and with `near` of their neighbours too (the static features
    /// read them).
    pub fn facts(&self, s: &Sentence, out: &mut Vec<Tok>, near: bool) {
        let doc = self.doc;
        let tokens = &doc.seg.tokens;
        let (first, end) = (s.first as usize, s.last as usize);
        out.clear();
        out.resize(end - first, Tok::default());
        for ((t, &m), tok) in tokens[first..end].iter().zip(&self.marks[first..end]).zip(out.iter_mut()) {
            tok.kind = s.kind as u8;
            tok.gaz = m & GAZ_BITS;
            if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                continue;
            }
            tok.initial = m & INITIAL != 0;
            tok.caps = u8::from(t.has(CAP)) | u8::from(t.has(ALL_CAPS)) << 1;
        }
        // Rule spans are in token order and do not overlap: the first that ends after `first`
        // is the first that can cover a token of the sentence.
        let mut r = self.rules.partition_point(|r| r.last as usize <= first);
        while let Some(span) = self.rules.get(r).filter(|r| (r.first as usize) < end) {
            for i in (span.first as usize).max(first)..(span.last as usize).min(end) {
                out[i - first].rule = span.code(i);
            }
            r += 1;
        }
        // Capitalised runs: capitalised words, joined over a connector between two of them; a
        // possessive ends a run.
        let mut i = first;
        while i < end {
            if !capword(doc, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < end && !tokens[j - 1].has(POSSESSIVE) {
                if capword(doc, j) {
                    j += 1;
                } else if j + 1 < end && capword(doc, j + 1) && CONNECTORS.contains(doc.key(j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            for (k, t) in out.iter_mut().enumerate().take(j - first).skip(i - first) {
                let k = k + first;
                t.run_len = (j - i).min(255) as u8;
                t.run_pos = if j - i == 1 { 1 } else if k == i { 2 } else if k + 1 == j { 4 } else { 3 };
            }
            i = j;
        }
        for i in first..end {
            if self.scored(i) || (near && ((i > first && self.scored(i - 1)) || (i + 1 < end && self.scored(i + 1)))) {
                out[i - first].shape = self.shape(i);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.marks.len()
    }

    /// [`shape`] of token `i`'s word. The same word mostly has the same key: the last shape made
    /// for a key's slot is kept with its word, and used again for the same bytes (both passes
    /// read a scored token's shape, and a name recurs). A word of up to 8 bytes is told by its
    /// bytes as one number, a longer one by where it is, then by its bytes.
    fn shape(&self, i: usize) -> u64 {
        let doc = self.doc;
        // (not the out-of-line `Doc::word`: every scored token's shape)
        let text = doc.seg.tokens[i].text(doc.text);
        let w = text.as_bytes();
        let short = w.len() <= 8;
        let word = if short { padded_word(w) } else { u64::from(doc.seg.tokens[i].start) };
        let slot = &self.shapes[doc.key_id(i) as usize % SHAPE_SLOTS];
        let s = slot.get();
        if s.len as usize == w.len() && (s.word == word || (!short && doc.text.as_bytes().get(s.word as usize..s.word as usize + w.len()) == Some(w))) {
            return s.shape;
        }
        let shape = shape(text);
        slot.set(ShapeSlot { word, len: w.len() as u32, shape });
        shape
    }

    /// [`hash_n`]`(template, values)`, for a feature whose parts take few values: `radix` says how
    /// many each takes, `index` which of them `values` are, `at` where the feature's combinations
    /// start in `memo`. Hashed once per document and combination; a token's 32 static features
    /// hold eleven such, and its second pass six.
    #[inline(always)]
    fn memo<const N: usize>(&self, at: usize, radix: [usize; N], index: [usize; N], template: u64, values: [u64; N]) -> u32 {
        let mut k = 0;
        for d in 0..N {
            debug_assert!(index[d] < radix[d]);
            k = k * radix[d] + index[d];
        }
        let cell = &self.memo[at + k];
        match cell.get() {
            0 => {
                let h = hash_n(template, values);
                cell.set(h);
                h
            }
            h => h,
        }
    }

    /// Token `i`'s index into `keys`: its document key number.
    fn key(&self, i: usize) -> usize {
        self.doc.key_id(i) as usize
    }

    /// The number of token `i`'s key among the keys the model scores a token of, 0 for none
    /// (see [`KeyInfo::own`]).
    fn own(&self, i: usize) -> usize {
        self.keys[self.key(i)].own as usize
    }

    /// Whether token `i` is a capitalised word.
    fn capword(&self, i: usize) -> bool {
        capword(self.doc, i)
    }

    /// The rule code of token `i` (see [`Rule::code`]), 0 outside the rule spans, for tokens
    /// taken in order: `next` is the first span that can hold it, moved on as spans pass.
    fn rule_code(&self, next: &mut usize, i: usize) -> u8 {
        while self.rules.get(*next).is_some_and(|r| r.last as usize <= i) {
            *next += 1;
        }
        self.rules.get(*next).filter(|r| r.first as usize <= i).map_or(0, |r| r.code(i))
    }

    /// Whether the model scores token `i`: not punctuation, and a capital in it or beside it.
    pub fn scored(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|&m| m & SCORED != 0)
    }

    /// Whether token `i` opens its sentence or follows an opener ([`INITIAL`]).
    fn initial(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|&m| m & INITIAL != 0)
    }

    /// The gazetteer code of token `i` (see [`Tok::gaz`]), 0 outside an entry.
    fn gaz(&self, i: usize) -> u8 {
        self.marks.get(i).map_or(0, |&m| m & GAZ_BITS)
    }

    /// The static features the dynamic ones combine with (see [`dynamic`]): entries
    /// `SHAPE_AT`, `KEY_AT` and `GAZ_AT` of [`Features::token`], without the rest.
    fn anchors(&self, t: &Tok, i: usize) -> [u32; 3] {
        let gaz = u64::from(t.gaz);
        [hash_n(3, [t.shape]), mix(self.keys[self.key(i)].word()), self.memo(M21, R21, [gaz as usize], 21, [gaz])]
    }

    /// The static features of token `i`, which lies in sentence `[first, last)` whose facts are
    /// `facts` (see [`Features::facts`]).
    pub fn token(&self, facts: &[Tok], i: usize, first: usize, last: usize) -> [u32; STATIC] {
        let t = facts[i - first];
        let info = |j: usize| &self.keys[self.key(j)];
        let ki = info(i);
        // Neighbours within the sentence (offsets -2..=2), each read once: the words two away
        // give their hash, the next ones besides their shape, lists and rule code; outside the
        // sentence, a boundary marker (7 for a hash or shape, 255 for lists or a rule code).
        let word_at = |j: usize| if j >= first && j < last { info(j).word() } else { 7 };
        let beside = |j: usize| {
            if j >= first && j < last {
                let (t, k) = (&facts[j - first], info(j));
                (k.word(), t.shape, u64::from(k.lexbits), u64::from(t.rule))
            } else {
                (7, 7, 255, 255)
            }
        };
        let (before, after) = (beside(i.wrapping_sub(1)), beside(i + 1));
        let (before2, after2) = (word_at(i.wrapping_sub(2)), word_at(i + 2));
        let wh = |d: isize| match d {
            -2 => before2,
            -1 => before.0,
            1 => after.0,
            _ => after2,
        };
        let sh = |d: isize| if d < 0 { before.1 } else { after.1 };
        let lx = |d: isize| match d {
            -1 => before.2,
            0 => u64::from(ki.lexbits),
            _ => after.2,
        };
        let rl = |d: isize| match d {
            -1 => before.3,
            0 => u64::from(t.rule),
            _ => after.3,
        };
        let caps = u64::from(t.caps);
        let cap = t.caps & 1 != 0;
        let own_mid = u8::from(cap && !t.initial && t.kind == SegmentKind::Body as u8);
        let cap_elsewhere = u64::from(ki.cap_mid.saturating_sub(own_mid).min(2));
        let lower_elsewhere = u64::from(ki.lower.saturating_sub(u8::from(!cap)).min(1));
        let init = u64::from(t.initial);
        let kd = u64::from(t.kind);
        let (len, digit, hyphen) = (u64::from(ki.chars & 15), u64::from(ki.chars >> 4 & 1), u64::from(ki.chars >> 5 & 1));
        let possessive = u64::from(self.doc.seg.tokens.get(i).is_some_and(|t| t.has(POSSESSIVE)));
        let gaz = u64::from(t.gaz);
        let shape = t.shape;
        let word = ki.word();
        let affixes = &self.affixes[ki.own as usize];
        [
            hash_n(0, []),
            mix(word),
            hash_n(2, [word, caps]),
            hash_n(3, [shape]),
            affixes[0],
            affixes[1],
            affixes[2],
            affixes[3],
            affixes[4],
            hash_n(9, [wh(-1)]),
            hash_n(10, [wh(1)]),
            hash_n(11, [wh(-2)]),
            hash_n(12, [wh(2)]),
            hash_n(13, [sh(-1), shape]),
            hash_n(14, [shape, sh(1)]),
            hash_n(15, [wh(-1), word]),
            hash_n(16, [word, wh(1)]),
            hash_n(17, [kd, shape, init]),
            self.memo(M18, R18, [init as usize, caps as usize, lx(0) as usize], 18, [init, caps, lx(0)]),
            self.memo(M19, R19, [slot(lx(-1), 128), caps as usize], 19, [lx(-1), caps]),
            self.memo(M20, R19, [slot(lx(1), 128), caps as usize], 20, [lx(1), caps]),
            self.memo(M21, R21, [gaz as usize], 21, [gaz]),
            self.memo(M22, R22, [gaz as usize, kd as usize, init as usize], 22, [gaz, kd, init]),
            self.memo(M23, R23, [rl(0) as usize], 23, [rl(0)]),
            self.memo(M24, R24, [slot(rl(-1), 25), rl(0) as usize], 24, [rl(-1), rl(0)]),
            self.memo(M25, R25, [rl(0) as usize, slot(rl(1), 25)], 25, [rl(0), rl(1)]),
            self.memo(M26, R26, [caps as usize, init as usize, kd as usize, cap_elsewhere as usize, lower_elsewhere as usize], 26, [caps, init, kd, cap_elsewhere, lower_elsewhere]),
            self.memo(M27, R27, [usize::from(ki.rule_types), usize::from(ki.surname), rl(0) as usize, caps as usize], 27, [u64::from(ki.rule_types), u64::from(ki.surname), rl(0), caps]),
            self.memo(M28, R28, [possessive as usize, hyphen as usize, digit as usize, len as usize, caps as usize], 28, [possessive, hyphen, digit, len, caps]),
            hash_n(29, [wh(-1), shape]),
            hash_n(30, [shape, wh(1)]),
            hash_n(31, [kd, word]),
        ]
    }

    /// Runs of one tag become spans (see [`Features::model_spans`]): `each(first, end, tag)`,
    /// in token order; a possessive ends one.
    fn runs(&self, tags: &[u8], mut each: impl FnMut(usize, usize, u8)) {
        let doc = self.doc;
        let tokens = &doc.seg.tokens;
        for s in &doc.seg.sentences {
            let mut i = s.first as usize;
            let end = s.last as usize;
            while i < end {
                let tag = |k: usize| tags.get(k).map_or(0, |&t| t & TAG_BITS);
                let t = tag(i);
                if t == 0 {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                let ends = |k: usize| tags[k] & NAME_ENDS != 0 || (tokens[k].has(POSSESSIVE) && tags[k] & POSSESSIVE_INSIDE == 0);
                while j < end && tag(j) == t && !ends(j - 1) && !self.new_entry(j) {
                    j += 1;
                }
                each(i, j, t);
                i = j;
            }
        }
    }

    /// Runs of one tag become spans ([`Features::runs`]). Spans the rules found too keep the
    /// rules' evidence and gazetteer name; a span that is a gazetteer entry of its type gets it.
    fn model_spans(&self, tags: &[u8], mut push: impl FnMut(Span)) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let mut key = String::new();
        let mut next_rule = 0;
        self.runs(tags, |i, j, t| {
            let ty = EntityType::ALL[usize::from(t - 1) % 4];
            let (first, last) = (i as u32, j as u32);
            while self.rules.get(next_rule).is_some_and(|r| r.last <= first) {
                next_rule += 1;
            }
            let same = self.rules.get(next_rule).filter(|r| r.first == first && r.last == last && r.ty == ty);
            let span = match same {
                // The model read the context: its type is no weak guess, even where the rules' was.
                Some(r) => Span { evidence: if r.evidence == Evidence::Weak { Evidence::Cue } else { r.evidence }, ..self.rule_span(r) },
                None => {
                    let entry = lex.gazetteer.map.get(phrase_key(doc, i, j, &mut key)).map(|&h| lex.place(h)).filter(|p| p.ty == ty);
                    match entry {
                        Some(p) => Span { first, last, ty, evidence: Evidence::Gazetteer, canonical: Some(p.canonical) },
                        None => Span { first, last, ty, evidence: Evidence::Cue, canonical: None },
                    }
                }
            };
            push(span);
        });
    }

    /// Whether token `j` repeats the one-word gazetteer entry just before it ("Nairobi Nairobi"):
    /// two names side by side, which one run of tags cannot tell apart.
    fn new_entry(&self, j: usize) -> bool {
        let single = |k: usize| gaz_parts(self.gaz(k)).is_some_and(|(_, bits)| bits & GAZ_SINGLE != 0);
        j > 0 && single(j) && single(j - 1) && self.doc.key_id(j) == self.doc.key_id(j - 1)
    }

    /// The model's spans (see [`Features::model_spans`]).
    /// Counted first, so that a long text's list is allocated once, at its size.
    pub fn spans(&self, tags: &[u8], out: &mut Vec<Span>) {
        let mut n = 0;
        self.runs(tags, |_, _, _| n += 1);
        out.reserve(n);
        self.model_spans(tags, |span| out.push(span));
    }
}

/// The features that depend on the two tags before a token, `p1` the nearer: those tags, and
/// the nearer with the token's static shape, key and gazetteer features.
#[inline]
fn dynamic(shape: u32, key: u32, gaz: u32, p1: u8, p2: u8) -> [u32; DYNAMIC] {
    let (p1, p2) = (u64::from(p1), u64::from(p2));
    [
        hash_n(100, [p1]),
        hash_n(101, [p1, p2]),
        hash_n(102, [p1, u64::from(shape)]),
        hash_n(103, [p1, u64::from(key)]),
        hash_n(104, [p1, u64::from(gaz)]),
    ]
}

/// The two of [`dynamic`]'s features that depend on the tags alone, for every pair of tags
/// (`p1 * TAGS + p2`), hashed once for a document's decoding instead of at every scored token.
struct TagFeatures([[u32; 2]; TAGS * TAGS]);

impl TagFeatures {
    fn new() -> TagFeatures {
        TagFeatures(std::array::from_fn(|k| {
            let [a, b, ..] = dynamic(0, 0, 0, (k / TAGS) as u8, (k % TAGS) as u8);
            [a, b]
        }))
    }

    /// [`dynamic`], its tag features looked up.
    #[cfg(test)]
    fn dynamic(&self, shape: u32, key: u32, gaz: u32, p1: u8, p2: u8) -> [u32; DYNAMIC] {
        let [a, b] = self.0[usize::from(p1) * TAGS + usize::from(p2)];
        let p1 = u64::from(p1);
        [a, b, hash_n(102, [p1, u64::from(shape)]), hash_n(103, [p1, u64::from(key)]), hash_n(104, [p1, u64::from(gaz)])]
    }

    /// [`TagFeatures::dynamic`] in a document's decoding, `gaz` the gazetteer feature with the
    /// code it hashes (see [`Features::memo`]).
    #[inline]
    fn dynamic_in(&self, f: &Features, shape: u32, key: u32, (gaz, code): (u32, u8), p1: u8, p2: u8) -> [u32; DYNAMIC] {
        let [a, b] = self.0[usize::from(p1) * TAGS + usize::from(p2)];
        let p = u64::from(p1);
        [a, b, hash_n(102, [p, u64::from(shape)]), hash_n(103, [p, u64::from(key)]), f.memo(M104, R104, [usize::from(p1), usize::from(code)], 104, [p, u64::from(gaz)])]
    }
}

fn dynamic_of(own: &[u32], p1: u8, p2: u8) -> [u32; DYNAMIC] {
    let at = |k: usize| own.get(k).copied().unwrap_or(0);
    dynamic(at(SHAPE_AT), at(KEY_AT), at(GAZ_AT), p1, p2)
}

/// Training: the perceptron over documents with gold spans (byte ranges). Used by `src/bin/train.rs`.
pub mod train {
    use super::*;

    /// Makes every later reading of the lexicon the one the bundled weights were trained with:
    /// without `places_world.tsv`, whose places came after them. Call it before anything else
    /// reads the lexicon; false if something did.
    pub fn as_trained() -> bool {
        Lexicon::as_trained()
    }

    /// A document and its gold names as byte ranges of the text.
    #[derive(Clone, Debug)]
    pub struct Example {
        /// The text.
        pub text: String,
        /// Gold names: start byte, end byte, type.
        pub gold: Vec<(usize, usize, EntityType)>,
        /// Which source document it is: versions of one document (recased, say) share it, and
        /// stay in one fold when first-pass tags are predicted for the second pass.
        pub source: usize,
    }

    /// A document's hashed features, `width` per token.
    struct Prepared {
        width: usize,
        hashes: Vec<u32>,
        gold: Vec<u8>,
        scored: Vec<bool>,
        sentences: Vec<(usize, usize)>,
    }

    /// Averaged weights: `w` the current ones, `u` the time-weighted sum of updates.
    struct Averaged {
        mask: u32,
        w: Vec<f32>,
        u: Vec<f32>,
    }

    impl Averaged {
        /// Sums the weight rows of a token's features into tag scores.
        fn score(&self, own: &[u32], dynamic: &[u32]) -> [f32; TAGS] {
            let mut scores = [0f32; TAGS];
            for &row in own.iter().chain(dynamic) {
                let at = ((row & self.mask) as usize) * TAGS;
                for (s, w) in scores.iter_mut().zip(&self.w[at..at + TAGS]) {
                    *s += w;
                }
            }
            scores
        }

        fn update(&mut self, rows: &[u32], tag: u8, d: f32, c: f32) {
            for &r in rows {
                let at = ((r & self.mask) as usize) * TAGS + usize::from(tag);
                self.w[at] += d;
                self.u[at] += c * d;
            }
        }
    }

    /// Gold tag per token: the type of the gold name that holds the token's start. With `first`
    /// (first-pass tags), the features are the second pass's; without, the first pass's.
    fn prepare(e: &Example, f: &Features, first: Option<&[u8]>) -> Prepared {
        let doc = f.doc;
        let mut gold = vec![0u8; f.len()];
        for (i, t) in doc.seg.tokens.iter().enumerate() {
            let at = t.start as usize;
            if let Some(g) = e.gold.iter().find(|g| g.0 <= at && at < g.1) {
                gold[i] = 1 + g.2 as u8;
            }
        }
        let scored = (0..f.len()).map(|i| f.scored(i)).collect();
        let sentences: Vec<(usize, usize)> = doc.seg.sentences.iter().map(|s| (s.first as usize, s.last as usize)).collect();
        let prior = first.map(|tags| (Prior::new(f, tags), tags));
        let width = STATIC + if prior.is_some() { PRIOR } else { 0 };
        let mut hashes = Vec::with_capacity(f.len() * width);
        let (mut facts, mut role) = (Vec::new(), Vec::new());
        for s in &doc.seg.sentences {
            f.facts(s, &mut facts, true);
            let (first, last) = (s.first as usize, s.last as usize);
            for i in first..last {
                hashes.extend_from_slice(&f.token(&facts, i, first, last));
                if let Some((p, tags)) = &prior {
                    if i == first {
                        roles(f, &tags[first..last], s, &mut role);
                    }
                    hashes.extend_from_slice(&p.features(f, &facts[i - first], i, tags[i], role[i - first]));
                }
            }
        }
        Prepared { width, hashes, gold, scored, sentences }
    }

    /// Walks a prepared document's sentences left to right: `step` gets each token's index and,
    /// if the token is scored, its static features and the dynamic ones made with the two tags
    /// `step` returned before it; it returns the token's tag.
    fn walk(p: &Prepared, mut step: impl FnMut(usize, Option<(&[u32], [u32; DYNAMIC])>) -> u8) {
        for &(first, last) in &p.sentences {
            let (mut p1, mut p2) = (0u8, 0u8);
            for i in first..last {
                let features = p.scored[i].then(|| {
                    let own = &p.hashes[i * p.width..(i + 1) * p.width];
                    (own, dynamic_of(own, p1, p2))
                });
                let t = step(i, features);
                p2 = p1;
                p1 = t;
            }
        }
    }

    /// Greedy tags of a prepared document.
    fn predict(p: &Prepared, m: &Averaged) -> Vec<u8> {
        let mut tags = vec![0u8; p.gold.len()];
        walk(p, |i, features| {
            tags[i] = features.map_or(0, |(own, dy)| argmax(&m.score(own, &dy)));
            tags[i]
        });
        tags
    }

    /// The perceptron: `epochs` passes over `docs` (shuffled with `seed`); the averaged weights.
    fn fit(docs: &[&Prepared], bits: u32, epochs: usize, seed: u64, log: &mut impl FnMut(&str)) -> Vec<f32> {
        let rows = 1usize << bits;
        let mut m = Averaged { mask: (rows - 1) as u32, w: vec![0.0; rows * TAGS], u: vec![0.0; rows * TAGS] };
        let mut order: Vec<usize> = (0..docs.len()).collect();
        let mut rng = seed | 1;
        let mut c = 1.0f32;
        for epoch in 0..epochs {
            // Fisher–Yates with xorshift.
            for k in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(k, (rng % (k as u64 + 1)) as usize);
            }
            let (mut right, mut total) = (0usize, 0usize);
            for &d in &order {
                let p = docs[d];
                walk(p, |i, features| {
                    let mut t = 0;
                    if let Some((own, dy)) = features {
                        t = argmax(&m.score(own, &dy));
                        let g = p.gold[i];
                        if t != g {
                            m.update(own, g, 1.0, c);
                            m.update(&dy, g, 1.0, c);
                            m.update(own, t, -1.0, c);
                            m.update(&dy, t, -1.0, c);
                        } else {
                            right += 1;
                        }
                        total += 1;
                        // Learn from the gold history early, from its own predictions later.
                        if epoch == 0 {
                            t = g;
                        }
                    }
                    c += 1.0;
                    t
                });
            }
            log(&format!("epoch {}: token accuracy {:.4}", epoch + 1, right as f64 / total.max(1) as f64));
        }
        m.w.iter().zip(&m.u).map(|(w, u)| w - u / c).collect()
    }

    /// Trains for `epochs` passes over `examples` (shuffled with `seed`) into a table of
    /// `2^bits` rows, and returns the averaged weights (see [`encode`] for the model file).
    ///
    /// One table serves both passes. The first-pass tags the second pass learns from are
    /// predicted the way they will be at run time, on text the predicting model has not seen:
    /// two models, each trained on half of the documents, tag the other half. The final model
    /// then learns from every document twice, without and with those tags.
    pub fn train(examples: &[Example], bits: u32, epochs: usize, seed: u64, mut log: impl FnMut(&str)) -> Vec<f32> {
        // Each document segmented and its features found once, for both passes.
        let docs: Vec<Doc> = examples.iter().map(|e| Doc::new(&e.text)).collect();
        let features: Vec<Features> = docs.iter().map(Features::new).collect();
        let first: Vec<Prepared> = examples.iter().zip(&features).map(|(e, f)| prepare(e, f, None)).collect();
        let mut tags: Vec<Vec<u8>> = vec![Vec::new(); examples.len()];
        for fold in 0..2 {
            log(&format!("fold {}: first pass on the other half", fold + 1));
            let part: Vec<&Prepared> = first.iter().zip(examples).filter(|(_, e)| e.source % 2 != fold).map(|(p, _)| p).collect();
            let rows = 1usize << bits;
            let m = Averaged { mask: (rows - 1) as u32, w: fit(&part, bits, epochs, seed, &mut log), u: Vec::new() };
            for (k, e) in examples.iter().enumerate() {
                if e.source % 2 == fold {
                    tags[k] = predict(&first[k], &m);
                }
            }
        }
        let second: Vec<Prepared> = examples.iter().zip(&features).zip(&tags).map(|((e, f), t)| prepare(e, f, Some(t))).collect();
        let all: Vec<&Prepared> = first.iter().chain(&second).collect();
        log("both passes, all documents");
        fit(&all, bits, epochs, seed, &mut log)
    }

    /// The model file for averaged weights `w` of a `2^bits`-row table (see [`Table`]): the
    /// weights are scaled so that the largest magnitude (clipped at the 99.99th percentile)
    /// becomes `levels` (at most 127; a common scale does not change which tag wins), and all
    /// but the `keep` fraction of largest weights become 0 (small weights are mostly
    /// hash-collision noise; a row of zeros costs a bit).
    pub fn encode(w: &[f32], bits: u32, levels: u8, keep: f64) -> Vec<u8> {
        let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
        mags.sort_by(f32::total_cmp);
        let top = mags.get(mags.len().saturating_sub(1 + mags.len() / 10_000)).copied().unwrap_or(1.0).max(1e-6);
        let cut = (w.len() as f64 * keep.clamp(0.0, 1.0)) as usize;
        let floor = if cut >= mags.len() { 0.0 } else { mags[mags.len() - 1 - cut] };
        let levels = f32::from(levels.clamp(1, 127));
        let q: Vec<i8> = w
            .iter()
            .map(|&x| if x.abs() <= floor { 0 } else { (x / top * levels).round().clamp(-levels, levels) as i8 })
            .collect();
        write(&q, bits)
    }

    /// The model file (format in [`Table`]) for the quantised weights `q` of a `2^bits`-row
    /// table. The book holds the rows found at least some number of times, the number that
    /// makes the smallest file (tried from 1 to 16). The same weights always give the same bytes.
    fn write(q: &[i8], bits: u32) -> Vec<u8> {
        let span = q.iter().map(|x| x.unsigned_abs().min(127)).max().unwrap_or(0);
        let rows: Vec<[i8; TAGS]> = q.chunks_exact(TAGS).map(|r| std::array::from_fn(|t| r[t].clamp(-127, 127))).collect();
        let mut seen: std::collections::HashMap<[i8; TAGS], u64> = std::collections::HashMap::new();
        for r in &rows {
            *seen.entry(*r).or_default() += 1;
        }
        let mut kinds: Vec<([i8; TAGS], u64)> = seen.into_iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        (1..=16)
            .map(|least| {
                let book: Vec<[i8; TAGS]> = kinds.iter().filter(|k| k.0 != [0; TAGS]).take_while(|k| k.1 >= least).take((1 << LONGEST) - 1).map(|k| k.0).collect();
                write_with(&rows, bits, span, &book)
            })
            .min_by_key(Vec::len)
            .unwrap_or_default()
    }

    /// The model file for table `rows` with the given book of rows.
    fn write_with(rows: &[[i8; TAGS]], bits: u32, span: u8, book: &[[i8; TAGS]]) -> Vec<u8> {
        let index: std::collections::HashMap<[i8; TAGS], usize> = book.iter().enumerate().map(|(k, r)| (*r, k)).collect();
        let width = 2 * usize::from(span) + 1;
        let symbol = |x: i8| (i32::from(x) + i32::from(span)) as usize;
        // How often each symbol is written, then the codes.
        let mut weights = vec![vec![0u64; width]; TAGS];
        let mut kinds = vec![0u64; book.len() + 1];
        let mut count = |r: &[i8; TAGS]| r.iter().zip(&mut weights).for_each(|(&x, n)| n[symbol(x)] += 1);
        book.iter().for_each(&mut count);
        for r in rows.iter().filter(|r| **r != [0; TAGS]) {
            match index.get(r) {
                Some(&k) => kinds[k] += 1,
                None => {
                    kinds[book.len()] += 1;
                    count(r);
                }
            }
        }
        let weights: Vec<Vec<u8>> = weights.iter().map(|n| lengths(n)).collect();
        let kinds = lengths(&kinds);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[bits as u8, TAGS as u8, 0, 0, span]);
        out.extend_from_slice(&(book.len() as u32).to_le_bytes());
        weights.iter().chain([&kinds]).for_each(|l| out.extend_from_slice(l));
        for eight in rows.chunks(8) {
            out.push(eight.iter().fold(0, |m, r| m << 1 | u8::from(*r != [0; TAGS])) << (8 - eight.len()));
        }
        let weight_codes: Vec<Vec<u32>> = weights.iter().map(|l| codes(l)).collect();
        let kind_codes = codes(&kinds);
        let mut w = BitWriter { out, acc: 0, n: 0 };
        let put_row = |w: &mut BitWriter, r: &[i8; TAGS]| {
            for (t, &x) in r.iter().enumerate() {
                w.put(weight_codes[t][symbol(x)], weights[t][symbol(x)]);
            }
        };
        book.iter().for_each(|r| put_row(&mut w, r));
        for r in rows.iter().filter(|r| **r != [0; TAGS]) {
            let k = index.get(r).copied().unwrap_or(book.len());
            w.put(kind_codes[k], kinds[k]);
            if k == book.len() {
                put_row(&mut w, r);
            }
        }
        w.finish()
    }

    /// Code lengths for symbols seen `counts` times (0 for unseen ones): Huffman's, with the
    /// counts halved (rounding up) until no code is longer than [`LONGEST`]. Ties go to the
    /// lower symbol, so the lengths depend on the counts alone.
    fn lengths(counts: &[u64]) -> Vec<u8> {
        use std::cmp::Reverse;
        let mut counts = counts.to_vec();
        loop {
            let used: Vec<usize> = (0..counts.len()).filter(|&s| counts[s] > 0).collect();
            let mut out = vec![0u8; counts.len()];
            if used.len() == 1 {
                out[used[0]] = 1;
            }
            if used.len() <= 1 {
                return out;
            }
            // Nodes: the used symbols, then each merge of the two lightest; a parent comes after
            // its children, so depths are found from the root down.
            let mut parent = vec![usize::MAX; used.len()];
            let mut heap: std::collections::BinaryHeap<Reverse<(u64, usize)>> =
                used.iter().enumerate().map(|(i, &s)| Reverse((counts[s], i))).collect();
            while let (Some(Reverse((a, i))), Some(Reverse((b, j)))) = (heap.pop(), heap.pop()) {
                let k = parent.len();
                parent.push(usize::MAX);
                parent[i] = k;
                parent[j] = k;
                heap.push(Reverse((a + b, k)));
            }
            let mut depth = vec![0usize; parent.len()];
            for i in (0..parent.len()).rev() {
                if parent[i] != usize::MAX {
                    depth[i] = depth[parent[i]] + 1;
                }
            }
            if depth.iter().all(|&d| d <= LONGEST as usize) {
                for (i, &s) in used.iter().enumerate() {
                    out[s] = depth[i] as u8;
                }
                return out;
            }
            counts.iter_mut().for_each(|c| *c = c.div_ceil(2));
        }
    }

    /// The canonical codes for code lengths `lengths` (as [`Code`] reads them).
    fn codes(lengths: &[u8]) -> Vec<u32> {
        let mut out = vec![0u32; lengths.len()];
        let mut code = 0u32;
        for len in 1..=LONGEST as u8 {
            for (s, _) in lengths.iter().enumerate().filter(|&(_, &l)| l == len) {
                out[s] = code;
                code += 1;
            }
            code <<= 1;
        }
        out
    }

    /// Bits written first bit first, into bytes.
    struct BitWriter {
        out: Vec<u8>,
        acc: u64,
        n: u32,
    }

    impl BitWriter {
        fn put(&mut self, code: u32, len: u8) {
            self.acc = self.acc << len | u64::from(code);
            self.n += u32::from(len);
            while self.n >= 8 {
                self.n -= 8;
                self.out.push((self.acc >> self.n) as u8);
            }
        }

        fn finish(mut self) -> Vec<u8> {
            if self.n > 0 {
                self.out.push((self.acc << (8 - self.n)) as u8);
            }
            self.out
        }
    }
}

/// Two spans of a headline over "of" that together spell a name the prose tags ("RING OF FIRE"
/// after "the Ring of Fire") are that one name, of the prose's type.
fn headline_of(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let headline = |k: u32| doc.seg.sentences[doc.sentence_of(k as usize)].kind == SegmentKind::Headline;
    let mut r = start;
    while r + 1 < out.len() {
        let (a, b) = (out[r], out[r + 1]);
        if a.last + 1 == b.first && doc.key(a.last as usize) == "of" && headline(a.first) {
            let key = doc.key_ids(a.first as usize..b.last as usize);
            let prose = out[start..].iter().find(|s| !headline(s.first) && s.last - s.first == b.last - a.first && doc.key_ids(s.first as usize..s.last as usize) == key);
            if let Some(p) = prose {
                out[r] = Span { last: b.last, ty: p.ty, evidence: p.evidence, canonical: p.canonical, ..a };
                out.remove(r + 1);
            }
        }
        r += 1;
    }
}

/// The place a dateline names ("CUSCO, Peru —") is that place where the prose names it again, an
/// organisation or a person to the model ("In Cusco,").
fn dateline_place(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let dateline = |k: u32| doc.seg.sentences[doc.sentence_of(k as usize)].kind == SegmentKind::Dateline;
    let Some(p) = out[start..].iter().find(|s| s.ty == EntityType::Loc && dateline(s.first)).copied() else { return };
    let key = doc.key_ids(p.first as usize..p.last as usize);
    for s in &mut out[start..] {
        if matches!(s.ty, EntityType::Org | EntityType::Per) && s.last - s.first == p.last - p.first && doc.key_ids(s.first as usize..s.last as usize) == key {
            s.ty = EntityType::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_does_not_begin_with_a_title_s_second_word() {
        // Tags as a model may give them: "Executive Stuart Machin" one person.
        let text = "Marks & Spencer Chief Executive Stuart Machin said profits rose.";
        let doc = Doc::new(text);
        let f = Features::new(&doc);
        let words: Vec<&str> = (0..f.len()).map(|i| doc.word(i)).collect();
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        let per = 1 + EntityType::Per as u8;
        let mut tags = vec![0u8; f.len()];
        for w in ["Executive", "Stuart", "Machin"] {
            tags[at(w)] = per;
        }
        person_titles(&f, &mut tags);
        assert_eq!([tags[at("Chief")], tags[at("Executive")], tags[at("Stuart")], tags[at("Machin")]], [0, 0, per, per]);
        // A word that only ends a title elsewhere stays: "Executive" after no title's first word.
        let doc = Doc::new("Chairman Executive Stuart said so.");
        let f = Features::new(&doc);
        let mut tags = vec![0u8; f.len()];
        tags[1] = per;
        tags[2] = per;
        person_titles(&f, &mut tags);
        assert_eq!(&tags[1..3], [per, per]);
    }

    #[test]
    fn tag_features_give_the_same_dynamic_features() {
        let by_tags = TagFeatures::new();
        for p1 in 0..TAGS as u8 {
            for p2 in 0..TAGS as u8 {
                for (shape, key, gaz) in [(0, 0, 0), (1, 2, 3), (u32::MAX, 77, 9)] {
                    assert_eq!(by_tags.dynamic(shape, key, gaz, p1, p2), dynamic(shape, key, gaz, p1, p2));
                }
            }
        }
    }
}
