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
use crate::text::normalize::{is_all_caps, modifier_stem, strip_possessive, term_key};
use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};

use super::shared::{join, Overlap};
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

/// The list's name for the stem of `word`, "Stem-modifier" ([`modifier_stem`]), after the words
/// `key` holds (each one's key and a space): the stem's length in bytes, its type (a people's word
/// is MISC) and its canonical name; `None` where no list holds the stem, or one holds the whole
/// word.
fn listed_stem_name(word: &str, key: &mut String) -> Option<(usize, EntityType, &'static str)> {
    let stem = modifier_stem(word)?;
    let lex = Lexicon::get();
    let words = key.len();
    key.push_str(&term_key(word));
    if lex.gazetteer.map.contains_key(key.as_str()) {
        return None;
    }
    key.truncate(words);
    key.push_str(&term_key(stem));
    let hit = *lex.gazetteer.map.get(key.as_str())?;
    if hit.caps_only && !is_all_caps(stem) {
        return None;
    }
    let p = lex.place(hit);
    Some((stem.len(), if p.demonym { EntityType::Misc } else { p.ty }, p.canonical))
}

/// The part of `span`, bytes `start..end` as merging reads it, that its last word's stem names
/// when the word is "Stem-modifier" ("the Chinese-backed dam", "a Serb-run enclave", "a
/// UN-authorised force", "French-speaking voters") and a list holds the stem (with the span's
/// words before it) but not the whole word: the stem's end, its type and its canonical name
/// ([`listed_stem_name`]). The news sets name the stem, where CoNLL-2003 tags the whole word MISC
/// (a mention ending inside a token still scores that token there).
fn modifier_part(doc: &Doc<'_>, span: &Span, (start, end): (usize, usize), key: &mut String) -> Option<(usize, EntityType, &'static str)> {
    let (first, last) = (span.first as usize, span.last as usize - 1);
    let at = doc.seg.tokens[last].start as usize;
    if end <= at || start > at || (span.ty == EntityType::Per && last > first) {
        return None;
    }
    key.clear();
    for k in first..last {
        key.push_str(doc.key(k));
        key.push(' ');
    }
    listed_stem_name(&doc.text[at..end], key).map(|(n, ty, canonical)| (at + n, ty, canonical))
}

/// Spans for the words "Stem-modifier" whose stem a list holds ([`listed_stem_name`]) that no
/// span of `out[start..]` holds: "A Chinese-backed dam" where the tagger read no name. Each
/// takes its word, typed and named by the list; merging keeps the stem ([`modifier_part`]).
pub(crate) fn modifier_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let mut key = String::new();
    let mut joins = Vec::new();
    let mut r = start;
    for (k, t) in tokens.iter().enumerate() {
        // (a capital first, then a hyphen's byte: most words have neither)
        if !t.has(CAP) || t.kind != TokenKind::Word {
            continue;
        }
        let word = strip_possessive(t.text(doc.text));
        let bytes = word.as_bytes();
        if !(bytes.contains(&b'-') || (bytes.contains(&0xE2) && word.contains(is_hyphen))) {
            continue;
        }
        while r < out.len() && out[r].last as usize <= k {
            r += 1;
        }
        if r < out.len() && out[r].first as usize <= k {
            continue;
        }
        key.clear();
        if let Some((_, ty, canonical)) = listed_stem_name(word, &mut key) {
            joins.push(Span { first: k as u32, last: k as u32 + 1, ty, evidence: Evidence::Gazetteer, canonical: Some(canonical) });
        }
    }
    join(out, start, &joins, Overlap::First);
}

/// `spans` with each span of places joined by hyphens replaced by one span a part (each over the
/// same word, in text order), and each span ending in a listed "Stem-modifier" by its stem's part
/// ([`modifier_part`]), and the parts' byte ranges; `None` when no span is split. `range` gives a
/// span's byte range as merging reads it.
pub(super) fn split_places(doc: &Doc<'_>, spans: &[Span], range: impl Fn(usize) -> (usize, usize)) -> Option<(Vec<Span>, Vec<Part>)> {
    let mut named = Named { doc, spans, range, map: None };
    let mut cut = Vec::new();
    let mut key = String::new();
    let mut out: Option<(Vec<Span>, Vec<Part>)> = None;
    let tokens = &doc.seg.tokens;
    for (i, span) in spans.iter().enumerate() {
        // (the span's bytes searched first: most hold no hyphen, and U+2010 and U+2011 begin with 0xE2)
        let raw = &doc.text.as_bytes()[tokens[span.first as usize].start as usize..tokens[span.last as usize - 1].end() as usize];
        let hyphen = raw.contains(&b'-') || raw.contains(&0xE2);
        if !(hyphen && place_parts(doc, i, (named.range)(i), &mut named, &mut cut)) {
            let range = if hyphen { Some((named.range)(i)) } else { None };
            let stem = range.and_then(|r| modifier_part(doc, span, r, &mut key).map(|p| (r.0, p)));
            if stem.is_some() || out.is_some() {
                let (split, parts) = out.get_or_insert_with(|| (spans[..i].to_vec(), Vec::new()));
                if let Some((from, (end, ty, canonical))) = stem {
                    parts.push(Part { item: split.len() as u32, start: from as u32, end: end as u32 });
                    split.push(Span { ty, evidence: Evidence::Gazetteer, canonical: Some(canonical), ..*span });
                } else {
                    split.push(*span);
                }
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
