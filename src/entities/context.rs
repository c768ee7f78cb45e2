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

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, TokenKind};

use super::model::{COMPASS, INSTITUTION_HEADS, LANGUAGE_IN, LANGUAGE_OBJECT, PLACE_HAS, PLACE_HEADS, PLACE_NOUNS};
use super::shared::{calendar, opener};
use super::{EntityType, Evidence, Span};

/// Mends the types, and joins some, of the spans `out[start..]` (in token order, not overlapping).
pub(crate) fn context_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    if out.len() == start {
        return;
    }
    organisation_joins(doc, out, start);
    typed_by_context(doc, &mut out[start..]);
    ordinary_openers(doc, out, start);
}

fn word(doc: &Doc<'_>, k: usize) -> bool {
    doc.seg.tokens[k].kind == TokenKind::Word
}

fn lower(doc: &Doc<'_>, k: usize) -> bool {
    word(doc, k) && !doc.seg.tokens[k].has(CAP)
}

fn capword(doc: &Doc<'_>, k: usize) -> bool {
    word(doc, k) && doc.seg.tokens[k].has(CAP)
}

/// The sentence holding token `k`.
#[inline(never)]
fn sentence<'d>(doc: &'d Doc<'_>, k: usize) -> &'d crate::text::Sentence {
    &doc.seg.sentences[doc.sentence_of(k)]
}

/// Token `k`'s key (not inlined: the rules here ask for keys in many places).
#[inline(never)]
fn word_key<'d>(doc: &'d Doc<'_>, k: usize) -> &'d str {
    doc.key(k)
}

/// Whether `list` holds `key` (one copy of the search, not one a list).
#[inline(never)]
fn among(list: &[&str], key: &str) -> bool {
    list.contains(&key)
}

/// Whether tokens `a..b` join names in a list: ",", "and", "or", ", and", and with `the` a "the"
/// after them ("the Atbara and the Setit rivers").
#[inline(never)]
fn joiner(doc: &Doc<'_>, a: usize, b: usize, the: bool) -> bool {
    let mut k = a;
    if k < b && word_key(doc, k) == "," {
        k += 1;
    }
    if k < b && among(&["and", "or"], word_key(doc, k)) {
        k += 1;
    }
    if the && k > a && k < b && word_key(doc, k) == "the" {
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
fn retypable(doc: &Doc<'_>, s: &Span, surnames: &[bool]) -> bool {
    let lex = Lexicon::get();
    let (i, j) = (s.first as usize, s.last as usize);
    plain(doc, s)
        && !surnames[doc.key_id(j - 1) as usize]
        && !doc.word(j - 1).rsplit_once('-').is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()))
        && (i..j).all(|k| !lex.listed(word_key(doc, k), lists::ORG_CUE))
}

/// The cheap part of [`retypable`]: no gazetteer entry, not in capitals.
fn plain(doc: &Doc<'_>, s: &Span) -> bool {
    s.canonical.is_none() && s.evidence != Evidence::Gazetteer && !doc.seg.tokens[s.first as usize].has(ALL_CAPS)
}

/// Nouns of a place's kind in the plural, before names listed together ("Sunsari and Saptari
/// districts", "the Atbara and the Setit rivers").
const PLURAL_PLACES: &[&str] = &[
    "cities", "towns", "villages", "districts", "provinces", "regions", "counties", "states", "islands", "municipalities",
    "rivers", "lakes", "valleys", "mountains", "hills", "oases", "townships", "boroughs", "suburbs", "ports",
];

/// Lower-case words for people who live somewhere: "residents of X" names a place.
const DWELLERS: &[&str] = &["residents", "inhabitants", "natives", "villagers", "townspeople", "resident", "native"];

/// Compass points as nouns: "south of X" names a place.
const POINTS: &[&str] = &[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west",
];

