//! The JSON-shaped result handed to JavaScript and printed by the CLI: UTF-16 offsets, top-k cuts.

#![allow(missing_docs)] // Serialized shapes: each field is documented in the TypeScript definitions (src/wasm.rs).

use crate::analysis::Analysis;
use crate::entities::EntityType;
use crate::json::json_object;
use crate::stats::cooc::Pair;
use crate::stats::kwic::KwicLine;
use crate::stats::terms::Term;

const BLOCK: usize = 256;

/// UTF-16 code units in `bytes` of UTF-8 (which start at a char boundary): one per lead byte, two
/// for a four-byte sequence. Counts bytes; decodes nothing.
pub(crate) fn utf16_units(bytes: &[u8]) -> usize {
    // Eight bytes at a time: a continuation byte is 10xxxxxx, a four-byte lead 11110xxx.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let mut units = 0;
    for c in chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let continuation = x & !(x << 1) & HIGH;
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    units + rest.iter().map(|&b| ((b & 0xC0) != 0x80) as usize + (b >= 0xF0) as usize).sum::<usize>()
}

/// Maps byte offsets of a text to UTF-16 code-unit offsets.
///
/// ```
/// let text = "👍 Kenya";
/// let map = textlens::Utf16Map::new(text);
/// assert_eq!(map.at(text.find('K').unwrap()), 3);
/// ```
#[derive(Clone, Debug)]
pub struct Utf16Map<'a> {
    text: &'a str,
    ascii: bool,
    /// UTF-16 offset at byte `k × BLOCK`, for each k.
    marks: Vec<u32>,
    /// The last lookup (byte, UTF-16 offset): lookups in text order count only the bytes between.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Utf16Map<'a> {
    /// Indexes `text` (one pass over its bytes; nothing for ASCII text).
    pub fn new(text: &'a str) -> Utf16Map<'a> {
        let ascii = text.is_ascii();
        let mut marks = Vec::new();
        if !ascii {
            marks.reserve(text.len() / BLOCK + 1);
            let mut units = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                marks.push(units as u32);
                units += utf16_units(block);
            }
        }
        Utf16Map { text, ascii, marks, last: Default::default() }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        if self.ascii || byte == 0 {
            return byte;
        }
        let k = (byte - 1) / BLOCK;
        let (last_byte, last_units) = self.last.get();
        let units = if last_byte <= byte && last_byte >= k * BLOCK {
            last_units + utf16_units(&self.text.as_bytes()[last_byte..byte])
        } else {
            self.marks[k] as usize + utf16_units(&self.text.as_bytes()[k * BLOCK..byte])
        };
        self.last.set((byte, units));
        units
    }
}

/// One mention, offsets in UTF-16 code units.
#[derive(Clone, Debug, PartialEq)]
pub struct MentionOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub ty: EntityType,
    pub entity: usize,
    pub sentence: usize,
}

/// One entity.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityOut<'a> {
    pub id: usize,
    pub name: &'a str,
    pub ty: EntityType,
    pub count: usize,
    pub aliases: &'a [String],
    pub mentions: &'a [usize],
}

/// A pair with its scores, flattened.
#[derive(Clone, Debug, PartialEq)]
pub struct PairOut<T> {
    pub a: T,
    pub b: T,
    pub count: usize,
    pub pmi: f64,
    pub npmi: f64,
    pub llr: f64,
    pub dice: f64,
}

impl<T> PairOut<T> {
    /// The pair `a`, `b` (an entity id, or a term borrowed from the analysis) with `p`'s scores.
    fn new<U>(p: &Pair<U>, a: T, b: T) -> Self {
        let s = p.scores;
        PairOut { a, b, count: s.count, pmi: finite(s.pmi), npmi: finite(s.npmi), llr: finite(s.llr), dice: finite(s.dice) }
    }
}

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// Co-occurring entities and terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Cooccurrence<'a> {
    pub entities: Vec<PairOut<usize>>,
    pub terms: Vec<PairOut<&'a str>>,
}

