//! What a sentence says of a name no list holds, read alike on either tagger's spans: a place in
//! apposition to a place's kind ("Biratnagar, the largest city in the area"), south of one, listed
//! after one ("the provinces of Guayas and Manabí") or before a plural one ("Sunsari and Saptari
//! districts"), with "from" or "in" before it and a place ("from Frankfurt and Metz"), the home of
//! residents ("residents of X"); a language as the object of "speak" or after "translated into"; a
//! festival in apposition ("Tihar, the festival of lights"). A name so read takes that type
//! wherever the text writes it alone, and a natural place named with its kind ("Koshi River")
//! names it without ("the Koshi"). Also: organisations joined over "and", "for" and "on" ("African
//! Union Peace and Security Council", "State Administration for Market Regulation", "Kuroda and Seo
//! Shipbuilding"), and a sentence's first word, which the text writes in lower case elsewhere and
//! never capitalised inside a sentence, is no name ("Sesame does not wait" after "harvesting
//! sesame").
//!
//! The model's decoding reads most of the typing cues on its own tags first (its
//! `context_types`); these passes read them on spans, after either tagger.

use std::cell::Cell;

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, TokenKind};

use super::model::{COMPASS, INSTITUTION_HEADS, LANGUAGE_IN, LANGUAGE_OBJECT, PLACE_HAS, PLACE_HEADS, PLACE_NOUNS};
use super::shared::{calendar, opener};
use super::{EntityType, Evidence, Span};

// What a token is, as bits: its own (a word, capitalised or not, a possessive, in capitals) and
// its key's (the lists and words below), one table instead of a test a list.
const WORD: u64 = 1;
const CAPWORD: u64 = 1 << 1;
const LOWER: u64 = 1 << 2;
const POSS: u64 = 1 << 3;
const CAPS: u64 = 1 << 4;
const CAPPED: u64 = 1 << 5;
const STOP: u64 = 1 << 6;
const COMMON: u64 = 1 << 7;
const ORG_CUE: u64 = 1 << 8;
const GAZ: u64 = 1 << 9;
const CALENDAR: u64 = 1 << 10;
/// A plural's ending ("villagers", not "press").
const PLURAL_S: u64 = 1 << 11;
/// A verb's -ing form of six letters or more.
const ING: u64 = 1 << 12;
/// What an institution deals with, by its ending ("Development", "Regulation").
const ABSTRACT: u64 = 1 << 13;
// One word each, in the order of `WORDS`.
const COMMA: u64 = 1 << 14;
const THE: u64 = 1 << 15;
const IN: u64 = 1 << 16;
const OF: u64 = 1 << 17;
const AND: u64 = 1 << 18;
const OR: u64 = 1 << 19;
const INTO: u64 = 1 << 20;
const FROM: u64 = 1 << 21;
const FOR: u64 = 1 << 22;
const ON: u64 = 1 << 23;
const INCLUDING: u64 = 1 << 24;
const TO: u64 = 1 << 25;
const ADMINISTRATION: u64 = 1 << 26;
const HUB: u64 = 1 << 27;
const WORDS: &[&str] = &[",", "the", "in", "of", "and", "or", "into", "from", "for", "on", "including", "to", "administration", "hub"];
// A list each, in the order of `LISTS`.
const PLACE: u64 = 1 << 28;
const COMPASS_WORD: u64 = 1 << 29;
const HAS: u64 = 1 << 30;
const SPEAK: u64 = 1 << 31;
const SING_IN: u64 = 1 << 32;
const INSTITUTION: u64 = 1 << 33;
const PLACE_HEAD: u64 = 1 << 34;
const PLURAL_PLACE: u64 = 1 << 35;
const DWELLER: u64 = 1 << 36;
const POINT: u64 = 1 << 37;
const EVENT: u64 = 1 << 38;
const COMPANY: u64 = 1 << 39;
const SPEAKER: u64 = 1 << 40;
const FAR: u64 = 1 << 41;
const LINK: u64 = 1 << 42;
const ALONG: u64 = 1 << 43;
const REPORT: u64 = 1 << 44;
const LISTS: &[&[&str]] = &[
    PLACE_NOUNS,
    COMPASS,
    PLACE_HAS,
    LANGUAGE_OBJECT,
    LANGUAGE_IN,
    INSTITUTION_HEADS,
    PLACE_HEADS,
    // Nouns of a place's kind in the plural, before names listed together ("Sunsari and Saptari
    // districts", "the Atbara and the Setit rivers").
    &[
        "cities", "towns", "villages", "districts", "provinces", "regions", "counties", "states", "islands", "municipalities",
        "rivers", "lakes", "valleys", "mountains", "hills", "oases", "townships", "boroughs", "suburbs", "ports",
    ],
    // People who live somewhere: "residents of X" names a place.
    &["residents", "inhabitants", "natives", "villagers", "townspeople", "resident", "native"],
    // Compass points as nouns: "south of X" names a place.
    &[
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west",
    ],
    // A recurring event: a name in apposition to one is an event ("Tihar, the festival of lights").
    &["festival", "holiday", "feast", "carnival", "pilgrimage"],
    // Company heads after "X and Y": "Kuroda and Seo Shipbuilding" is one company.
    &[
        "shipbuilding", "industries", "holdings", "group", "securities", "motors", "airlines", "airways", "shipping",
        "logistics", "partners", "associates", "brothers", "sons", "insurance", "pharmaceuticals", "electronics",
        "engineering", "construction", "mining", "textiles", "foods", "breweries", "chemicals", "steel", "trading",
    ],
    &["speakers", "speaker", "language"],
    // Between "in" and a compass word: ", in the far east of".
    &["the", "far", "remote", "extreme"],
    // Between a place's kind and the names it lists: "the provinces of Guayas", "ports at Poti".
    &["of", "at", "including", "in", "across", "near", "around", "throughout"],
    // Before places listed together: "from Frankfurt and Metz".
    &["from", "in", "at", "near", "between", "across", "through", "via"],
    &["said", "says", "told", "added"],
];

