//! An organisation a news text names after the kind of body it is, or after its spokesperson
//! (issue #5, session 15): "the environmental group Zero said", "state builder Wijaya Karya",
//! "a spokesperson for Maersk said", "a spokesman for Global Affairs Canada". Both taggers read
//! such a name, which no list holds, as a person's (two capitalised words) or pieces of names;
//! the words before it say what it is.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{capword, ending_after, join, Overlap};
use super::{EntityType, Evidence, Span};

/// Nouns of a kind of organisation that a name follows in apposition ("the logistics group X",
/// "the lender X"). Not nouns that also name a person's trade before a person's name ("film
/// maker", "producer", "developer", "miner", "trader").
const KINDS: WordSet = words![
    "group", "company", "firm", "builder", "carrier", "brokerage", "consultancy", "lender", "insurer", "conglomerate",
    "shipper", "airline", "carmaker", "automaker", "chipmaker", "retailer", "broadcaster", "charity",
];
/// A spokesperson "for" an organisation.
const SPOKES: WordSet = words!["spokesperson", "spokesman", "spokeswoman"];

/// Retypes as one organisation a name in prose after a kind of organisation's noun ([`KINDS`]:
/// "the environmental group Zero") or after "a spokesperson for" ("a spokesman for Global Affairs
/// Canada, …"), where a tagger read it as a person or a place no list holds, or cut it into
/// pieces; and each other span of the same words. The name is the capitalised run after the
/// cue, to a word in lower case or a comma; not a possessive ("for Kenya's ministry"), not a name
/// that opens with a listed given name or a title ("a spokesman for President Ruto"), and not a
/// name the text gives a person elsewhere ("a spokesman for Yeltsin" after "Boris Yeltsin").
pub(crate) fn organisation_appositions(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lex = Lexicon::get();
    // The cheap test first: a cue word right before a span's first word.
    let cue = |i: usize| {
        (i >= 1 && KINDS.contains(doc.key(i - 1)) && !capword(doc, i - 1))
            || (i >= 2 && doc.key(i - 1) == "for" && SPOKES.contains(doc.key(i - 2)))
    };
    let mut joins: Vec<Span> = Vec::new();
    let spans = &out[start..];
    for s in spans {
        let i = s.first as usize;
        if s.ty == EntityType::Org || !cue(i) || s.evidence == Evidence::Gazetteer {
            continue;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(i)];
        if sentence.kind != SegmentKind::Body || i == sentence.first as usize {
            continue;
        }
        // The capitalised run from `i`, to a word in lower case, a comma or a possessive.
        let end = sentence.last as usize;
        let mut j = i;
        while j < end && j < n && capword(doc, j) {
            j += 1;
            if tokens[j - 1].has(POSSESSIVE) {
                j = 0;
                break;
            }
        }
        if j <= i || j - i > 4 || lex.listed(doc.key(i), lists::GIVEN | lists::TITLE) {
            continue;
        }
        // Every span meeting the run lies inside it, and the first is no listed organisation or
        // person; a listed place may end it ("… Affairs Canada").
        let from = ending_after(spans, i);
        let inside = spans[from..].iter().take_while(|b| (b.first as usize) < j);
        if !inside.clone().all(|b| b.last as usize <= j && (b.first as usize == i || b.ty == EntityType::Loc || b.evidence != Evidence::Gazetteer)) {
            continue;
        }
        joins.push(Span::cue(i, j, EntityType::Org));
    }
    if joins.is_empty() {
        return;
    }
    // Not a name the text gives a person elsewhere: a person's span holding any of its words.
    let mut person_words: Vec<u32> = out[start..]
        .iter()
        .filter(|b| {
            // (the joins are in text order and do not overlap: the one that may hold `b` is the
            // last that opens at or before it)
            let x = joins.partition_point(|j| j.first <= b.first);
            b.ty == EntityType::Per && !(x > 0 && b.last <= joins[x - 1].last)
        })
        .flat_map(|b| (b.first..b.last).map(|k| doc.key_id_outlined(k as usize)))
        .collect();
    person_words.sort_unstable();
    joins.retain(|j| (j.first..j.last).all(|k| person_words.binary_search(&doc.key_id_outlined(k as usize)).is_err()));
    if joins.is_empty() {
        return;
    }
    // Each join is one organisation; other spans of the same words become organisations too.
    // (sorted: each span is looked up, not compared with every join)
    let mut names: Vec<Vec<u32>> = joins.iter().map(|j| (j.first..j.last).map(|k| doc.key_id_outlined(k as usize)).collect()).collect();
    names.sort_unstable();
    names.dedup();
    join(out, start, &joins, Overlap::First);
    let mut words = Vec::new();
    for s in &mut out[start..] {
        if s.ty != EntityType::Org && s.evidence != Evidence::Gazetteer {
            words.clear();
            words.extend((s.first..s.last).map(|k| doc.key_id_outlined(k as usize)));
            if names.binary_search(&words).is_ok() {
                s.ty = EntityType::Org;
            }
        }
    }
}

