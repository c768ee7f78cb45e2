//! Places joined by a hyphen inside one word (issue #5, session 16): "the Kenya-Uganda border",
//! "the Ruse-Giurgiu bridge", "the Israel-Gaza war". Segmentation keeps a hyphenated word one
//! token, so a tagger gives it one span; where every part is a place the text names (a listed
//! place, or a place the text names alone) and no list holds the whole word ("Guinea-Bissau",
//! "KwaZulu-Natal" and "Asia-Pacific" stay one place), each part becomes its own span over the
//! word with its own byte range inside it ([`Part`]), and merging joins it to that place's other
//! mentions as it joins any span. Not before a capitalised word, where the word opens a longer
//! name ("the Pakistan-Afghanistan Joint Chamber", "the Abidjan-Lagos Corridor"), nor two places
//! the text or a list names as one joined by "and" ("Trinidad-Tobago" beside "Trinidad and
//! Tobago"), nor a person the text names again.
//!
//! Merging splits the spans before anything else (`alias::merge`), so whoever merges spans gets
//! the parts: results, the JSON, the JavaScript offsets (UTF-16, converted from bytes), counts and
//! co-occurrence carry them as they carry any mention; keyword in context finds a place inside
//! such a word through [`hyphen_parts`], the shape both read.

use std::borrow::Cow;

use crate::hash::FxMap;
use crate::lexicon::Lexicon;
use crate::text::normalize::{is_all_caps, term_key};
use crate::text::Doc;

use super::{EntityType, Evidence, Span};

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// A listed place that is no demonym: its canonical name.
pub(crate) fn listed_place(word: &str) -> Option<&'static str> {
    Lexicon::get().listed_place(&term_key(word), is_all_caps(word)).map(|p| p.canonical)
}

/// Capitalised words joined by hyphens inside the one word `text[start..end]`, where they may be
/// places: not before a capitalised word (past a possessive), and no list holds the whole word,
/// nor its two parts joined by "and" ("Trinidad-Tobago"). The parts' byte ranges into `cut`, two
/// or more; false for any other word.
pub(crate) fn hyphen_parts(text: &str, start: usize, end: usize, cut: &mut Vec<(usize, usize)>) -> bool {
    let word = &text[start..end];
    // (bytes first: most words hold no hyphen, and U+2010 and U+2011 begin with 0xE2)
    let bytes = word.as_bytes();
    if !(bytes.contains(&b'-') || (bytes.contains(&0xE2) && word.contains(is_hyphen))) || word.contains(char::is_whitespace) || !word.starts_with(char::is_uppercase) {
        return false;
    }
    // Not the first word of a longer name: the next word (past a possessive) is not capitalised.
    let rest = &text[end..];
    let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s")).unwrap_or(rest);
    if rest.trim_start().starts_with(char::is_uppercase) || listed_place(word).is_some() || Lexicon::get().gazetteer.map.contains_key(&*term_key(word)) {
        return false;
    }
    cut.clear();
    let mut from = start;
    for part in word.split(is_hyphen) {
        if !part.starts_with(char::is_uppercase) {
            return false;
        }
        cut.push((from, from + part.len()));
        // (Each hyphen is one character: skip it.)
        from += part.len() + text[from + part.len()..].chars().next().map_or(0, char::len_utf8);
    }
    if let [(a, b), (c, d)] = cut[..] {
        let key = [&*term_key(&text[a..b]), " and ", &*term_key(&text[c..d])].concat();
        if Lexicon::get().gazetteer.map.contains_key(key.as_str()) {
            return false;
        }
    }
    cut.len() >= 2
}

/// A part of a split span: item `item` of the split list names bytes `start..end`, inside its
/// one word.
#[derive(Clone, Copy, Debug)]
pub(super) struct Part {
    pub(super) item: u32,
    pub(super) start: u32,
    pub(super) end: u32,
}

/// The places the text names (the texts of its place spans of one word, and of three with "and"
/// between, in ASCII lower case), made when a word first needs them: one lookup a part, not a
/// walk over every span. Its type is `Doc::new`'s map of keys (owned keys here), so the hash
/// map's code is that one's.
struct Named<'s, 'a, R> {
    doc: &'s Doc<'a>,
    spans: &'s [Span],
    range: R,
    map: Option<FxMap<Cow<'static, str>, u32>>,
}