json_object!(MentionOut<'_> { start, end, text, ty => "type", entity, sentence });
json_object!(EntityOut<'_> { id, name, ty => "type", count, aliases, mentions });
json_object!(Cooccurrence<'_> { entities, terms });
json_object!(Term { term, display, count });
json_object!(Report<'_> { characters, words, sentences, paragraphs, tagger, mentions, entities, terms, phrases, cooccurrence });
json_object!(KwicOut { start, end, left, matched => "match", right, sentence });

json_object!(<T> PairOut<T> { a, b, count, pmi, npmi, llr, dice });

/// The analysis as JavaScript sees it: the shape of `analyze()`'s result and of the CLI's JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Report<'a> {
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub tagger: &'a str,
    pub mentions: Vec<MentionOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
    pub terms: &'a [Term],
    pub phrases: &'a [Term],
    pub cooccurrence: Cooccurrence<'a>,
}

/// The first `top` items (0 = all).
fn cut<T>(items: &[T], top: usize) -> &[T] {
    &items[..if top == 0 { items.len() } else { top.min(items.len()) }]
}

impl<'a> Report<'a> {
    /// Converts an analysis of `text`: UTF-16 offsets, and terms, phrases and pairs cut to `top` (0 = all).
    pub fn new(text: &'a str, a: &'a Analysis, top: usize) -> Report<'a> {
        let map = Utf16Map::new(text);
        Report {
            mentions: a
                .mentions
                .iter()
                .map(|m| MentionOut {
                    start: map.at(m.start),
                    end: map.at(m.end),
                    text: &text[m.start..m.end],
                    ty: m.ty,
                    entity: m.entity,
                    sentence: m.sentence,
                })
                .collect(),
            ..Report::summary(a, top)
        }
    }

    /// The report without its mentions (`mentions` empty): the binding hands those to JavaScript
    /// as numbers ([`mention_columns`]).
    pub fn summary(a: &'a Analysis, top: usize) -> Report<'a> {
        Report {
            characters: a.characters,
            words: a.words,
            sentences: a.sentences,
            paragraphs: a.paragraphs,
            tagger: a.tagger,
            mentions: Vec::new(),
            entities: a
                .entities
                .iter()
                .enumerate()
                .map(|(id, e)| EntityOut { id, name: &e.name, ty: e.ty, count: e.count(), aliases: &e.aliases, mentions: &e.mentions })
                .collect(),
            terms: cut(&a.terms, top),
            phrases: cut(&a.phrases, top),
            cooccurrence: Cooccurrence {
                entities: cut(&a.entity_pairs, top).iter().map(|p| PairOut::new(p, p.a, p.b)).collect(),
                terms: cut(&a.term_pairs, top).iter().map(|p| PairOut::new(p, p.a.as_str(), p.b.as_str())).collect(),
            },
        }
    }
}

/// The mentions of `a`, an analysis of `text`, five numbers each: start and end in UTF-16 code
/// units, the type's place in [`EntityType::ALL`], the entity, the sentence. `www/api.js` makes
/// them the objects [`Report::new`] would give, with each text sliced from the caller's string:
/// building 159,000 mentions from these in JavaScript is cheaper than writing, decoding and
/// parsing their 14 MB of JSON (README, "Speed, memory and size", session 16).
#[cfg(target_arch = "wasm32")]
pub(crate) fn mention_columns(text: &str, a: &Analysis) -> Vec<u32> {
    let map = Utf16Map::new(text);
    a.mentions.iter().flat_map(|m| [map.at(m.start), map.at(m.end), m.ty as usize, m.entity, m.sentence].map(|n| n as u32)).collect()
}

/// A keyword-in-context line, offsets in UTF-16 code units.
#[derive(Clone, Debug, PartialEq)]
pub struct KwicOut {
    pub start: usize,
    pub end: usize,
    pub left: String,
    pub matched: String,
    pub right: String,
    pub sentence: usize,
}

impl KwicOut {
    /// Converts lines found in `text`.
    pub fn all(text: &str, lines: Vec<KwicLine>) -> Vec<KwicOut> {
        let map = Utf16Map::new(text);
        lines
            .into_iter()
            .map(|l| KwicOut { start: map.at(l.start), end: map.at(l.end), left: l.left, matched: l.matched, right: l.right, sentence: l.sentence })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_char_by_char_counts() {
        let piece = "Kenya’s 👍 Zürich e\u{301} 北京 👩‍👩‍👧 NATO\u{2028}";
        let text = piece.repeat(40); // several blocks, with blocks ending mid-character
        let map = Utf16Map::new(&text);
        let mut units = 0;
        for (i, c) in text.char_indices() {
            assert_eq!(map.at(i), units, "byte {i}");
            units += c.len_utf16();
        }
        assert_eq!(map.at(text.len()), units);
        // Out of order too (the map remembers the last lookup).
        let offsets: Vec<(usize, usize)> = text.char_indices().scan(0, |u, (i, c)| { let at = (i, *u); *u += c.len_utf16(); Some(at) }).collect();
        for &(i, u) in offsets.iter().rev().step_by(7).chain(offsets.iter().step_by(13)) {
            assert_eq!(map.at(i), u, "byte {i}");
        }
        assert_eq!(utf16_units(text.as_bytes()), text.encode_utf16().count());
        // Every start and length, so each byte is counted in the eight-byte loop and in the rest.
        for (a, _) in piece.char_indices() {
            for b in piece.char_indices().map(|(b, _)| b).chain([piece.len()]).filter(|&b| b >= a) {
                assert_eq!(utf16_units(&piece.as_bytes()[a..b]), piece[a..b].encode_utf16().count(), "{a}..{b}");
            }
        }
        assert_eq!(Utf16Map::new("plain").at(3), 3);
    }
}
