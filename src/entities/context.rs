//! Institutions joined over "and", "for" and "on", read alike on either tagger's spans: "African
//! Union Peace and Security Council", "Federal Ministry for Digital and Transport", "State
//! Administration for Market Regulation", "Intergovernmental Authority on Development". Names no
//! list holds listed after a place's kind are places ("the provinces of Guayas and Manabí", which
//! the model's `context_types` reads on its tags too). And a sentence's first word, which the text
//! writes in lower case elsewhere and never capitalised inside a sentence, is no name ("Sesame
//! does not wait" after "harvesting sesame"). A title the document writes as a surname ("Ravi
//! Naik") is the person where it stands alone ("Naik said").
//!
//! A larger pass, which also typed names no list holds by more contexts (apposition, compass,
//! residents, lists before a plural place's kind, languages, festivals) and joined companies named
//! after two people, added 8.5 KB gzipped to the .wasm; only these parts were kept (README,
//! Accuracy, session 11).

use std::cell::Cell;

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::model::{COMPASS, INSTITUTION_HEADS, LANGUAGE_IN, LANGUAGE_OBJECT, PLACE_HAS, PLACE_LINKS, PLACE_NOUNS};
use super::shared::{self, calendar, capword, ending_after, lower_word, opener, phrase_key, Overlap, SPEECH};
use super::{EntityType, Evidence, Span};

// What a token is, as bits: its own (a capitalised word or a lower-case one, a possessive, in
// capitals) and its key's, one table instead of a test a list.
const CAPWORD: u32 = 1;
const LOWER: u32 = 1 << 1;
const POSS: u32 = 1 << 2;
const CAPS: u32 = 1 << 3;
const STOP: u32 = 1 << 4;
const COMMON: u32 = 1 << 5;
const CALENDAR: u32 = 1 << 6;
const INSTITUTION: u32 = 1 << 7;
/// What an institution deals with, by its ending ("Development", "Regulation").
const ABSTRACT: u32 = 1 << 8;
// One word each, in the order of `WORDS`.
const AND: u32 = 1 << 9;
const FOR: u32 = 1 << 10;
const ON: u32 = 1 << 11;
const OF: u32 = 1 << 12;
const ADMINISTRATION: u32 = 1 << 13;
const WORDS: &[&str] = &["and", "for", "on", "of", "administration"];
/// A verb's -ing form of six letters or more, no gazetteer entry's first word.
const ING: u32 = 1 << 14;
const PLACE: u32 = 1 << 16;
const LINK: u32 = 1 << 17;
const ORG_CUE: u32 = 1 << 18;
const COMMA: u32 = 1 << 19;
const OR: u32 = 1 << 20;

/// The bits of a key (see above).
fn key_bits(key: &str) -> u32 {
    let lex = Lexicon::get();
    let mut b = 0;
    let mut set = |yes: bool, bit: u32| {
        if yes {
            b |= bit;
        }
    };
    set(lex.stopwords.contains(key), STOP);
    set(lex.common.contains(key), COMMON);
    set(calendar(key), CALENDAR);
    set(INSTITUTION_HEADS.contains(key), INSTITUTION);
    set(key.len() > 6 && ["ment", "tion", "sion", "ity", "ance", "ence", "ism", "ship"].iter().any(|e| key.ends_with(e)), ABSTRACT);
    set(key.len() >= 6 && key.ends_with("ing") && !lex.listed(key, lists::STARTS_ENTRY), ING);
    set(PLACE_NOUNS.contains(key), PLACE);
    set(PLACE_LINKS.contains(key), LINK);
    set(lex.listed(key, lists::ORG_CUE), ORG_CUE);
    set(key == ",", COMMA);
    set(key == "or", OR);
    for (n, w) in WORDS.iter().enumerate() {
        set(*w == key, AND << n);
    }
    b
}

/// A document's tokens as bits, each key's read once, when first asked for.
struct Cx<'a, 'd> {
    doc: &'a Doc<'d>,
    keys: Vec<Cell<u32>>,
}

impl Cx<'_, '_> {
    /// Token `k`'s bits.
    #[inline(never)]
    fn at(&self, k: usize) -> u32 {
        let t = &self.doc.seg.tokens[k];
        let mut f = 0;
        if t.kind == TokenKind::Word {
            f |= if t.has(CAP) { CAPWORD } else { LOWER };
        }
        for (flag, bit) in [(POSSESSIVE, POSS), (ALL_CAPS, CAPS)] {
            if t.has(flag) {
                f |= bit;
            }
        }
        let cell = &self.keys[self.doc.key_id(k) as usize];
        if cell.get() == 0 {
            cell.set(1 << 31 | key_bits(self.doc.key(k)));
        }
        f | cell.get()
    }

    /// Whether token `k` has every bit of `bits`.
    fn is(&self, k: usize, bits: u32) -> bool {
        self.at(k) & bits == bits
    }

    /// Whether token `k` has one of `bits`.
    fn any(&self, k: usize, bits: u32) -> bool {
        self.at(k) & bits != 0
    }
}

/// A span no list named, not in capitals, with no organisation's word: one copy of the tests
/// the passes that type names no list holds share.
#[inline(never)]
fn unlisted(cx: &Cx<'_, '_>, s: &Span) -> bool {
    let (a, b) = (s.first as usize, s.last as usize);
    s.unlisted() && !cx.is(a, CAPS) && (a..b).all(|k| !cx.is(k, ORG_CUE))
}

/// The sentence holding token `k`.
fn sentence<'d>(doc: &'d Doc<'_>, k: usize) -> &'d crate::text::Sentence {
    &doc.seg.sentences[doc.sentence_of(k)]
}

/// Joins and drops some of the spans `out[start..]` (in token order, not overlapping): see the
/// module's doc. `sport`: the text is about a match ([`super::teams::sporting`]).
pub(crate) fn context_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    if out.len() == start {
        return;
    }
    let cx = Cx { doc, keys: vec![Cell::new(0); doc.key_count()] };
    listed_and(doc, out, start);
    institution_joins(&cx, out, start);
    acronym_runs(&cx, out, start);
    travel_and(&cx, out, start);
    place_lists(&cx, &mut out[start..]);
    place_coordinations(&cx, &mut out[start..]);
    languages(&cx, &mut out[start..]);
    rivers(doc, &mut out[start..]);
    acting_places(doc, &mut out[start..]);
    place_kinds(&cx, out, start);
    demonym_institutions(&cx, out, start);
    structures(&cx, out, start);
    generic_references(&cx, out, start);
    ordinary_openers(&cx, out, start);
    title_surnames(&cx, out, start);
    super::teams::teams(doc, out, start, sport);
    super::transfers::transfers(doc, out, start, sport);
    super::ministries::institutions_for_the(doc, out, start);
    super::results::results_tables(doc, out, start);
}