impl<R: Fn(usize) -> (usize, usize)> Named<'_, '_, R> {
    /// Whether a place span is written `word` (in ASCII case).
    fn has(&mut self, word: &str) -> bool {
        let (doc, spans, range) = (self.doc, self.spans, &self.range);
        let map = self.map.get_or_insert_with(|| {
            let mut map = FxMap::default();
            // (one word's text once, however often the text names it: a long text names its
            // places thousands of times)
            let mut seen = vec![false; doc.key_count()];
            for (k, s) in spans.iter().enumerate().filter(|(_, s)| s.ty == EntityType::Loc) {
                let (first, n) = (s.first as usize, s.last - s.first);
                let new = match n {
                    1 => !std::mem::replace(&mut seen[doc.key_id_outlined(first) as usize], true),
                    _ => n == 3 && doc.key(first + 1) == "and",
                };
                if new {
                    let (a, b) = range(k);
                    map.entry(Cow::Owned(doc.text[a..b].to_ascii_lowercase())).or_insert(k as u32);
                }
            }
            map
        });
        map.contains_key(&*word.to_ascii_lowercase())
    }
}

/// Whether span `i`, bytes `start..end`, is places joined by hyphens: see the module's doc. Its
/// parts' byte ranges into `cut`.
fn place_parts<R: Fn(usize) -> (usize, usize)>(doc: &Doc<'_>, i: usize, (start, end): (usize, usize), named: &mut Named<'_, '_, R>, cut: &mut Vec<(usize, usize)>) -> bool {
    let text = doc.text;
    if !hyphen_parts(text, start, end, cut) || !cut.iter().all(|&(a, b)| listed_place(&text[a..b]).is_some() || named.has(&text[a..b])) {
        return false;
    }
    // Not two places the text names as one, joined by "and" ("Velmora and Tavolu").
    if let [(a, b), (c, d)] = cut[..] {
        if named.has(&[&text[a..b], " and ", &text[c..d]].concat()) {
            return false;
        }
    }
    // Nor a person the text names again.
    let spans = named.spans;
    let own = doc.key_ids(spans[i].first as usize..spans[i].last as usize);
    spans[i].ty != EntityType::Per || !spans.iter().enumerate().any(|(j, s)| j != i && doc.key_ids(s.first as usize..s.last as usize) == own)
}

/// `spans` with each span of places joined by hyphens replaced by one span a part (each over the
/// same word, in text order), and the parts' byte ranges; `None` when no span is split. `range`
/// gives a span's byte range as merging reads it.
pub(super) fn split_places(doc: &Doc<'_>, spans: &[Span], range: impl Fn(usize) -> (usize, usize)) -> Option<(Vec<Span>, Vec<Part>)> {
    let mut named = Named { doc, spans, range, map: None };
    let mut cut = Vec::new();
    let mut out: Option<(Vec<Span>, Vec<Part>)> = None;
    let tokens = &doc.seg.tokens;
    for (i, span) in spans.iter().enumerate() {
        // (the span's bytes searched first: most hold no hyphen, and U+2010 and U+2011 begin with 0xE2)
        let raw = &doc.text.as_bytes()[tokens[span.first as usize].start as usize..tokens[span.last as usize - 1].end() as usize];
        let hyphen = raw.contains(&b'-') || raw.contains(&0xE2);
        if !(hyphen && place_parts(doc, i, (named.range)(i), &mut named, &mut cut)) {
            if let Some((split, _)) = &mut out {
                split.push(*span);
            }
            continue;
        }
        let (split, parts) = out.get_or_insert_with(|| (spans[..i].to_vec(), Vec::new()));
        for &(a, b) in &cut {
            parts.push(Part { item: split.len() as u32, start: a as u32, end: b as u32 });
            // (a guess: the part takes its entity's type, and barely sways its vote)
            split.push(Span { ty: EntityType::Loc, evidence: Evidence::Weak, canonical: listed_place(&doc.text[a..b]), ..*span });
        }
    }
    out
}