/// The bits of a key (see above).
fn key_bits(key: &str) -> u64 {
    let lex = Lexicon::get();
    let mut b = 0;
    let mut set = |yes: bool, bit: u64| {
        if yes {
            b |= bit;
        }
    };
    set(lex.stopwords.contains(key), STOP);
    set(lex.common.contains(key), COMMON);
    set(lex.listed(key, lists::ORG_CUE), ORG_CUE);
    set(lex.gazetteer.map.contains_key(key), GAZ);
    set(calendar(key), CALENDAR);
    set(key.ends_with('s') && !key.ends_with("ss"), PLURAL_S);
    set(key.len() >= 6 && key.ends_with("ing"), ING);
    set(key.len() > 6 && ["ment", "tion", "sion", "ity", "ance", "ence", "ism", "ship"].iter().any(|e| key.ends_with(e)), ABSTRACT);
    for (n, w) in WORDS.iter().enumerate() {
        set(*w == key, COMMA << n);
    }
    for (n, list) in LISTS.iter().enumerate() {
        set(list.contains(&key), PLACE << n);
    }
    b
}

/// A document's tokens as bits, each key's read once, when first asked for.
struct Cx<'a, 'd> {
    doc: &'a Doc<'d>,
    keys: Vec<Cell<u64>>,
}

impl Cx<'_, '_> {
    /// Token `k`'s bits.
    #[inline(never)]
    fn at(&self, k: usize) -> u64 {
        let t = &self.doc.seg.tokens[k];
        let mut f = 0;
        if t.kind == TokenKind::Word {
            f |= if t.has(CAP) { WORD | CAPWORD } else { WORD | LOWER };
        }
        for (flag, bit) in [(POSSESSIVE, POSS), (ALL_CAPS, CAPS), (CAP, CAPPED)] {
            if t.has(flag) {
                f |= bit;
            }
        }
        let cell = &self.keys[self.doc.key_id(k) as usize];
        if cell.get() == 0 {
            cell.set(1 << 63 | key_bits(self.doc.key(k)));
        }
        f | cell.get()
    }

    /// Whether token `k` has every bit of `bits`.
    fn is(&self, k: usize, bits: u64) -> bool {
        self.at(k) & bits == bits
    }

    /// Whether token `k` has one of `bits`.
    fn any(&self, k: usize, bits: u64) -> bool {
        self.at(k) & bits != 0
    }
}

/// Mends the types, and joins some, of the spans `out[start..]` (in token order, not overlapping).
pub(crate) fn context_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    if out.len() == start {
        return;
    }
    let cx = Cx { doc, keys: vec![Cell::new(0); doc.key_count()] };
    organisation_joins(&cx, out, start);
    typed_by_context(&cx, &mut out[start..]);
    ordinary_openers(&cx, out, start);
}

/// The sentence holding token `k`.
#[inline(never)]
fn sentence<'d>(doc: &'d Doc<'_>, k: usize) -> &'d crate::text::Sentence {
    &doc.seg.sentences[doc.sentence_of(k)]
}