/// Nouns of a body an acronym is described by in apposition: "IGAD, the East African bloc",
/// "MONUSCO, the U.N. peacekeeping mission".
const BODIES: WordSet = words![
    "mission", "bloc", "regulator", "agency", "body", "alliance", "authority", "commission", "council", "union", "movement",
    "organisation", "organization", "watchdog", "institute", "coalition", "federation", "association", "league",
    "consortium", "company", "firm", "group", "lender", "insurer", "carrier", "bank", "party", "militia", "operator",
    "utility", "broadcaster", "newspaper", "ministry", "department", "airline", "force", "network", "charity", "fund",
];

/// An acronym described by the body it is, in apposition ("IGAD, the East African bloc, was not
/// invited", "OSINERGMIN, the energy regulator, which"), is an organisation where a tagger read a
/// place, a person or an other name (acc25): after either tagger, a span of one word in capitals
/// (no listed place's) followed by a comma, "the", "a" or "an", at most four words (capitalised
/// modifiers too: "East African", "U.N.") and a noun of [`BODIES`] in lower case that ends the
/// phrase (a comma, a stop, "that", "which", "based"); and so is each other span of the word.
pub(crate) fn acronym_appositions(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let mut keys: Vec<u32> = Vec::new();
    for s in &out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        if j != i + 1 || j + 3 >= n || doc.word(j) != "," || !matches!(doc.key(j + 1), "the" | "a" | "an") {
            continue;
        }
        if s.ty == EntityType::Org || (s.ty == EntityType::Loc && s.canonical.is_some()) || !tokens[i].has(ALL_CAPS) || doc.word(i).chars().count() < 3 {
            continue;
        }
        let end = doc.seg.sentences[doc.sentence_of(i)].last as usize;
        let noun = (j + 2..(j + 7).min(end))
            .take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].has(POSSESSIVE) && !Lexicon::get().stopwords.contains(doc.key(k)))
            .find(|&k| !tokens[k].has(CAP) && BODIES.contains(doc.key(k)));
        let ends = |k: usize| k + 1 >= end || tokens[k + 1].kind != TokenKind::Word || matches!(doc.key(k + 1), "that" | "which" | "based");
        if noun.is_some_and(ends) {
            keys.push(doc.key_id_outlined(i));
        }
    }
    if keys.is_empty() {
        return;
    }
    super::shared::sort_ids(&mut keys);
    for s in &mut out[start..] {
        let i = s.first as usize;
        if s.last as usize == i + 1 && s.ty != EntityType::Org && !(s.ty == EntityType::Loc && s.canonical.is_some()) && keys.binary_search(&doc.key_id_outlined(i)).is_ok() {
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
            s.canonical = None;
        }
    }
}