/// A span that runs over "and" from a listed name of its own is two: the listed name, and the
/// words after "and" with the span's type ("Labour and Green Party", which the model reads as
/// one). Not where a listed name goes on over "and" ("Bosnia and Herzegovina Football
/// Federation"), nor from words no list holds ("Test and County Cricket Board").
fn listed_and(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    // (the key number of "and" and the tokens' own flags: no key's bits worked out for words no
    // other rule reads)
    let Some(and) = doc.key_number("and") else { return };
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    let mut key = String::new();
    // The gazetteer's entry for tokens `[i, j)`, if any.
    let mut entry = |i: usize, j: usize| lex.gazetteer.map.get(phrase_key(doc, i, j, &mut key)).copied();
    // (span's index, the "and", the listed name before it) of each split.
    let mut splits = Vec::new();
    for (x, s) in out.iter().enumerate().skip(start) {
        let (i, j) = (s.first as usize, s.last as usize);
        let split = (j - i >= 3 && s.canonical.is_none())
            .then(|| (i + 1..j - 1).find(|&k| doc.key_id(k) == and && !tokens[k].has(CAP)))
            .flatten()
            .filter(|&k| capword(doc, i) && capword(doc, k + 1))
            .and_then(|k| Some((k, entry(i, k).filter(|h| !h.caps_only || tokens[i].has(ALL_CAPS))?)))
            .filter(|&(k, _)| !(k + 1..=j).any(|m| entry(i, m).is_some()));
        if let Some((k, hit)) = split {
            splits.push((x, k, hit));
        }
    }
    if splits.is_empty() {
        return;
    }
    // The spans rebuilt in one pass (not an insert into the middle of `out` for each split).
    let old = out.split_off(start);
    let mut splits = splits.into_iter().peekable();
    for (x, s) in old.into_iter().enumerate() {
        let Some((_, k, hit)) = splits.next_if(|&(y, _, _)| y == start + x) else {
            out.push(s);
            continue;
        };
        let p = lex.place(hit);
        out.push(Span { first: s.first, last: k as u32, ty: p.ty, evidence: Evidence::Gazetteer, canonical: Some(p.canonical) });
        out.push(Span { first: k as u32 + 1, ..s });
    }
}

/// Organisations joined over "and", "for" and "on" (see the module's doc).
fn institution_joins(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let body = |k: usize| sentence(doc, k).kind == SegmentKind::Body;
    let common = |k: usize| cx.is(k, CAPWORD | COMMON) && !cx.any(k, STOP | CALENDAR);
    // No person's, no gazetteer entry, not in capitals (an acronym).
    let plain = |s: &Span| s.ty != EntityType::Per && s.unlisted() && !cx.is(s.first as usize, CAPS);
    let mut joins: Vec<Span> = Vec::new();
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
        if link & (FOR | ON) != 0 && link & LOWER != 0 && last_head && plain(b) && (b.ty != EntityType::Loc || cx.is(bj - 1, ABSTRACT)) && free_after && !cx.is(bj - 1, POSS) {
            let words_ok = (bi..bj).all(|k| cx.is(k, CAPWORD) && !cx.any(k, STOP | CALENDAR));
            if words_ok && (bj - bi >= 2 || cx.is(bi, ABSTRACT)) {
                joins.push(Span::cue(i, bj, EntityType::Org));
                continue;
            }
        }
        // "African Union Peace and Security Council", "Federal Ministry for Digital and Transport";
        // not over a listed name of its own before "and" ("Labour and Green Party" are two).
        if link & AND != 0 && !last_head && common(j - 1) && b.ty != EntityType::Per && common(bi) && free_after && a.evidence != Evidence::Gazetteer {
            // The second part may be a listed name of its own ("Security Council").
            let head = cx.is(bj - 1, INSTITUTION);
            let inner = (i + 1..j - 1).any(|k| cx.is(k, LOWER) && cx.any(k, FOR | OF | ON));
            if (head && bj - bi >= 2) || (inner && b.canonical.is_none() && (bi..bj).all(common)) {
                joins.push(Span::cue(i, bj, EntityType::Org));
            }
        }
    }
    shared::join(out, start, &joins, Overlap::First);
}

/// A run of capitalised words over lower-case links, whose initials spell an acronym of three to
/// eight letters the text writes in its prose ("… Co-operation in Europe" and "an OSCE
/// spokesman"; "European Union Mission in Armenia (EUMA)"), is one organisation, in place of the
/// spans a tagger cut it into ("… Co-operation" + "Europe"); not over a person or a span running
/// past it.
fn acronym_runs(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let body = |k: usize| sentence(doc, k).kind == SegmentKind::Body;
    // The acronyms of the prose, not of a line in capitals.
    // (The tokens' own flags, not their keys' bits: no key's lists are looked up.)
    let caps = |k: usize| k < tokens.len() && tokens[k].has(ALL_CAPS);
    // Read through the tokens only when a run first needs them (most texts have no run of three
    // capitalised words over a link); each once: a long text writes one acronym thousands of
    // times, and each span below looks through them all.
    let prose_acronyms = || {
        let mut all: Vec<&[u8]> = (0..tokens.len())
            .filter(|&k| caps(k) && (3..=8).contains(&doc.word(k).len()) && doc.word(k).bytes().all(|b| b.is_ascii_uppercase()))
            .filter(|&k| !(k > 0 && caps(k - 1)) && !caps(k + 1) && body(k))
            .map(|k| doc.word(k).as_bytes())
            .collect();
        // (The crate's sort: `sort_unstable` would bring its own code into the .wasm.)
        crate::sort::sort_by(&mut all, |a, b| a.cmp(b));
        all.dedup();
        all
    };
    let mut acronyms: Option<Vec<&[u8]>> = None;
    let mut joins: Vec<Span> = Vec::new();
    // The run's initials, filled from the end.
    let mut initials = [0u8; 8];
    for x in start..out.len() {
        let e = out[x].last as usize;
        // (The cheap test first, once the acronyms are known: the last word's initial ends one.)
        let initial = doc.word(e - 1).as_bytes()[0].to_ascii_uppercase();
        if acronyms.as_ref().is_some_and(|a| !a.iter().any(|a| a.last() == Some(&initial))) || !body(e - 1) || tokens[e - 1].has(POSSESSIVE) {
            continue;
        }
        let open = sentence(doc, e - 1).first as usize;
        let (mut k, mut link, mut n) = (e, false, 0);
        while k > open && n < 8 {
            k -= 1;
            if tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP) && shared::ACRONYM_SKIPS.contains(doc.key(k)) && k < e - 1 {
                link = true;
                continue;
            }
            if !capword(doc, k) || (caps(k) || tokens[k].has(POSSESSIVE)) && k < e - 1 {
                break;
            }
            n += 1;
            initials[8 - n] = doc.word(k).as_bytes()[0].to_ascii_uppercase();
            if !link || n < 3 || !acronyms.get_or_insert_with(prose_acronyms).contains(&&initials[8 - n..]) {
                continue;
            }
            // The spans inside the run: no person, none running past it, more than one or one
            // that leaves a word out.
            let inside = out[start..x + 1].iter().filter(|s| s.last as usize > k);
            let ok = inside.clone().all(|s| s.first as usize >= k && s.ty != EntityType::Per);
            // (one span of the whole run is cut no more, but retyped if the tagger read a place:
            // "Joint Observer Mission to Varen Islands (JOMVI)")
            // (an agreement's name, an agreement word among the run's words before its first
            // link, is a MISC, as linked_orgs.rs types it: "Convention on the Protection of
            // Alpine Springs (CPAS)")
            let lead = (k..e).find(|&j| !tokens[j].has(CAP)).unwrap_or(e);
            let ty = if (k..lead).any(|j| shared::AGREEMENTS.contains(doc.key(j))) { EntityType::Misc } else { EntityType::Org };
            let whole = inside.clone().any(|s| s.first as usize == k && s.last as usize == e && s.ty == ty);
            if ok && !whole {
                joins.push(Span::cue(k, e, ty));
            }
            break;
        }
    }
    shared::join(out, start, &joins, Overlap::First);
}