/// Nouns of a recurring event: a name in apposition to one is an event ("Tihar, the festival of
/// lights").
const EVENT_NOUNS: &[&str] = &["festival", "holiday", "feast", "carnival", "pilgrimage"];

/// What the words around the span `spans[x]` say it is.
fn cue(doc: &Doc<'_>, spans: &[Span], x: usize, listed: &[bool]) -> Option<EntityType> {
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    let s = spans[x];
    let (i, j) = (s.first as usize, s.last as usize);
    let sentence = sentence(doc, i);
    if sentence.kind != SegmentKind::Body {
        return None;
    }
    let (first, end) = (sentence.first as usize, sentence.last as usize);
    let key = |k: usize| word_key(doc, k);
    let single = j == i + 1;
    let stop_or_end = |m: usize| m >= end || !word(doc, m) || lex.stopwords.contains(key(m));
    let demonym = |m: usize| span_at(spans, m).is_some_and(|y| spans[y].ty == EntityType::Misc && spans[y].evidence == Evidence::Gazetteer);
    // After it: ", the worst-hit district, where", ", the Polish logistics hub,", ", the festival of".
    if j + 3 < end && key(j) == "," && key(j + 1) == "the" {
        let mut m = j + 2;
        // Only modifiers before the noun: not "Wanjiru, the mayor of the city".
        while m < end.min(j + 6) && (lower(doc, m) || demonym(m)) && !tokens[m].has(POSSESSIVE) && !lex.stopwords.contains(key(m)) {
            let k = key(m);
            let place = among(PLACE_NOUNS, k) || k == "hub";
            if (place || among(EVENT_NOUNS, k)) && lower(doc, m) && stop_or_end(m + 1) {
                return Some(if place { EntityType::Loc } else { EntityType::Misc });
            }
            m += 1;
        }
    }
    // ", in northern Kenya", ", in the far east of the country"
    if j + 2 < end && key(j) == "," && key(j + 1) == "in" {
        let mut m = j + 2;
        while m + 1 < end && among(&["the", "far", "remote", "extreme"], key(m)) {
            m += 1;
        }
        if lower(doc, m) && among(COMPASS, key(m)) {
            return Some(EntityType::Loc);
        }
    }
    // "Sylhet's airport"
    if tokens[j - 1].has(POSSESSIVE) && j < end && lower(doc, j) && among(PLACE_HAS, key(j)) && key(j) != "old" {
        return Some(EntityType::Loc);
    }
    // A possessive ends a list of places: not "villages in Achieng's home county".
    if i >= first + 2 && lower(doc, i - 2) && !tokens[j - 1].has(POSSESSIVE) {
        let (before, link) = (key(i - 2), key(i - 1));
        // "south of Suwałki", "residents of Biratnagar", "residents from Msunduzi"
        if (link == "of" && among(POINTS, before)) || (among(&["of", "from"], link) && among(DWELLERS, before)) {
            return Some(EntityType::Loc);
        }
        // "the provinces of Guayas", "ports at Poti", "crossings, including Elubo"
        if among(&["of", "at", "including", "in", "across", "near", "around", "throughout"], link) && among(PLACE_NOUNS, before) {
            return Some(EntityType::Loc);
        }
        // "translated into Maithili", "sang in Twi"
        if single && among(&["in", "into"], link) && among(LANGUAGE_IN, before) {
            return Some(EntityType::Misc);
        }
    }
    // "crossings, including Elubo"
    if i >= first + 3 && key(i - 1) == "including" && key(i - 2) == "," && lower(doc, i - 3) && among(PLACE_NOUNS, key(i - 3)) {
        return Some(EntityType::Loc);
    }
    // "speaks Twi"
    if single && i > first && lower(doc, i - 1) && among(LANGUAGE_OBJECT, key(i - 1)) {
        return Some(EntityType::Misc);
    }
    // "Twi speakers"
    if single && j < end && among(&["speakers", "speaker", "language"], key(j)) && lower(doc, j) {
        return Some(EntityType::Misc);
    }
    // The next of a list after a place's kind: "provinces of Guayas and Manabí".
    if x > 0 && listed[x - 1] && spans[x - 1].ty == EntityType::Loc {
        if joiner(doc, spans[x - 1].last as usize, i, false) {
            return Some(EntityType::Loc);
        }
    }
    // Listed with a place, the two after a preposition of place or before a stopword:
    // "from Frankfurt and Metz held", "between Kenya and Tessara daily", "Tessara and Kenya".
    if single && s.ty != EntityType::Per {
        let place = |y: Option<usize>| y.is_some_and(|y| spans[y].ty == EntityType::Loc && spans[y].last - spans[y].first <= 2);
        if i > first + 1 && key(i - 1) == "and" && place(span_at(spans, i - 2)) {
            let p = spans[span_at(spans, i - 2).unwrap_or(x)].first as usize;
            let after_preposition = p > first && among(&["from", "in", "at", "near", "between", "across", "through", "via", "to"], key(p - 1));
            // A plural noun after it makes it a modifier: "to Kenya and Mwangaza villagers".
            let modifier = j < end && lower(doc, j) && key(j).ends_with('s') && !key(j).ends_with("ss");
            if (after_preposition && !modifier) || stop_or_end(j) {
                return Some(EntityType::Loc);
            }
        }
        if j + 1 < end && key(j) == "and" && place(span_at(spans, j + 1)) && i > first && among(&["from", "in", "at", "near", "between", "across", "through", "via"], key(i - 1)) {
            return Some(EntityType::Loc);
        }
        // "in Kirundu and Spanish", "in Spanish and Kirundu"
        let language = |m: usize| span_at(spans, m).is_some_and(|y| spans[y].first as usize == m && spans[y].last as usize == m + 1) && demonym(m);
        if i > first && key(i - 1) == "in" && j + 1 < end && key(j) == "and" && language(j + 1) && stop_or_end(j + 2) {
            return Some(EntityType::Misc);
        }
        if i > first + 2 && key(i - 1) == "and" && language(i - 2) && key(i - 3) == "in" && stop_or_end(j) {
            return Some(EntityType::Misc);
        }
    }
    None
}

