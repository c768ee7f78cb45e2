//! One sense per document, read after either tagger (issue #5, session 15): news names a person
//! in full once ("Film director Neil Jordan", "MaliVai Washington") and by the surname after
//! that, and a surname that is also a country or a town ("Jordan said", "the seeded
//! Washington") is the person there, not the place the gazetteer knows.

use crate::lexicon::{lists, Lexicon};
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::shared::sort_ids;
use super::{EntityType, Evidence, Span};

/// Mends the types of the spans `out[start..]`.
pub(crate) fn discourse_names(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    if out.len() == start {
        return;
    }
    surnames(doc, &mut out[start..]);
    firms(doc, &mut out[start..]);
}

/// A name of one word read as a person is the organisation where the document writes it as the
/// first word of an organisation's longer name ("Magna" after "Magna International Inc",
/// "Deportivo" after "Deportivo Coruna") and nowhere inside a person's full name; not a listed
/// given name.
fn firms(doc: &Doc<'_>, spans: &mut [Span]) {
    let single = |s: &Span| s.last == s.first + 1 && s.ty == EntityType::Per;
    if !spans.iter().any(single) {
        return;
    }
    // Keys that open an organisation's name; then the people read by one of them.
    let org = |s: &&Span| s.ty == EntityType::Org && s.last - s.first >= 2;
    let mut opens: Vec<u32> = spans.iter().filter(org).map(|s| doc.key_id_outlined(s.first as usize)).collect();
    opens.sort_unstable();
    let opened = |s: &Span| opens.binary_search(&doc.key_id_outlined(s.first as usize)).is_ok();
    let hits: Vec<usize> = (0..spans.len()).filter(|&x| single(&spans[x]) && opened(&spans[x])).collect();
    if hits.is_empty() {
        return;
    }
    // Keys inside a person's full name.
    let mut people: Vec<u32> = Vec::new();
    for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        people.extend((s.first..s.last).map(|k| doc.key_id_outlined(k as usize)));
    }
    people.sort_unstable();
    let lex = Lexicon::get();
    for x in hits {
        let k = spans[x].first as usize;
        if people.binary_search(&doc.key_id_outlined(k)).is_err() && !lex.listed(doc.key(k), lists::GIVEN) {
            let s = &mut spans[x];
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
            s.canonical = None;
        }
    }
}

/// Words before a name that make it a place, whatever else the text names so ("in Jordan", "fans
/// of Philadelphia", "flew to Washington").
const PLACE_WORDS: WordSet = words![
    "in", "at", "near", "outside", "from", "through", "to", "into", "towards", "toward", "across", "via", "of",
    "around", "throughout", "within", "inside", "between", "visit", "visited", "visiting", "left", "entered",
];

/// A name of one word, read as a place, an organisation or an other name (the gazetteer's
/// "Jordan", "Holland", "Washington"), is a person where the document's prose writes it as the
/// last word of a person's full name ("Neil Jordan"; not a headline's capitals, nor "Ontario-based
/// Magna") and nowhere as the first word of one or the last of a longer name of another type
/// ("Chamod de Silva" guessed an organisation: alias merging decides); not after a word of place
/// ("in Jordan", "the people of Holland"), nor in a dateline, nor where a comma and another place
/// follow it ("Washington, D.C."), nor before a capitalised word (a longer name the tagger cut:
/// "Jordan Valley"). Alias merging already puts such mentions in the person's entity; this types
/// each mention as the person too.
fn surnames(doc: &Doc<'_>, spans: &mut [Span]) {
    let tokens = &doc.seg.tokens;
    // Keys that end a full name, and keys that begin one (a given name is no surname).
    let mut ends = Vec::new();
    let mut begins = Vec::new();
    let body = |k: u32| doc.seg.sentences[doc.sentence_of(k as usize)].kind == SegmentKind::Body;
    // Keys that end a longer name of another type.
    let mut others = Vec::new();
    for s in spans.iter().filter(|s| s.last - s.first >= 2) {
        if s.ty != EntityType::Per {
            others.push(doc.key_id_outlined(s.last as usize - 1));
        } else if body(s.first) && !adjective(doc.word(s.first as usize)) {
            ends.push(doc.key_id_outlined(s.last as usize - 1));
            begins.push(doc.key_id_outlined(s.first as usize));
        }
    }
    if ends.is_empty() {
        return;
    }
    sort_ids(&mut ends);
    sort_ids(&mut begins);
    sort_ids(&mut others);
    let n = tokens.len();
    for x in 0..spans.len() {
        let s = spans[x];
        let k = s.first as usize;
        if s.last != s.first + 1 || s.ty == EntityType::Per {
            continue;
        }
        let id = doc.key_id_outlined(k);
        if ends.binary_search(&id).is_err() || begins.binary_search(&id).is_ok() || others.binary_search(&id).is_ok() {
            continue;
        }
        if doc.seg.sentences[doc.sentence_of(k)].kind == SegmentKind::Dateline {
            continue;
        }
        if k > 0 && PLACE_WORDS.contains(doc.key(k - 1)) {
            continue;
        }
        let next = spans.get(x + 1).map(|t| t.first as usize);
        if k + 2 < n && doc.key(k + 1) == "," && next == Some(k + 2) && spans[x + 1].ty == EntityType::Loc {
            continue;
        }
        if k + 1 < n && super::shared::capword(doc, k + 1) {
            continue;
        }
        let t = &mut spans[x];
        t.ty = EntityType::Per;
        t.evidence = Evidence::Cue;
        t.canonical = None;
    }
}

/// A word joined to a lower-case one by a hyphen ("Ontario-based", "Irish-born"): an adjective
/// before a name, no given name.
fn adjective(word: &str) -> bool {
    word.split('-').skip(1).any(|part| part.starts_with(|c: char| c.is_lowercase()))
}