/// A sentence's first word, read as a name of one word no list holds, which the text writes in
/// lower case elsewhere and never capitalised inside a sentence, is an ordinary word ("Sesame
/// does not wait" after "harvesting sesame"; "Freight on the route has tripled"); so is a verb's
/// -ing form opening the sentence before a function word, its subject ("Financing will come from
/// …", "Staffing it is the hard part"), unless the text capitalises it on its own inside a sentence
/// ("Kunming is the capital …, and Kunming's …").
fn ordinary_openers(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let candidate = |s: &Span| {
        let k = s.first as usize;
        let sentence = sentence(doc, k);
        s.last == s.first + 1
            && s.ty != EntityType::Per
            && s.canonical.is_none()
            && s.evidence != Evidence::Gazetteer
            && !cx.is(k, CAPS)
            && sentence.kind == SegmentKind::Body
            && (sentence.first as usize == k || opener(doc, k))
    };
    // (a reporting verb after it, [`SPEECH`], makes it the subject: looked up here, where an -ing
    // word opens a sentence, not for every key the pass reads)
    let gerund = |k: usize| cx.is(k, ING) && k + 1 < tokens.len() && cx.is(k + 1, LOWER | STOP) && !SPEECH.contains(doc.key(k + 1));
    // Per key number: bit 1 written in lower case, bit 2 capitalised inside a sentence (bit 4 too
    // if alone there), bit 8 a candidate's (the walk below looks at those keys only).
    let mut seen = vec![0u8; doc.key_count()];
    let mut any = false;
    for s in out[start..].iter().filter(|s| candidate(s)) {
        seen[doc.key_id_outlined(s.first as usize) as usize] = 8;
        any = true;
    }
    if !any {
        return;
    }
    for s in &doc.seg.sentences {
        for k in s.tokens() {
            let id = doc.key_id(k) as usize;
            if seen[id] == 0 || tokens[k].kind != TokenKind::Word {
                continue;
            }
            if !tokens[k].has(CAP) {
                seen[id] |= 1;
            } else if s.kind == SegmentKind::Body && k > s.first as usize && !opener(doc, k) {
                // Bit 4: not after another capital either, a name of its own ("in Nanjing", not
                // "Seo Shipbuilding").
                seen[id] |= if tokens[k - 1].has(CAP) { 2 } else { 2 | 4 };
            }
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        let k = s.first as usize;
        let seen = seen[doc.key_id(k) as usize] & 7;
        if candidate(&s) && (seen == 1 || (gerund(k) && seen & 4 == 0)) {
            continue;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}

/// A title of one word that the document writes as a person's surname ("Mr. Ravi Naik") is that
/// person where it stands alone, capitalised, before no capitalised word ("Naik said", "met Naik
/// in"), where either tagger reads a title before a name that is not there. Not before a name:
/// "Naik Sher Ali Afridi" is a rank; nor after an article: "the King said", "a Major in the army"
/// are titles, whoever "Stephen King" is.
fn title_surnames(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let lex = Lexicon::get();
    // Per key number: a title some person's name ends in (one flag per key, not a list of them:
    // a long text names many such people).
    let mut surname = vec![false; doc.key_count()];
    let mut any = false;
    for s in out[start..].iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        let id = doc.key_id_outlined(s.last as usize - 1);
        if lex.listed(doc.key_of(id), lists::TITLE) {
            surname[id as usize] = true;
            any = true;
        }
    }
    if !any {
        return;
    }
    let n = doc.seg.tokens.len();
    // The spans as they were, put back in token order with the new ones among them (no insert
    // into the middle of `out` for each: linear in the spans however many there are).
    let mut old = out.split_off(start);
    // Such a title after an article is no name, whatever a tagger read: "a Major in the army"
    // after "John Major".
    old.retain(|s| {
        let k = s.first as usize;
        !(s.last as usize == k + 1 && s.canonical.is_none() && surname[doc.key_id(k) as usize] && k > 0 && words!["the", "a", "an"].contains(doc.key(k - 1)))
    });
    let mut at = 0;
    for k in 0..n {
        if !surname[doc.key_id(k) as usize]
            || !cx.is(k, CAPWORD)
            || (k + 1 < n && cx.is(k + 1, CAPWORD))
            || (k > 0 && words!["the", "a", "an"].contains(doc.key(k - 1)))
        {
            continue;
        }
        // Not where a span holds it.
        while at < old.len() && old[at].last as usize <= k {
            out.push(old[at]);
            at += 1;
        }
        if at == old.len() || old[at].first as usize > k {
            out.push(Span { first: k as u32, last: k as u32 + 1, ty: EntityType::Per, evidence: Evidence::Cue, canonical: None });
        }
    }
    out.extend_from_slice(&old[at..]);
}

/// Names no list holds after a place's kind in the plural or singular and "of", "at", "in" …, or
/// after what a place has and "of" ([`PLACE_HAS`]), and
/// those listed after them, are places: "the provinces of Guayas and Manabí", "ports at Poti",
/// "crossings, including Elubo"; not
/// a surname the text writes in a person's full name ("the towns of Odinga and Siaya" after "Raila
/// Odinga"), nor a person after a comma alone ("the town of Garissa, Mutua said").
fn place_lists(cx: &Cx<'_, '_>, spans: &mut [Span]) {
    let doc = cx.doc;
    let mut surnames = vec![false; doc.key_count()];
    for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        surnames[doc.key_id_outlined(s.last as usize - 1) as usize] = true;
    }
    let mut listed = false;
    let mut prev = 0;
    for s in spans.iter_mut() {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the cheap tests first: most spans have no place's kind before them; a comma may stand
        // before "including": "crossings, including X")
        let kind = |m: usize| cx.is(m, LOWER | PLACE) && m >= sentence(doc, i).first as usize;
        let after_kind = i >= 2 && cx.is(i - 1, LINK) && (kind(i - 2) || (i >= 3 && cx.is(i - 2, COMMA) && doc.key(i - 1) == "including" && kind(i - 3)));
        // "the mayor of Van", "residents of Kalabu"
        let after_of = i >= 2 && doc.key(i - 1) == "of" && lower_word(doc, i - 2) && PLACE_HAS.contains(doc.key(i - 2));
        let mut k = prev;
        if listed && k < i && cx.is(k, COMMA) {
            k += 1;
        }
        let comma = k > prev;
        if listed && k < i && cx.any(k, AND | OR) {
            k += 1;
        }
        // Over a comma alone, not a person: "the town of Garissa, Mutua said".
        let next = listed && k > prev && k == i && !(comma && k == prev + 1 && s.ty == EntityType::Per);
        listed = (after_kind || after_of || next)
            && unlisted(cx, s)
            && !cx.is(j - 1, POSS)
            && !surnames[doc.key_id(j - 1) as usize];
        if listed {
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
        }
        prev = j;
    }
}

/// Prepositions of place: a list of names after one, where one of them is a place, is a list of
/// places ("between Bougainville and the Western Province").
const PLACE_PREPOSITIONS: WordSet = words!["in", "to", "from", "between", "near", "across", "via", "around", "throughout"];

/// Lower-case places a list may end in: "between Bougainville and the mainland".
const PLACE_COMMONS: WordSet = words!["mainland", "coast", "border", "interior", "capital", "island", "islands", "city", "province", "region"];

/// Words of travel before "to" or "from" (or "for": "leave for", "bound for"): a name after them,
/// and those listed with it, are places ("Flights to Batam and Medan resumed").
const TRAVEL_TO: WordSet = words![
    "flight", "flights", "flew", "fly", "flies", "flying", "ferry", "ferries", "train", "trains", "bus", "buses", "route",
    "routes", "road", "roads", "highway", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "trip",
    "trips", "journey", "drove", "sailed", "shipments", "evacuated", "deported",
];
const TRAVEL_FOR: WordSet = words!["leave", "leaves", "left", "leaving", "bound", "headed", "heading", "departed", "departing"];

/// Token `p` is "to" or "from" after a word of travel, or "for" after one of leaving.
fn travel_before(doc: &Doc<'_>, p: usize) -> bool {
    let key = |k: usize| doc.key(k);
    (words!["to", "from"].contains(key(p)) && TRAVEL_TO.contains(key(p - 1))) || (key(p) == "for" && TRAVEL_FOR.contains(key(p - 1)))
}

/// A name no list holds that runs over "and" right after a word of travel ("Ferries to Pulau
/// Serangan and Kalabu", which the model reads as one organisation) is two names, which
/// [`place_coordinations`] then reads as places. Not a person's, nor a name with an
/// organisation's word ([`unlisted`]).
fn travel_and(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let Some(and) = doc.key_number("and") else { return };
    let tokens = &doc.seg.tokens;
    let mut splits = Vec::new();
    for (x, s) in out.iter().enumerate().skip(start) {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the cheap tests first: a span of three words or more after "to", "from" or "for")
        if j - i < 3 || i < 2 || !matches!(doc.key(i - 1), "to" | "from" | "for") || s.ty == EntityType::Per {
            continue;
        }
        let Some(k) = (i + 1..j - 1).find(|&k| doc.key_id(k) == and && !tokens[k].has(CAP)) else { continue };
        if capword(doc, k - 1) && capword(doc, k + 1) && sentence(doc, i).first as usize + 1 < i && travel_before(doc, i - 1) && unlisted(cx, s) {
            splits.push((x, k));
        }
    }
    shared::split_spans(out, start, &splits, None);
}