/// Whether tokens `a..b` join names in a list: ",", "and", "or", ", and", and with `the` a "the"
/// after them ("the Atbara and the Setit rivers").
#[inline(never)]
fn joiner(cx: &Cx<'_, '_>, a: usize, b: usize, the: bool) -> bool {
    let mut k = a;
    if k < b && cx.is(k, COMMA) {
        k += 1;
    }
    if k < b && cx.any(k, AND | OR) {
        k += 1;
    }
    if the && k > a && k < b && cx.is(k, THE) {
        k += 1;
    }
    k > a && k == b
}

/// The index of the span holding token `k`.
#[inline(never)]
fn span_at(spans: &[Span], k: usize) -> Option<usize> {
    let n = spans.partition_point(|s| s.first as usize <= k);
    (n > 0 && spans[n - 1].last as usize > k).then(|| n - 1)
}

/// A span of a name no list holds, which its context may type: no gazetteer entry, not in
/// capitals (an acronym), no organisation's word in it ("Bank"), not a name made an adjective
/// ("Moscow-backed"), and not the surname of a person the text names in full (`surnames`, key
/// numbers).
#[inline(never)]
fn retypable(cx: &Cx<'_, '_>, s: &Span, surnames: &[bool]) -> bool {
    let doc = cx.doc;
    let (i, j) = (s.first as usize, s.last as usize);
    plain(cx, s)
        && !surnames[doc.key_id(j - 1) as usize]
        && !doc.word(j - 1).rsplit_once('-').is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
        && (i..j).all(|k| !cx.is(k, ORG_CUE))
}

/// The cheap part of [`retypable`]: no gazetteer entry, not in capitals.
#[inline(never)]
fn plain(cx: &Cx<'_, '_>, s: &Span) -> bool {
    s.canonical.is_none() && s.evidence != Evidence::Gazetteer && !cx.is(s.first as usize, CAPS)
}