/// Before a plural place's kind, the names listed together: "Sunsari and Saptari districts", "the
/// Atbara and the Setit rivers". Returns the first span of the list, or `None`.
fn plural_list(doc: &Doc<'_>, spans: &[Span], x: usize) -> Option<usize> {
    let s = spans[x];
    let j = s.last as usize;
    let end = sentence(doc, j - 1).last as usize;
    if j >= end || !lower(doc, j) || !among(PLURAL_PLACES, word_key(doc, j)) || doc.seg.tokens[j - 1].has(POSSESSIVE) {
        return None;
    }
    let mut y = x;
    while y > 0 {
        let (a, b) = (spans[y - 1].last as usize, spans[y].first as usize);
        if joiner(doc, a, b, true) {
            y -= 1;
        } else {
            break;
        }
    }
    (y < x).then_some(y)
}

fn typed_by_context(doc: &Doc<'_>, spans: &mut [Span]) {
    let lex = Lexicon::get();
    // Per key number: the type of the single names retyped first (1 + the type), or 0; made at
    // the first.
    let mut by_key: Vec<u8> = Vec::new();
    let mark = |by_key: &mut Vec<u8>, id: u32, ty: EntityType| {
        if by_key.is_empty() {
            by_key.resize(doc.key_count(), 0);
        }
        let b = &mut by_key[id as usize];
        if *b == 0 {
            *b = 1 + ty as u8;
        }
    };
    let mut listed = vec![false; spans.len()];
    let mut surnames = vec![false; doc.key_count()];
    for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        surnames[doc.key_id(s.last as usize - 1) as usize] = true;
    }
    let retypable = |doc: &Doc<'_>, s: &Span| retypable(doc, s, &surnames);
    for x in 0..spans.len() {
        let s = spans[x];
        let (i, j) = (s.first as usize, s.last as usize);
        // "the Koshi River": "the Koshi" is that river
        if j == i + 2 && s.ty == EntityType::Loc && doc.seg.tokens[j - 1].has(CAP) && among(PLACE_HEADS, word_key(doc, j - 1)) && !lex.gazetteer.map.contains_key(word_key(doc, i)) {
            mark(&mut by_key, doc.key_id(i), EntityType::Loc);
        }
        if !plain(doc, &s) {
            continue;
        }
        if let Some(y) = plural_list(doc, spans, x) {
            if !retypable(doc, &s) {
                continue;
            }
            for z in y..=x {
                if retypable(doc, &spans[z]) {
                    spans[z].ty = EntityType::Loc;
                    spans[z].evidence = Evidence::Cue;
                    if spans[z].last == spans[z].first + 1 {
                        mark(&mut by_key, doc.key_id(spans[z].first as usize), EntityType::Loc);
                    }
                }
            }
            continue;
        }
        let Some(ty) = cue(doc, spans, x, &listed) else { continue };
        if !retypable(doc, &s) {
            continue;
        }
        let before_list = i >= 2 && among(PLACE_NOUNS, word_key(doc, i - 2)) && lower(doc, i - 2);
        listed[x] = ty == EntityType::Loc && (before_list || (x > 0 && listed[x - 1]));
        spans[x].ty = ty;
        spans[x].evidence = Evidence::Cue;
        if j == i + 1 {
            mark(&mut by_key, doc.key_id(i), ty);
        }
    }
    if by_key.is_empty() {
        return;
    }
    for s in spans.iter_mut() {
        if s.last != s.first + 1 || s.ty == EntityType::Per {
            continue;
        }
        let b = by_key[doc.key_id(s.first as usize) as usize];
        if b != 0 && retypable(doc, s) {
            s.ty = EntityType::ALL[usize::from(b - 1)];
        }
    }
}