/// Names no list holds, listed after a preposition of place with a place ("in Kisumu and
/// Homa Bay", "between Bougainville and the mainland") or after a word of travel ("Flights to
/// Batam and Medan"), are places: the model reads a town no list holds as often an organisation,
/// the rules a name with no cue as one. Not a person's name but after a word of travel (a list
/// after "between" may be of people), a surname the text writes in another full name, a name in capitals or with an
/// organisation's word, nor a name with a noun after it ("in Kenya and Safaricom shares").
fn place_coordinations(cx: &Cx<'_, '_>, spans: &mut [Span]) {
    let doc = cx.doc;
    let key = |k: usize| doc.key(k);
    let lower = |k: usize| lower_word(doc, k);
    let mut surnames: Option<Vec<u8>> = None;
    let mut x = 0;
    while x < spans.len() {
        let i = spans[x].first as usize;
        // (the cheap tests first: most spans have no preposition before them)
        if i == 0 || !lower(i - 1) || !(PLACE_PREPOSITIONS.contains(key(i - 1)) || key(i - 1) == "for") || sentence(doc, i).first as usize >= i {
            x += 1;
            continue;
        }
        let first = sentence(doc, i).first as usize;
        let p = i - 1;
        let travel = p > first && travel_before(doc, p);
        // The list: spans joined by ",", "and", "or" (a "the" may stand before the last).
        let mut y = x + 1;
        let mut joined = false;
        while y < spans.len() && spans[y].first as usize > spans[y - 1].last as usize {
            let (a, b) = (spans[y - 1].last as usize, spans[y].first as usize);
            let gap_ok = b - a <= 3 && (a..b).all(|m| cx.any(m, COMMA | AND | OR) || key(m) == "the") && (a..b).any(|m| cx.any(m, COMMA | AND | OR)) && key(b - 1) != ",";
            if !gap_ok || (a..b).any(|m| cx.is(m, CAPWORD)) {
                break;
            }
            joined = true;
            y += 1;
        }
        let j = spans[y - 1].last as usize;
        let end = sentence(doc, i).last as usize;
        // "… and the mainland"
        let common = j + 2 < end && cx.any(j, AND | OR) && key(j + 1) == "the" && cx.is(j + 2, LOWER) && PLACE_COMMONS.contains(key(j + 2));
        let place = spans[x..y].iter().any(|s| s.ty == EntityType::Loc);
        if !(travel || (key(p) != "for" && (joined || common) && (place || common))) {
            x = y;
            continue;
        }
        let surnames = surnames.get_or_insert_with(|| {
            let mut v = vec![0u8; doc.key_count()];
            for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
                let n = &mut v[doc.key_id_outlined(s.last as usize - 1) as usize];
                *n = n.saturating_add(1);
            }
            v
        });
        for s in &mut spans[x..y] {
            let (a, b) = (s.first as usize, s.last as usize);
            // (a name the list ends in may be the next clause's speaker: "Buses from Kisumu and
            // Wanjiku Odhiambo said")
            let alone = !(b < end && SPEECH.contains(key(b))) && (travel || b >= end || !cx.is(b, LOWER) || cx.is(b, STOP));
            if s.ty == EntityType::Loc
                || (s.ty == EntityType::Per && !travel)
                || !unlisted(cx, s)
                || cx.is(b - 1, POSS)
                || surnames[doc.key_id(b - 1) as usize] > u8::from(s.ty == EntityType::Per && b - a >= 2)
                || !alone
            {
                continue;
            }
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
        }
        x = y;
    }
}