/// What the words around the span `spans[x]` say it is.
fn cue(cx: &Cx<'_, '_>, spans: &[Span], x: usize, listed: &[bool]) -> Option<EntityType> {
    let s = spans[x];
    let (i, j) = (s.first as usize, s.last as usize);
    let sentence = sentence(cx.doc, i);
    if sentence.kind != SegmentKind::Body {
        return None;
    }
    let (first, end) = (sentence.first as usize, sentence.last as usize);
    let single = j == i + 1;
    let stop_or_end = |m: usize| m >= end || !cx.is(m, WORD) || cx.is(m, STOP);
    let demonym = |m: usize| span_at(spans, m).is_some_and(|y| spans[y].ty == EntityType::Misc && spans[y].evidence == Evidence::Gazetteer);
    // After it: ", the worst-hit district, where", ", the Polish logistics hub,", ", the festival of".
    if j + 3 < end && cx.is(j, COMMA) && cx.is(j + 1, THE) {
        // Only modifiers before the noun: not "Wanjiru, the mayor of the city".
        for m in j + 2..end.min(j + 6) {
            let f = cx.at(m);
            if !(f & LOWER != 0 || demonym(m)) || f & (POSS | STOP) != 0 {
                break;
            }
            if f & (PLACE | HUB | EVENT) != 0 && f & LOWER != 0 && stop_or_end(m + 1) {
                return Some(if f & EVENT == 0 { EntityType::Loc } else { EntityType::Misc });
            }
        }
    }
    // ", in northern Kenya", ", in the far east of the country"
    if j + 2 < end && cx.is(j, COMMA) && cx.is(j + 1, IN) {
        let mut m = j + 2;
        while m + 1 < end && cx.is(m, FAR) {
            m += 1;
        }
        if cx.is(m, LOWER | COMPASS_WORD) {
            return Some(EntityType::Loc);
        }
    }
    // "Sylhet's airport"
    if cx.is(j - 1, POSS) && j < end && cx.is(j, LOWER | HAS) {
        return Some(EntityType::Loc);
    }
    // A possessive ends a list of places: not "villages in Achieng's home county".
    if i >= first + 2 && cx.is(i - 2, LOWER) && !cx.is(j - 1, POSS) {
        let (before, link) = (cx.at(i - 2), cx.at(i - 1));
        // "south of Suwałki", "residents of Biratnagar", "residents from Msunduzi"
        if (link & OF != 0 && before & POINT != 0) || (link & (OF | FROM) != 0 && before & DWELLER != 0) {
            return Some(EntityType::Loc);
        }
        // "the provinces of Guayas", "ports at Poti", "crossings, including Elubo"
        if link & LINK != 0 && before & PLACE != 0 {
            return Some(EntityType::Loc);
        }
        // "translated into Maithili", "sang in Twi"
        if single && link & (IN | INTO) != 0 && before & SING_IN != 0 {
            return Some(EntityType::Misc);
        }
    }
    // "crossings, including Elubo"
    if i >= first + 3 && cx.is(i - 1, INCLUDING) && cx.is(i - 2, COMMA) && cx.is(i - 3, LOWER | PLACE) {
        return Some(EntityType::Loc);
    }
    // "speaks Twi"
    if single && i > first && cx.is(i - 1, LOWER | SPEAK) {
        return Some(EntityType::Misc);
    }
    // "Twi speakers"
    if single && j < end && cx.is(j, LOWER | SPEAKER) {
        return Some(EntityType::Misc);
    }
    // The next of a list after a place's kind: "provinces of Guayas and Manabí".
    if x > 0 && listed[x - 1] && spans[x - 1].ty == EntityType::Loc && joiner(cx, spans[x - 1].last as usize, i, false) {
        return Some(EntityType::Loc);
    }
    // Listed with a place, the two after a preposition of place or before a stopword:
    // "from Frankfurt and Metz held", "between Kenya and Tessara daily", "Tessara and Kenya".
    if single && s.ty != EntityType::Per {
        let place = |y: Option<usize>| y.is_some_and(|y| spans[y].ty == EntityType::Loc && spans[y].last - spans[y].first <= 2);
        if i > first + 1 && cx.is(i - 1, AND) && place(span_at(spans, i - 2)) {
            let p = spans[span_at(spans, i - 2).unwrap_or(x)].first as usize;
            let after_preposition = p > first && cx.any(p - 1, ALONG | TO);
            // A plural noun after it makes it a modifier: "to Kenya and Mwangaza villagers".
            let modifier = j < end && cx.is(j, LOWER | PLURAL_S);
            if (after_preposition && !modifier) || stop_or_end(j) {
                return Some(EntityType::Loc);
            }
        }
        if j + 1 < end && cx.is(j, AND) && place(span_at(spans, j + 1)) && i > first && cx.is(i - 1, ALONG) {
            return Some(EntityType::Loc);
        }
        // "in Kirundu and Spanish", "in Spanish and Kirundu"
        let language = |m: usize| span_at(spans, m).is_some_and(|y| spans[y].first as usize == m && spans[y].last as usize == m + 1) && demonym(m);
        if i > first && cx.is(i - 1, IN) && j + 1 < end && cx.is(j, AND) && language(j + 1) && stop_or_end(j + 2) {
            return Some(EntityType::Misc);
        }
        if i > first + 2 && cx.is(i - 1, AND) && language(i - 2) && cx.is(i - 3, IN) && stop_or_end(j) {
            return Some(EntityType::Misc);
        }
    }
    None
}

/// Before a plural place's kind, the names listed together: "Sunsari and Saptari districts", "the
/// Atbara and the Setit rivers". Returns the first span of the list, or `None`.
fn plural_list(cx: &Cx<'_, '_>, spans: &[Span], x: usize) -> Option<usize> {
    let j = spans[x].last as usize;
    let end = sentence(cx.doc, j - 1).last as usize;
    if j >= end || !cx.is(j, LOWER | PLURAL_PLACE) || cx.is(j - 1, POSS) {
        return None;
    }
    let mut y = x;
    while y > 0 && joiner(cx, spans[y - 1].last as usize, spans[y].first as usize, true) {
        y -= 1;
    }
    (y < x).then_some(y)
}