/// Company heads after "X and Y": "Kuroda and Seo Shipbuilding" is one company.
const COMPANY_HEADS: &[&str] = &[
    "shipbuilding", "industries", "holdings", "group", "securities", "motors", "airlines", "airways", "shipping",
    "logistics", "partners", "associates", "brothers", "sons", "insurance", "pharmaceuticals", "electronics",
    "engineering", "construction", "mining", "textiles", "foods", "breweries", "chemicals", "steel", "trading",
];

/// Words that name what an institution deals with, by their ending ("Development",
/// "Regulation", "Security", "Cooperation").
fn abstract_noun(key: &str) -> bool {
    key.len() > 6 && ["ment", "tion", "sion", "ity", "ance", "ence", "ism", "ship"].iter().any(|e| key.ends_with(e))
}

/// Organisations joined over "and", "for" and "on" (see the module's doc).
fn organisation_joins(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    let tokens = &doc.seg.tokens;
    let body = |k: usize| sentence(doc, k).kind == SegmentKind::Body;
    let common = |k: usize| capword(doc, k) && lex.common.contains(word_key(doc, k)) && !lex.stopwords.contains(word_key(doc, k)) && !calendar(word_key(doc, k));
    let plain = |s: &Span| s.ty != EntityType::Per && s.canonical.is_none() && s.evidence != Evidence::Gazetteer && !tokens[s.first as usize].has(ALL_CAPS);
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let spans = &out[start..];
    for x in 0..spans.len() {
        let a = spans[x];
        let (i, j) = (a.first as usize, a.last as usize);
        if a.ty != EntityType::Org || !body(i) || j + 1 >= tokens.len() || tokens[j - 1].has(POSSESSIVE) {
            continue;
        }
        let end = sentence(doc, i).last as usize;
        let link = word_key(doc, j);
        let Some(b) = spans.get(x + 1).filter(|b| b.first as usize == j + 1) else { continue };
        let (bi, bj) = (b.first as usize, b.last as usize);
        let free_after = bj >= end || !capword(doc, bj);
        let last_head = among(INSTITUTION_HEADS, word_key(doc, j - 1)) || word_key(doc, j - 1) == "administration";
        // "State Administration for Market Regulation", "Intergovernmental Authority on Development"
        if among(&["for", "on"], link) && lower(doc, j) && last_head && plain(b) && free_after && !tokens[bj - 1].has(POSSESSIVE) {
            let words_ok = (bi..bj).all(|k| capword(doc, k) && !lex.stopwords.contains(word_key(doc, k)) && !calendar(word_key(doc, k)));
            if words_ok && (bj - bi >= 2 || abstract_noun(word_key(doc, bi))) {
                joins.push((i, bj));
                continue;
            }
        }
        // "African Union Peace and Security Council", "Federal Ministry for Digital and Transport"
        if link == "and" && !last_head && common(j - 1) && b.ty != EntityType::Per && common(bi) && free_after {
            // The second part may be a listed name of its own ("Security Council").
            let head = among(INSTITUTION_HEADS, word_key(doc, bj - 1));
            let inner = (i + 1..j - 1).any(|k| lower(doc, k) && among(&["for", "of", "on"], word_key(doc, k)));
            if (head && bj - bi >= 2) || (inner && b.canonical.is_none() && (bi..bj).all(|k| common(k))) {
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
            if doc.key_id(k) != and || !capword(doc, k - 1) || !capword(doc, k + 1) || !capword(doc, k + 2) || !among(COMPANY_HEADS, word_key(doc, k + 2)) {
                continue;
            }
            let i = k - 1;
            if (i > first && capword(doc, i - 1)) || (k + 3 < end && capword(doc, k + 3)) {
                continue;
            }
            let listed = |m: usize| span_at(&out[start..], m).is_some_and(|y| !plain(&out[start + y]) && out[start + y].ty != EntityType::Per);
            if [i, k + 1, k + 2].into_iter().any(|m| listed(m) || lex.stopwords.contains(word_key(doc, m))) {
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
                if doc.key_id(k) == and && capword(doc, k - 1) && capword(doc, k + 1) && pairs.contains(&(doc.key_id(k - 1), doc.key_id(k + 1))) && !(k + 2 < s.last as usize && capword(doc, k + 2)) {
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
fn ordinary_openers(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let opens = |k: usize| {
        let s = sentence(doc, k);
        s.kind == SegmentKind::Body && (s.first as usize == k || opener(doc, k))
    };
    let candidate = |s: &Span| {
        s.last == s.first + 1 && s.ty != EntityType::Per && s.canonical.is_none() && s.evidence != Evidence::Gazetteer && !tokens[s.first as usize].has(ALL_CAPS) && opens(s.first as usize)
    };
    // A verb's -ing form opening the sentence before a function word is its subject, no name
    // ("Financing will come from …", "Staffing it is the hard part").
    let lex = Lexicon::get();
    let gerund = |s: &Span| {
        let (k, key) = (s.first as usize, word_key(doc, s.first as usize));
        key.len() >= 6
            && key.ends_with("ing")
            && !lex.gazetteer.map.contains_key(key)
            && k + 1 < tokens.len()
            && lower(doc, k + 1)
            && lex.stopwords.contains(word_key(doc, k + 1))
            && !among(&["said", "says", "told", "added"], word_key(doc, k + 1))
    };
    if !out[start..].iter().any(candidate) {
        return;
    }
    // Per key number: bit 1 written in lower case, bit 2 capitalised inside a sentence.
    let mut seen = vec![0u8; doc.key_count()];
    for s in &doc.seg.sentences {
        for k in s.tokens() {
            if !word(doc, k) {
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