/// Lower-case nouns after a language's name: "Bislama speakers", "the Pijin language".
const LANGUAGE_AFTER: WordSet = words!["speakers", "speaker", "language", "languages", "dialect", "dialects"];

/// Names no list holds that a language's cue stands beside are languages (MISC): "speaks Tok
/// Pisin", "speakers of Pijin", "translated into Sinhala", "a summary in Oji-Cree", "Bislama
/// speakers", "in English and then in Tok Pisin", "in Pijin and English", and so is every span
/// of the same words in the document ("in Tok Pisin" after "speak Tok Pisin"). Of three words at
/// most, none an organisation's word, not in capitals; the model's `context_types` reads names of
/// one word so on its tags, this reads either tagger's spans, of any length.
fn languages(cx: &Cx<'_, '_>, spans: &mut [Span]) {
    let doc = cx.doc;
    let key = |k: usize| doc.key(k);
    let lower = |k: usize| lower_word(doc, k);
    let tokens = doc.seg.tokens.len();
    let plain = |s: &Span| {
        let (a, b) = (s.first as usize, s.last as usize);
        s.ty != EntityType::Misc && b - a <= 3 && unlisted(cx, s)
    };
    // A listed language (or demonym) after "in": "in English and then in X", "in X and English".
    let language_in = |s: &Span| s.ty == EntityType::Misc && s.first >= 1 && matches!(key(s.first as usize - 1), "in" | "into");
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (x, s) in spans.iter().enumerate() {
        let (a, b) = (s.first as usize, s.last as usize);
        if a >= 1 && lower(a - 1) && matches!(key(a - 1), "in" | "into") && plain(s) {
            let mut m = a - 1;
            while m > 0 && words!["then", "also", "later"].contains(key(m - 1)) {
                m -= 1;
            }
            let listed_before = m >= 1 && cx.any(m - 1, AND | OR) && x >= 1 && spans[x - 1].last as usize + 1 == m && language_in(&spans[x - 1]);
            let listed_after = b + 1 < tokens && cx.any(b, AND | OR) && spans.get(x + 1).is_some_and(|n| n.first as usize == b + 1 && n.ty == EntityType::Misc && n.last - n.first == 1);
            if listed_before || listed_after {
                found.push((a, b));
                continue;
            }
        }
        // (the cheap tests first: a lower-case word beside the span)
        let after = b < tokens && lower(b) && LANGUAGE_AFTER.contains(key(b)) && !cx.is(b - 1, POSS);
        let before = a >= 1 && lower(a - 1) && {
            let p = key(a - 1);
            LANGUAGE_OBJECT.contains(p)
                || (a >= 2 && matches!(p, "in" | "into") && (LANGUAGE_IN.contains(key(a - 2)) || words!["written", "summary", "commentary"].contains(key(a - 2))))
                || (a >= 2 && p == "of" && words!["speakers", "speaker"].contains(key(a - 2)))
        };
        if (after || before) && plain(s) && (!before || sentence(doc, a).first as usize + 1 < a) {
            found.push((a, b));
        }
    }
    if found.is_empty() {
        return;
    }
    // (each other span of the same words too)
    super::shared::retype_languages(doc, spans, found, &plain);
}
/// What a body of people does and a place does not, after "the X, which" ("called a strike",
/// "said", "demanded"): the reporting verbs ([`SPEECH`]) and these.
const ACTS: WordSet = words![
    "called", "demanded", "threatened", "vowed", "accused", "denied", "rejected", "welcomed", "condemned", "claimed",
    "organised", "organized", "staged", "boycotted",
];

/// A name of one word no list holds that a tagger read as a place, after "the" and before ", which"
/// or ", who" and an act of people ([`ACTS`]): "angered the Korvath, which called a strike" names a
/// union, a party or a movement (ORG), no place ("the Karondo, which joins the Lusavi" stays).
fn acting_places(doc: &Doc<'_>, spans: &mut [Span]) {
    let n = doc.seg.tokens.len();
    for s in spans.iter_mut() {
        let (k, j) = (s.first as usize, s.last as usize);
        // (the cheap tests first: one word, a comma after it, "the" before it)
        if j != k + 1 || s.ty != EntityType::Loc || j + 2 >= n || doc.word(j) != "," || k == 0 || doc.key(k - 1) != "the" {
            continue;
        }
        if matches!(doc.key(j + 1), "which" | "who") && !capword(doc, j + 2) && (ACTS.contains(doc.key(j + 2)) || SPEECH.contains(doc.key(j + 2))) && s.unlisted() {
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
        }
    }
}

/// Lower-case words of a river's water, its course or what is built on it: in a sentence with one,
/// "the X" is a river ("the waters of the Teesta after the river's flow fell").
const RIVER_WORDS: WordSet = words![
    "river", "rivers", "riverbank", "riverbed", "waters", "tributary", "tributaries", "basin", "upstream", "downstream",
    "dam", "dams", "reservoir", "reservoirs", "barrage", "floodplain", "estuary",
];

/// Words before "the X" that say it flows: "along the Neretva", "into the Guadiana".
const RIVER_BEFORE: WordSet = words!["along", "into", "upstream", "downstream"];