fn typed_by_context(cx: &Cx<'_, '_>, spans: &mut [Span]) {
    let doc = cx.doc;
    // Per key number: the type of the single names retyped first (1 + the type), or 0.
    let mut by_key = vec![0u8; doc.key_count()];
    let mut marked = false;
    let mut listed = vec![false; spans.len()];
    let mut surnames = vec![false; doc.key_count()];
    for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        surnames[doc.key_id(s.last as usize - 1) as usize] = true;
    }
    for x in 0..spans.len() {
        let s = spans[x];
        let (i, j) = (s.first as usize, s.last as usize);
        let mut retyped = None;
        // "the Koshi River": "the Koshi" is that river
        if j == i + 2 && s.ty == EntityType::Loc && cx.is(j - 1, CAPPED | PLACE_HEAD) && !cx.is(i, GAZ) {
            mark(&mut by_key, doc.key_id(i), EntityType::Loc);
            marked = true;
        }
        if plain(cx, &s) {
            if let Some(y) = plural_list(cx, spans, x) {
                if retypable(cx, &s, &surnames) {
                    for z in y..=x {
                        if retypable(cx, &spans[z], &surnames) {
                            spans[z].ty = EntityType::Loc;
                            spans[z].evidence = Evidence::Cue;
                            if spans[z].last == spans[z].first + 1 {
                                mark(&mut by_key, doc.key_id(spans[z].first as usize), EntityType::Loc);
                                marked = true;
                            }
                        }
                    }
                }
            } else if let Some(ty) = cue(cx, spans, x, &listed).filter(|_| retypable(cx, &s, &surnames)) {
                let before_list = i >= 2 && cx.is(i - 2, LOWER | PLACE);
                listed[x] = ty == EntityType::Loc && (before_list || (x > 0 && listed[x - 1]));
                spans[x].ty = ty;
                spans[x].evidence = Evidence::Cue;
                if j == i + 1 {
                    retyped = Some(ty);
                }
            }
        }
        if let Some(ty) = retyped {
            mark(&mut by_key, doc.key_id(i), ty);
            marked = true;
        }
    }
    if !marked {
        return;
    }
    for s in spans.iter_mut() {
        if s.last != s.first + 1 || s.ty == EntityType::Per {
            continue;
        }
        let b = by_key[doc.key_id(s.first as usize) as usize];
        if b != 0 && retypable(cx, s, &surnames) {
            s.ty = EntityType::ALL[usize::from(b - 1)];
        }
    }
}

/// Marks key number `id` with type `ty` unless it has one.
fn mark(by_key: &mut [u8], id: u32, ty: EntityType) {
    let b = &mut by_key[id as usize];
    if *b == 0 {
        *b = 1 + ty as u8;
    }
}

/// Organisations joined over "and", "for" and "on" (see the module's doc).
fn organisation_joins(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let body = |k: usize| sentence(doc, k).kind == SegmentKind::Body;
    let common = |k: usize| cx.is(k, CAPWORD | COMMON) && !cx.any(k, STOP | CALENDAR);
    let plain = |s: &Span| s.ty != EntityType::Per && plain(cx, s);
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let spans = &out[start..];
    for x in 0..spans.len() {
        let a = spans[x];
        let (i, j) = (a.first as usize, a.last as usize);
        if a.ty != EntityType::Org || !body(i) || j + 1 >= doc.seg.tokens.len() || cx.is(j - 1, POSS) {
            continue;
        }
        let end = sentence(doc, i).last as usize;
        let link = cx.at(j);
        let Some(b) = spans.get(x + 1).filter(|b| b.first as usize == j + 1) else { continue };
        let (bi, bj) = (b.first as usize, b.last as usize);
        let free_after = bj >= end || !cx.is(bj, CAPWORD);
        let last_head = cx.any(j - 1, INSTITUTION | ADMINISTRATION);
        // "State Administration for Market Regulation", "Intergovernmental Authority on Development"
        if link & (FOR | ON) != 0 && link & LOWER != 0 && last_head && plain(b) && free_after && !cx.is(bj - 1, POSS) {
            let words_ok = (bi..bj).all(|k| cx.is(k, CAPWORD) && !cx.any(k, STOP | CALENDAR));
            if words_ok && (bj - bi >= 2 || cx.is(bi, ABSTRACT)) {
                joins.push((i, bj));
                continue;
            }
        }
        // "African Union Peace and Security Council", "Federal Ministry for Digital and Transport"
        if link & AND != 0 && !last_head && common(j - 1) && b.ty != EntityType::Per && common(bi) && free_after {
            // The second part may be a listed name of its own ("Security Council").
            let head = cx.is(bj - 1, INSTITUTION);
            let inner = (i + 1..j - 1).any(|k| cx.is(k, LOWER) && cx.any(k, FOR | OF | ON));
            if (head && bj - bi >= 2) || (inner && b.canonical.is_none() && (bi..bj).all(common)) {
                joins.push((i, bj));
            }
        }
    }
    // "Kuroda and Seo Shipbuilding": two capitalised words joined by "and", then a company's
    // head, none of them listed and the first no part of a longer name.
    let Some(and) = doc.key_number("and") else { return apply(out, start, joins) };
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for s in doc.seg.sentences.iter().filter(|s| s.kind == SegmentKind::Body) {
        let (first, end) = (s.first as usize, s.last as usize);
        for k in first + 1..end.saturating_sub(2) {
            if doc.key_id(k) != and || !cx.is(k - 1, CAPWORD) || !cx.is(k + 1, CAPWORD) || !cx.is(k + 2, CAPWORD | COMPANY) {
                continue;
            }
            let i = k - 1;
            if (i > first && cx.is(i - 1, CAPWORD)) || (k + 3 < end && cx.is(k + 3, CAPWORD)) {
                continue;
            }
            let listed = |m: usize| span_at(&out[start..], m).is_some_and(|y| out[start + y].ty != EntityType::Per && !plain(&out[start + y]));
            if [i, k + 1, k + 2].into_iter().any(|m| listed(m) || cx.is(m, STOP)) {
                continue;
            }
            joins.push((i, k + 3));
            pairs.push((doc.key_id(i), doc.key_id(k + 1)));
        }
    }
    // The same two words joined by "and" elsewhere, without the head, are that company ("the
    // Kuroda and Seo board").
    if !pairs.is_empty() {
        for s in doc.seg.sentences.iter().filter(|s| s.kind == SegmentKind::Body) {
            for k in s.first as usize + 1..(s.last as usize).saturating_sub(1) {
                if doc.key_id(k) == and && cx.is(k - 1, CAPWORD) && cx.is(k + 1, CAPWORD) && pairs.contains(&(doc.key_id(k - 1), doc.key_id(k + 1))) && !(k + 2 < s.last as usize && cx.is(k + 2, CAPWORD)) {
                    joins.push((k - 1, k + 2));
                }
            }
        }
    }
    apply(out, start, joins);
}