/// In a text that writes "river" or "rivers", a name of one word no list holds, written after
/// "the" with no capital after it ("the Teesta", not "the Tagus Hydrographic Confederation"), is
/// a river where its sentence speaks of water ([`RIVER_WORDS`]), it follows "along", "into" …
/// ([`RIVER_BEFORE`]), or its sentence names a river so found ("joins the Brahmaputra, known in
/// Bangladesh as the Jamuna"); and then it is a place wherever the text writes it alone ("Tagus
/// water"), as a tagger read a name it had never seen as an organisation. Not a person's.
fn rivers<'a>(doc: &'a Doc<'_>, spans: &mut [Span]) {
    if doc.key_number("river").is_none() && doc.key_number("rivers").is_none() {
        return;
    }
    let tokens = &doc.seg.tokens;
    fn bare(w: &str) -> &str {
        w.strip_suffix("'s").unwrap_or(w)
    }
    // The candidates: "the X", one word, no list's, neither a person's nor a place's, not in
    // capitals, before no capitalised word, in body text.
    // (one copy, not one inlined for each of its three callers)
    #[inline(never)]
    fn lone_unlisted_after_the(doc: &Doc<'_>, s: &Span) -> bool {
        let tokens = &doc.seg.tokens;
        let k = s.first as usize;
        s.last == s.first + 1
            && s.ty != EntityType::Per
            && s.ty != EntityType::Loc
            && s.canonical.is_none()
            && s.evidence != Evidence::Gazetteer
            && !tokens[k].has(ALL_CAPS)
            && k > 0
            && doc.key(k - 1) == "the"
            && !(k + 1 < tokens.len() && capword(doc, k + 1))
            && sentence(doc, k).kind == SegmentKind::Body
    }
    let candidate = |s: &Span| lone_unlisted_after_the(doc, s);
    // A name written right before "river", "rivers" or "riverbed" ("the Buzi river", "the old
    // Turia riverbed"), or listed before "rivers" ("the Pungwe and Buzi rivers"), is a river too:
    // one word, no list's, not a person's, not in capitals. (acc26)
    let n = tokens.len();
    let river_word = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP) && words!["river", "rivers", "riverbed"].contains(doc.key(k));
    let lone = |s: &Span| s.last == s.first + 1 && s.ty != EntityType::Per && s.canonical.is_none() && s.evidence != Evidence::Gazetteer && !tokens[s.first as usize].has(ALL_CAPS);
    let mut named: Vec<u32> = Vec::new();
    for (x, s) in spans.iter().enumerate() {
        let j = s.last as usize;
        // (the cheap test first: a lower-case word after the span)
        if j >= n || tokens[j].has(CAP) || !lone(s) {
            continue;
        }
        let listed = || {
            matches!(doc.word(j), "and" | "or" | ",")
                && spans.get(x + 1).is_some_and(|t| t.first as usize == j + 1 && lone(t) && t.last as usize + 1 < n && doc.key(t.last as usize) == "rivers" && !tokens[t.last as usize].has(CAP))
        };
        if river_word(j) || listed() {
            named.push(doc.key_id(s.first as usize));
        }
    }
    if named.is_empty() && !spans.iter().any(candidate) {
        return;
    }
    let sentences = &doc.seg.sentences;
    // Each sentence is read once, not once per candidate in it (a long sentence of "the X" after
    // "the X" was quadratic): per sentence, 0 not yet read, 1 no word of water, 2 one.
    let mut water = vec![0u8; sentences.len()];
    // Per sentence, how many of its capitalised words are rivers found so far; and the
    // capitalised words' (key number, sentence), sorted, to count a river in every sentence that
    // writes it when it is found.
    let mut rivers_in = vec![0u32; sentences.len()];
    // (Built when a first river is found: most texts that write "river" name none so.)
    let mut capitalised: Option<Vec<(u32, u32)>> = None;
    let index = || {
        let mut all: Vec<(u32, u32)> = Vec::new();
        for (x, sent) in sentences.iter().enumerate() {
            all.extend(sent.tokens().filter(|&t| capword(doc, t)).map(|t| (doc.key_id(t), x as u32)));
        }
        crate::sort::sort_by(&mut all, |a, b| a.cmp(b));
        all
    };
    let mut river = vec![false; doc.key_count()];
    for &id in &named {
        river[id as usize] = true;
    }
    // Twice: the second round reads the rivers the first found in a candidate's sentence.
    for round in 0..2 {
        for s in spans.iter().filter(|s| candidate(s)) {
            let k = s.first as usize;
            let id = doc.key_id(k);
            if river[id as usize] {
                continue;
            }
            let x = doc.sentence_of(k);
            if water[x] == 0 {
                let wet = sentences[x].tokens().any(|t| tokens[t].kind == TokenKind::Word && !tokens[t].has(CAP) && RIVER_WORDS.contains(bare(doc.key(t))));
                water[x] = 1 + u8::from(wet);
            }
            // (A river of the sentence is another word than `k`: `k`'s key is none yet.)
            let watery = (k >= 2 && RIVER_BEFORE.contains(doc.key(k - 2))) || water[x] == 2 || (round == 1 && rivers_in[x] > 0);
            if watery {
                river[id as usize] = true;
                let capitalised = capitalised.get_or_insert_with(index);
                let from = capitalised.partition_point(|&(key, _)| key < id);
                for &(_, y) in capitalised[from..].iter().take_while(|&&(key, _)| key == id) {
                    rivers_in[y as usize] += 1;
                }
            }
        }
    }
    for s in spans.iter_mut() {
        let k = s.first as usize;
        if s.last == s.first + 1 && s.ty != EntityType::Per && s.unlisted() && river[doc.key_id_outlined(k) as usize] {
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
        }
    }
}

/// Lower-case nouns of a place's kind that follow its name: "the Alqueva reservoir", "the Doñana
/// wetlands", "the Centre department", "the Sool and Sanaag regions", "Coclé and Colón provinces".
/// And, session 16: "the Hoang Sa archipelago", "on Wimbi beach", "the Sundhnúkur crater row",
/// "the Reykjanesbraut highway", and "power plant" or "power station" after a name.
const KIND_AFTER: WordSet = words![
    "region", "province", "district", "county", "department", "prefecture", "governorate", "oblast", "municipality",
    "reservoir", "wetlands", "valley", "basin", "lake", "river", "delta", "plateau", "highlands", "desert", "glacier",
    "lagoon", "estuary", "peninsula", "archipelago", "atoll", "beach", "crater", "highway",
];
/// Of those, a region's kinds, which follow no person's name.
const REGION_KINDS: WordSet = words!["region", "province", "district", "county", "prefecture", "governorate", "oblast", "municipality"];
/// Their plurals, which follow a list of names: "the Sool and Sanaag regions".
const KINDS_AFTER: WordSet = words!["regions", "provinces", "districts", "counties", "departments", "prefectures", "governorates", "oblasts", "municipalities"];

/// A name no list holds before a lower-case noun of a place's kind ([`KIND_AFTER`]) is a place,
/// and so is each name of a list before its plural ([`KINDS_AFTER`]), one name each side of "and"
/// where a tagger read the list as one ("the Sool and Sanaag regions"): whatever a tagger read of
/// a name it had never seen. Not a person's but after "the", not an acronym or a name with an
/// organisation's word ("the Tana Water Authority district"), and not a field of work before
/// "department", which an office has as well as a country: a name of common words, none a
/// compass point, is a government's portfolio ("the Health department", "the Finance and
/// Education departments"), not a place ("the Artibonite department", "the North department").
fn place_kinds(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let kind = |k: usize| -> u8 {
        // (the token's own flags, not its key's bits: no lists looked up for the words after names)
        if k >= n || tokens[k].kind != TokenKind::Word || tokens[k].has(CAP) {
            return 0;
        }
        let key = doc.key(k);
        if KIND_AFTER.contains(key) || (key == "power" && k + 1 < n && matches!(doc.key(k + 1), "plant" | "station")) {
            1
        } else if KINDS_AFTER.contains(key) {
            2
        } else {
            0
        }
    };
    // (the cheap test first: most spans have no such noun after them)
    if !out[start..].iter().any(|s| kind(s.last as usize) != 0) {
        return;
    }
    let free = |s: &Span| {
        let (i, j) = (s.first as usize, s.last as usize);
        // (a person's, as a tagger read a name it had never seen, after "the": "the Marvo reservoir";
        // or of two words or more: before a region's kind, which follows no person's name ("from
        // Quang Ngai province", though "Quang" is a given name), else none of them a given name)
        (s.ty != EntityType::Per
            || (i > 0 && doc.key(i - 1) == "the")
            || (j - i >= 2 && (REGION_KINDS.contains(doc.key(j)) || kind(j) == 2 || (i..j).all(|k| !Lexicon::get().listed(doc.key(k), lists::GIVEN)))))
            && unlisted(cx, s)
            && !cx.is(j - 1, POSS)
            && (i..j).all(|k| !cx.is(k, CAPWORD | INSTITUTION))
    };
    // Before "department(s)": a field of work, no place (see above); its words common words or
    // abstract nouns ("Transportation"), "and" between them.
    let field = |s: &Span, kind_word: usize| {
        words!["department", "departments"].contains(doc.key(kind_word))
            && (s.first as usize..s.last as usize).all(|k| cx.is(k, LOWER | AND) || (cx.any(k, COMMON | ABSTRACT) && !COMPASS.contains(doc.key(k))))
    };
    let loc = |s: &mut Span| {
        s.ty = EntityType::Loc;
        s.evidence = Evidence::Cue;
    };
    let old = out.split_off(start);
    for s in &old {
        let (i, j) = (s.first as usize, s.last as usize);
        let k = kind(j);
        if k == 0 || !free(s) || field(s, j) {
            out.push(*s);
            continue;
        }
        // A list read as one name before a plural: "Sool and Sanaag" + "regions".
        let and = (k == 2 && j - i >= 3).then(|| (i + 1..j - 1).find(|&m| cx.is(m, LOWER | AND))).flatten();
        if let Some(m) = and.filter(|&m| (i..m).chain(m + 1..j).all(|t| cx.is(t, CAPWORD))) {
            out.push(Span { first: i as u32, last: m as u32, ty: EntityType::Loc, evidence: Evidence::Cue, canonical: None });
            out.push(Span { first: m as u32 + 1, last: j as u32, ty: EntityType::Loc, evidence: Evidence::Cue, canonical: None });
            continue;
        }
        let mut s = *s;
        loc(&mut s);
        out.push(s);
        // The names listed before a plural, over "and", "or" or a comma each.
        if k == 2 {
            let (mut y, mut at) = (out.len() - 1, i);
            while y > start && at > 0 && cx.any(at - 1, AND | OR | COMMA) && out[y - 1].last as usize == at - 1 && free(&out[y - 1]) && !field(&out[y - 1], j) {
                loc(&mut out[y - 1]);
                y -= 1;
                at = out[y].first as usize;
            }
        }
    }
}