/// Makes each `(first, last)` of `joins` one organisation's span, in place of the spans it covers.
fn apply(out: &mut Vec<Span>, start: usize, mut joins: Vec<(usize, usize)>) {
    if joins.is_empty() {
        return;
    }
    // The crate's one sort (a sort of the standard library's would compile a copy of its own).
    crate::sort::sort_by(&mut joins, |a, b| a.cmp(b));
    let old = out.split_off(start);
    let mut at = 0;
    for (first, last) in joins {
        if out.len() > start && out[out.len() - 1].last as usize > first {
            continue;
        }
        while at < old.len() && (old[at].last as usize) <= first {
            out.push(old[at]);
            at += 1;
        }
        while at < old.len() && (old[at].first as usize) < last {
            at += 1;
        }
        if out.len() > start && out[out.len() - 1].last as usize > first {
            continue;
        }
        out.push(Span { first: first as u32, last: last as u32, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None });
    }
    out.extend_from_slice(&old[at..]);
}

/// A sentence's first word, read as a name of one word no list holds, which the text writes in
/// lower case elsewhere and never capitalised inside a sentence, is an ordinary word ("Sesame
/// does not wait" after "harvesting sesame"; "Freight on the route has tripled").
fn ordinary_openers(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let opens = |k: usize| {
        let s = sentence(doc, k);
        s.kind == SegmentKind::Body && (s.first as usize == k || opener(doc, k))
    };
    let candidate = |s: &Span| s.last == s.first + 1 && s.ty != EntityType::Per && plain(cx, s) && opens(s.first as usize);
    // A verb's -ing form opening the sentence before a function word is its subject, no name
    // ("Financing will come from …", "Staffing it is the hard part").
    let gerund = |s: &Span| {
        let k = s.first as usize;
        cx.is(k, ING) && !cx.is(k, GAZ) && k + 1 < tokens.len() && cx.is(k + 1, LOWER | STOP) && !cx.is(k + 1, REPORT)
    };
    if !out[start..].iter().any(candidate) {
        return;
    }
    // Per key number: bit 1 written in lower case, bit 2 capitalised inside a sentence.
    let mut seen = vec![0u8; doc.key_count()];
    for s in &doc.seg.sentences {
        for k in s.tokens() {
            if tokens[k].kind != TokenKind::Word {
                continue;
            }
            let id = doc.key_id(k) as usize;
            if !tokens[k].has(CAP) {
                seen[id] |= 1;
            } else if s.kind == SegmentKind::Body && k > s.first as usize && !opener(doc, k) {
                seen[id] |= 2;
            }
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        if candidate(&s) && (seen[doc.key_id(s.first as usize) as usize] == 1 || gerund(&s)) {
            continue;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}