/// A demonym a tagger read apart before an institution's name is part of it: "Haitian" + "National
/// Police", "Indian" + "High Commission", "Australian" + "Rugby League Commission" are one
/// organisation each, as news names a country's own bodies. In prose, over a demonym of one word
/// a list holds, next to a name of two words or more no list holds, ending in an organisation's
/// word ("Police", "Forces") or an institution's ("Commission"); not a ministry's, which news and
/// CoNLL-2003 describe by the demonym ("the German Foreign Ministry": "German" and "Foreign
/// Ministry").
fn demonym_institutions(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        if w > start {
            let d = out[w - 1];
            let (i, j) = (s.first as usize, s.last as usize);
            let joined = d.ty == EntityType::Misc
                && d.last == s.first
                && d.last - d.first == 1
                && d.canonical.is_some()
                && s.ty == EntityType::Org
                && s.canonical.is_none()
                && j - i >= 2
                && !cx.is(i - 1, POSS)
                && !cx.is(i - 1, CAPS)
                && cx.any(j - 1, ORG_CUE | INSTITUTION)
                && cx.is(j - 1, CAPWORD)
                && !words!["ministry", "ministries"].contains(doc.key(j - 1))
                && sentence(doc, i).kind == SegmentKind::Body;
            if joined {
                out[w - 1] = Span { first: d.first, last: s.last, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None };
                continue;
            }
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}

/// Capitalised last words of a structure's or a route's name: "Great Western Highway",
/// "Toussaint Louverture International Airport", "Olympic Park", and a venue's, a street's or a
/// square's (session 15): "Kelmore International Stadium", "the Arvid Tolland Stand", "Harbour
/// Drive", "Veska Plaza", "Orlan Square", "Tavessa Special Economic Zone" (see [`zone_head`]), and
/// an arena's, often named after a person (session 16): "on Dora Vell Arena".
const STRUCTURE_HEADS: WordSet = words![
    "highway", "motorway", "expressway", "freeway", "airport", "bridge", "tunnel", "dam", "barrage", "park",
    "stadium", "stand", "drive", "plaza", "square", "zone", "arena",
];
/// Words that end a person's name as well as a structure's ("President Park", "Galo Plaza",
/// "Teodor Arena"): such a name is a place only after "the" or a preposition of place.
const PERSON_HEADS: WordSet = words!["park", "bridge", "plaza", "square", "arena"];

/// "Zone" ends a place's name only after "Economic", "Industrial", "Exclusion" or "Free" ("Special
/// Economic Zone"); a military or sporting zone is an organisation ("Fourth Naval Zone").
fn zone_head(doc: &Doc<'_>, k: usize) -> bool {
    doc.key(k) != "zone" || (k > 0 && matches!(doc.key(k - 1), "economic" | "industrial" | "exclusion" | "free"))
}
/// First words of a numbered road's name: "Route Nationale 6", "Highway 1".
const ROAD_STARTS: WordSet = words!["route", "highway", "road", "motorway", "expressway", "interstate", "autoroute"];

/// A run of capitalised words in prose ending in a structure's head ([`STRUCTURE_HEADS`]) is one
/// place, in place of the spans a tagger cut it into ("Great" + "Western" + "Highway") or of one
/// that left a word out ("Louverture International Airport" without "Toussaint"); and a road's
/// name before its number takes the number ("Route Nationale 6"). Not where "Park" or "Bridge"
/// ends a person's name ("President Park", where "Park" alone after a title is the person), a span runs past the run, or the run holds a listed
/// organisation.
fn structures(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let mut joins: Vec<Span> = Vec::new();
    let spans = &out[start..];
    // (the tokens' own flags and keys, not their keys' bits: no lists looked up for the words
    // around every span)
    let capital = |k: usize| k < n && tokens[k].kind == TokenKind::Word && tokens[k].has(CAP);
    let head = |k: usize| capital(k) && STRUCTURE_HEADS.contains(doc.key(k)) && zone_head(doc, k);
    let road_word = |k: usize| capital(k) && ROAD_STARTS.contains(doc.key(k));
    for (x, s) in spans.iter().enumerate() {
        let (i, j) = (s.first as usize, s.last as usize);
        // The cheap tests first: the run's last word, the span's own or a head right after it a
        // tagger left out; or a road's first word, the span's or one right before it.
        let number = j < n && tokens[j].kind == TokenKind::Number;
        if !(head(j - 1) || head(j) || (number && (road_word(i) || (i > 0 && road_word(i - 1))))) {
            continue;
        }
        let sent = sentence(doc, i);
        if sent.kind != SegmentKind::Body {
            continue;
        }
        let open = sent.first as usize;
        // (a person's name may end in "Park" or "Bridge", no person's in "Highway": a tagger read
        // "Great Northern Highway" as a person's)
        // (nor in "Plaza" or "Square" but after "the" or a preposition of place: "the Rana Plaza
        // collapse", "at Veska Plaza")
        let placed = i > open && (matches!(doc.key(i - 1), "the" | "at" | "on") || PLACE_PREPOSITIONS.contains(doc.key(i - 1)));
        let person = s.ty == EntityType::Per && PERSON_HEADS.contains(doc.key(j - 1)) && !(placed && !words!["park", "bridge"].contains(doc.key(j - 1)));
        // (nor where a person's title stands before one such word a tagger read as a place:
        // "President Park said", a surname, PER)
        if j - i == 1 && j >= 2 && j - 2 >= open && capital(j - 2) && s.ty != EntityType::Per && s.unlisted() && PERSON_HEADS.contains(doc.key(j - 1)) && Lexicon::get().listed(doc.key(j - 2), lists::TITLE) {
            if joins.last().is_none_or(|b| b.last as usize <= i) {
                joins.push(Span::cue(i, j, EntityType::Per));
            }
            continue;
        }
        let end = if head(j - 1) && !person && (j - i >= 2 || (j >= 2 && j - 2 >= open && capital(j - 2))) {
            j
        } else if head(j) && !capital(j + 1) && spans.get(x + 1).is_none_or(|b| b.first as usize > j) {
            j + 1
        } else {
            0
        };
        // A road's first word: the span's, or one right before it a tagger left out ("Route" +
        // "Nationale" + "6").
        let before = i > open && road_word(i - 1) && (x == 0 || spans[x - 1].last as usize <= i - 1);
        let road = if road_word(i) { Some(i) } else { before.then(|| i - 1) };
        let number = number && doc.word(j).len() <= 4 && !capital(j + 1);
        if end == 0 {
            if let Some(r) = road.filter(|&r| number && joins.last().is_none_or(|b| b.last as usize <= r)) {
                joins.push(Span::cue(r, j + 1, EntityType::Loc));
            }
            continue;
        }
        // Back over the capitalised words before it, in the sentence, not past "the" or a possessive.
        let mut a = end - 1;
        while a > open && cx.is(a - 1, CAPWORD) && !cx.any(a - 1, POSS | STOP) {
            a -= 1;
        }
        if a + 1 == end {
            continue;
        }
        let from = ending_after(spans, a);
        let inside = spans[from..].iter().take_while(|b| (b.first as usize) < end);
        let ok = inside.clone().all(|b| b.first as usize >= a && b.last as usize <= end && !(b.ty == EntityType::Org && b.canonical.is_some()));
        let whole = inside.clone().count() == 1 && s.first as usize == a && j == end && s.ty == EntityType::Loc;
        if ok && !whole && joins.last().is_none_or(|b| b.last as usize <= a) {
            joins.push(Span::cue(a, end, EntityType::Loc));
        }
    }
    shared::join(out, start, &joins, Overlap::First);
}

/// A capitalised common noun after "the" or "this", alone, that the text writes inside a longer
/// name, refers back to it and is no name of its own: "the Ministry" after "Ministry of Ports",
/// "The Convention" after "Albufeira Convention", "the Strait" after "Strait of Hormuz". Not a
/// listed name ("the Senate"), not before a capitalised word ("the Court of Appeal"), and not a
/// compass point, which names a place ("the South" after "South Korea").
fn generic_references(cx: &Cx<'_, '_>, out: &mut Vec<Span>, start: usize) {
    let doc = cx.doc;
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    // The cheap test first: a one-word span no list's after "the" or "this", by the tokens' keys.
    // (one copy, not one inlined for each of its three callers)
    #[inline(never)]
    fn unlisted_after_the_or_this(doc: &Doc<'_>, s: &Span) -> bool {
        let k = s.first as usize;
        s.last == s.first + 1 && k > 0 && matches!(doc.key(k - 1), "the" | "this") && s.unlisted()
    }
    let candidate = |s: &Span| unlisted_after_the_or_this(doc, s);
    if !out[start..].iter().any(candidate) {
        return;
    }
    // Per key number: bit 1 a candidate's, bit 2 written capitalised inside a longer span (the
    // words' lists are looked up for the candidates only, below).
    let mut inside = vec![0u8; doc.key_count()];
    for s in out[start..].iter().filter(|s| candidate(s)) {
        inside[doc.key_id_outlined(s.first as usize) as usize] = 1;
    }
    for s in out[start..].iter().filter(|s| s.last - s.first >= 2) {
        for k in s.first as usize..s.last as usize {
            let id = doc.key_id(k) as usize;
            if inside[id] != 0 && tokens[k].has(CAP) && !tokens[k].has(ALL_CAPS) {
                inside[id] = 3;
            }
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        let k = s.first as usize;
        let generic = candidate(&s)
            && inside[doc.key_id(k) as usize] == 3
            && !words!["north", "south", "east", "west"].contains(doc.key(k))
            && cx.is(k, CAPWORD | COMMON)
            && !cx.is(k, STOP) && !cx.is(k, CAPS) && !(k + 1 < n && cx.is(k + 1, CAPWORD));
        if generic {
            continue;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}
