//! General classes of news text read after either tagger (issue #5, session 14): a town no list
//! holds after a word of movement ("drove from Thiès", "boats to Sunamganj") is a place, not the
//! organisation the rules guess for a name they know nothing of; and a sentence's first word
//! shaped like an English plural, adverb or adjective ("Commuters at the Causeway …",
//! "Separately, …", "Perishable goods …") is no name where the text capitalises it nowhere else
//! inside a sentence;
//! names joined by a spaced ampersand are one organisation ("Larbi & Whitcombe"); and so is an
//! institution's name that lists its remits ("Ministry of Food, Agriculture and Fisheries",
//! "Marine and Freshwater Research Institute"); and a capitalised compass word before a listed
//! sea or region is one place with it ("the Eastern Mediterranean"), and a person's name of two
//! words no list gives after a preposition of place a town ("from Baga Sola").

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE, SPACE_BEFORE};
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::model::INSTITUTION_HEADS;
use super::shared::{self, calendar, capword, ending_after, opener, phrase_key, prose, span_key_ids, Overlap, NOT_CALENDAR, NOT_STOP, SPEECH};

use super::{EntityType, Evidence, Span};

/// Mends the types of the spans `out[start..]`. `sport`: the text is about a match
/// ([`super::teams::sporting`]).
pub(crate) fn news_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    if out.len() == start {
        return;
    }
    moved_places(doc, &mut out[start..]);
    common_openers(doc, out, start);
    ampersand_joins(doc, out, start);
    remit_lists(doc, out, start);
    compass_places(doc, out, start);
    town_pairs(doc, &mut out[start..]);
    super::based::based_places(doc, out, start);
    super::articles::the_places(doc, out, start);
    super::appositions::organisation_appositions(doc, out, start);
    super::languages::language_appositions(doc, &mut out[start..]);
    super::possessives::possessive_names(doc, out, start);
    super::plain::plain_names(doc, out, start, sport);
    super::abbreviations::common_abbreviations(doc, out, start);
    super::abbreviations::company_suffixes(doc, &mut out[start..]);
}

/// Prepositions of place and of movement that a town follows and a person seldom does.
/// (Not "towards", which also tells of a stance: "biased towards".)
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "from", "through"];

/// A person's name of two capitalised words the model found, neither a listed given name, after
/// a preposition of place or movement ("in Kosa Lenda", "from Baga Sola", "through Jelenia
/// Góra") is a town, and so is each mention written with the same two words (a person's, or an
/// organisation's no list holds); not where the text
/// writes either word in another person's name or alone as a person ("Lenda said"), nor a
/// possessive ("from Kosa Lenda's office"), nor "from" a range whose other end "to" is a person
/// ("from Kosa Lenda in Tamvia to Ama Oduro").
fn town_pairs(doc: &Doc<'_>, spans: &mut [Span]) {
    let lex = Lexicon::get();
    let tokens = &doc.seg.tokens;
    let pair = |s: &Span| s.ty == EntityType::Per && s.last == s.first + 2;
    let after_preposition = |s: &Span| s.first > 0 && PLACE_PREPOSITIONS.contains(&doc.key(s.first as usize - 1));
    // (most texts have no such pair: nothing to read)
    if !spans.iter().any(|s| pair(s) && after_preposition(s)) {
        return;
    }
    // "from" … "to" a person in the same sentence: a range of people. (Each sentence's last
    // person after "to", found once: a test per candidate over every span is quadratic.)
    let mut last_to: Vec<(usize, usize)> = spans
        .iter()
        .filter(|t| t.ty == EntityType::Per && t.first > 0 && doc.key(t.first as usize - 1) == "to")
        .map(|t| (doc.sentence_of(t.first as usize), t.first as usize))
        .collect();
    last_to.sort_unstable_by(|x, y| y.cmp(x));
    last_to.dedup_by_key(|x| x.0);
    let to_person = |a: usize| {
        let sentence = doc.sentence_of(a);
        last_to.binary_search_by(|x| sentence.cmp(&x.0)).is_ok_and(|at| last_to[at].1 > a + 2)
    };
    let mut towns: Vec<(u32, u32)> = spans
        .iter()
        .filter(|s| {
            let a = s.first as usize;
            pair(s)
                && after_preposition(s)
                && !(doc.key(a - 1) == "from" && to_person(a))
                && (a..a + 2).all(|k| capword(doc, k) && !tokens[k].has(ALL_CAPS | POSSESSIVE) && !lex.listed(doc.key(k), lists::GIVEN | lists::GIVEN_AMBIGUOUS))
        })
        .map(|s| (doc.key_id_outlined(s.first as usize), doc.key_id_outlined(s.first as usize + 1)))
        .collect();
    if towns.is_empty() {
        return;
    }
    // (sorted and deduplicated, for binary searches: a text may name one town thousands of times)
    towns.sort_unstable();
    towns.dedup();
    let key_pair = |s: &Span| (doc.key_id_outlined(s.first as usize), doc.key_id_outlined(s.first as usize + 1));
    // Either word in another person's name, or alone as one, says it is a person's.
    let mut persons = span_key_ids(doc, spans, &|s| s.ty == EntityType::Per && !(pair(s) && towns.binary_search(&key_pair(s)).is_ok()));
    persons.dedup();
    let other = |id: u32| persons.binary_search(&id).is_ok();
    let towns: Vec<(u32, u32)> = towns.iter().copied().filter(|&(a, b)| !other(a) && !other(b)).collect();
    // (each mention of the two words: a tagger's person, or its organisation that no list holds,
    // "left from Kosa Lenda" read as a firm)
    let mention = |s: &Span| s.last == s.first + 2 && (s.ty == EntityType::Per || (s.ty == EntityType::Org && s.unlisted()));
    for s in spans.iter_mut().filter(|s| mention(s)) {
        if towns.binary_search(&key_pair(s)).is_ok() {
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
            s.canonical = None;
        }
    }
}

/// Compass words that name a part of a place when capitalised before it.
const COMPASS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western"];

/// Whether token `k` is a capitalised compass word ("Eastern", not "EASTERN").
fn compass(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    t.has(CAP) && !t.has(ALL_CAPS) && COMPASS.contains(&doc.key(k))
}

/// Whether token `k` alone is a gazetteer place that is no country nor demonym ("Mediterranean",
/// "Pacific", "Europe"): a sea, a region, a town.
fn listed_place(doc: &Doc<'_>, k: usize) -> bool {
    let lex = Lexicon::get();
    lex.gazetteer.map.get(doc.key(k)).is_some_and(|h| {
        let p = &lex.places[h.entry as usize];
        !h.caps_only && h.entry as usize >= lex.countries && p.ty == EntityType::Loc && !p.demonym
    })
}

/// A capitalised compass word before a listed sea or region that is no country is one place
/// with it ("the Eastern Mediterranean", "the South Pacific", "North Atlantic fleets"), which
/// the gazetteer does not hold whole: the model may type the pair an organisation, the rules
/// cut it after the compass word. Not a country ("Northern Nigeria" stays as written) and not a
/// longer name ("North Atlantic Treaty Organization", "Eastern Mediterranean Gas Forum").
fn compass_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    // (the pair's key written into one buffer, not a new string a pair)
    let mut key = String::new();
    let mut unlisted = |a: usize| !lex.gazetteer.map.contains_key(phrase_key(doc, a, a + 2, &mut key));
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        let (a, b) = (s.first as usize, s.last as usize);
        if b - a == 2 && compass(doc, a) && listed_place(doc, a + 1) && unlisted(a) {
            // One span of both words (the model's).
            out[w] = Span { ty: EntityType::Loc, evidence: Evidence::Cue, canonical: None, ..s };
        } else if b - a == 1 && a > 0 && compass(doc, a - 1) && listed_place(doc, a) && doc.sentence_of(a - 1) == doc.sentence_of(a) && unlisted(a - 1) {
            // The place alone, after the compass word as a span of its own or as none.
            let joined = w > start && out[w - 1].last as usize == a && out[w - 1].first as usize == a - 1;
            let free = w == start || out[w - 1].last as usize <= a - 1;
            if joined {
                w -= 1;
            }
            out[w] = if joined || free { Span { first: a as u32 - 1, ty: EntityType::Loc, evidence: Evidence::Cue, canonical: None, ..s } } else { s };
        } else {
            out[w] = s;
        }
        w += 1;
    }
    out.truncate(w);
}

/// Prepositions of movement and route: a name after one is where something goes or comes from.
const MOVEMENT: WordSet = words!["from", "to", "through", "into", "towards", "toward", "between"];

/// A name of one word that no list holds and no cue typed (the rules' guess, [`Evidence::Weak`]:
/// an organisation), after a preposition of movement ("from Thiès", "to Sunamganj", "through
/// Rzeszów", "between Dhobley and Liboi"), and those listed with it over "," "and" "or", are
/// places. Not after "according to" (a source), not a name in capitals (an acronym: "from
/// NATO"), not a common word ("kept from Parliament", "point to Treaty 9"), nor a surname the text writes in a person's full name ("between Odhiambo and …"). The
/// model's spans are never weak: it reads these from its own features.
fn moved_places(doc: &Doc<'_>, spans: &mut [Span]) {
    let common = &Lexicon::get().common;
    let weak = |s: &Span| {
        let k = s.first as usize;
        s.ty == EntityType::Org
            && s.evidence == Evidence::Weak
            && s.canonical.is_none()
            && s.last == s.first + 1
            && !doc.seg.tokens[k].has(ALL_CAPS)
            && !common.contains(doc.key(k))
    };
    // (the model's spans are never weak: nothing to read)
    if !spans.iter().any(weak) {
        return;
    }
    let mut surnames: Option<Vec<bool>> = None;
    let mut x = 0;
    while x < spans.len() {
        let i = spans[x].first as usize;
        // (the word before first, the sentence's search only after a preposition)
        if i == 0 || !MOVEMENT.contains(doc.key(i - 1)) {
            x += 1;
            continue;
        }
        let first = doc.seg.sentences[doc.sentence_of(i)].first as usize;
        if i < first + 1 || (i >= first + 2 && doc.key(i - 1) == "to" && doc.key(i - 2) == "according") {
            x += 1;
            continue;
        }
        // The list: spans joined by ",", "and", "or" alone.
        let mut y = x + 1;
        while y < spans.len() {
            let (a, b) = (spans[y - 1].last as usize, spans[y].first as usize);
            if !(b > a && b - a <= 2 && (a..b).all(|m| matches!(doc.key(m), "," | "and" | "or")) && doc.key(b - 1) != ",") {
                break;
            }
            y += 1;
        }
        if spans[x..y].iter().any(weak) {
            let surnames = surnames.get_or_insert_with(|| {
                let mut v = vec![false; doc.key_count()];
                for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
                    v[doc.key_id_outlined(s.last as usize - 1) as usize] = true;
                }
                v
            });
            for s in &mut spans[x..y] {
                if weak(s) && !surnames[doc.key_id_outlined(s.first as usize) as usize] {
                    s.ty = EntityType::Loc;
                    s.evidence = Evidence::Cue;
                }
            }
        }
        x = y;
    }
}

/// Whether `key` (a word in lower case) ends as an English word does and a name seldom does: a
/// plural of people or things ("commuters", "auditors", "relatives", "economists", "migrants",
/// "utilities"), an adverb ("separately"), an adjective ("perishable"), or a verb's -ing form
/// before a noun (`before_noun`: "shipping agents"). A comma may follow only an adverb.
fn common_shape(key: &str, comma: bool, before_noun: bool) -> bool {
    let n = key.chars().count();
    let adverb = n >= 7 && ["ately", "ively", "ally", "ently", "antly", "ously", "edly", "ingly", "fully"].iter().any(|e| key.ends_with(e));
    if comma {
        return adverb;
    }
    adverb
        || (n >= 6 && ["ers", "ors", "ists", "ives", "ants", "ents", "ies"].iter().any(|e| key.ends_with(e)))
        || (n >= 8 && (key.ends_with("able") || key.ends_with("ible")))
        || (before_noun && n >= 8 && key.ends_with("ing"))
}

/// A name of one word no list holds, opening a sentence of prose (or a quote or a clause) before a
/// word in lower case, shaped like an English plural, adverb or adjective ([`common_shape`]:
/// "Commuters at the Causeway were less patient", "Truckers block the bridge", "Auditors from
/// the commission", "Separately, the agency …", "Perishable goods rot", "Shipping agents said"),
/// is an ordinary word where the text capitalises it nowhere else inside a sentence and no longer
/// name holds it: neither tagger knows every English word. Not a name another span holds
/// ("Claire Masters" … "Masters said"), nor one the text writes inside a sentence ("for the
/// Rangers").
fn common_openers(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let candidate = |s: &Span| {
        let k = s.first as usize;
        // (the span's own tests first: the sentence's is a search)
        if s.last != s.first + 1 || s.canonical.is_some() || s.evidence == Evidence::Gazetteer || tokens[k].has(ALL_CAPS) {
            return false;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        if sentence.kind != SegmentKind::Body
            || !(sentence.first as usize == k || opener(doc, k))
            || k + 1 >= sentence.last as usize
        {
            return false;
        }
        let next = &tokens[k + 1];
        let lower = next.kind == TokenKind::Word && !next.has(CAP);
        let comma = doc.word(k + 1) == ",";
        (lower || comma) && common_shape(doc.key(k), comma, lower && !SPEECH.contains(&doc.key(k + 1)) && !Lexicon::get().stopwords.contains(doc.key(k + 1)))
    };
    if !out[start..].iter().any(candidate) {
        return;
    }
    // Per key number: 1 a candidate's, 2 held elsewhere (by a longer span, or capitalised inside a
    // sentence of prose).
    let mut seen = vec![0u8; doc.key_count()];
    for s in out[start..].iter().filter(|s| candidate(s)) {
        seen[doc.key_id_outlined(s.first as usize) as usize] = 1;
    }
    for s in &out[start..] {
        if s.last - s.first >= 2 {
            for k in s.first as usize..s.last as usize {
                seen[doc.key_id(k) as usize] |= 2;
            }
        }
    }
    for s in &doc.seg.sentences {
        if s.kind != SegmentKind::Body {
            continue;
        }
        for k in s.first as usize + 1..s.last as usize {
            if seen[doc.key_id(k) as usize] == 1 && tokens[k].has(CAP) && !opener(doc, k) {
                seen[doc.key_id(k) as usize] |= 2;
            }
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        if seen[doc.key_id_outlined(s.first as usize) as usize] == 1 && candidate(&s) {
            continue;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}

/// Capitalised words joined by a spaced ampersand in prose are one organisation, with the spans
/// either side that hold the words next to it and the name's words after them: "Larbi &
/// Whitcombe", "Ward & Partners Maritime Ltd", "Santos & Ocampo Builders Inc.", "Kessler & Vogt
/// Research" (the model's decoding joins its own tags so, `model::ampersand_names`, but may stop
/// at a word it tagged apart; the rules did not join at all). Not two listed places ("Antigua &
/// Barbuda" in a table), nor over a possessive, a title's first word, a stopword or a day.
fn ampersand_joins(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let Some(amp) = doc.key_number("&") else { return };
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    let word = |k: usize| {
        let key = doc.key(k);
        capword(doc, k) && !lex.stopwords.contains(key) && !lex.listed(key, lists::STARTS_TITLE) && !calendar(key)
    };
    let mut joins: Vec<Span> = Vec::new();
    for (first, end) in prose(doc) {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = doc.find_key(from..end - 1, amp) else { break };
            from = k + 1;
            let spaced = tokens[k].has(SPACE_BEFORE) && tokens[k + 1].has(SPACE_BEFORE);
            if !spaced || !word(k - 1) || !word(k + 1) || tokens[k - 1].has(POSSESSIVE) {
                continue;
            }
            // (spans are in token order and do not overlap: found by a binary search)
            let spans = &out[start..];
            let covering = |m: usize| spans.get(ending_after(spans, m)).filter(|s| s.first as usize <= m);
            let (left, right) = (covering(k - 1), covering(k + 1));
            let place = |s: Option<&Span>| s.is_some_and(|s| s.ty == EntityType::Loc && s.evidence == Evidence::Gazetteer);
            if place(left) && place(right) {
                continue;
            }
            let mut a = k - 1;
            if let Some(s) = left {
                a = s.first as usize;
                // (over a listed name the rules split off before it: "Atlantic Reefer & Cold
                // Storage Ltd")
                if let Some(p) = (a > first && word(a - 1)).then(|| covering(a - 1)).flatten().filter(|p| p.last as usize == a && p.evidence == Evidence::Gazetteer) {
                    a = p.first as usize;
                }
            } else {
                while a > first && word(a - 1) && !tokens[a - 1].has(POSSESSIVE) {
                    a -= 1;
                }
            }
            let mut b = right.map_or(k + 2, |s| s.last as usize);
            while b < end && word(b) && !tokens[b - 1].has(POSSESSIVE) {
                b += 1;
            }
            joins.push(Span::cue(a, b, EntityType::Org));
            from = b;
        }
    }
    // (a join that meets the one before it widens that one: "Larbi & Whitcombe" and "Whitcombe
    // & Osei" are one name)
    shared::join(out, start, &joins, Overlap::Widen);
}

/// A name's word in a list of remits: capitalised, neither a stopword nor a day or month (a
/// title's first word may be one: "Agriculture").
fn name_word(doc: &Doc<'_>, k: usize) -> bool {
    shared::name_word(doc, k, NOT_STOP | NOT_CALENDAR)
}

/// An institution's name that lists what it deals with is one organisation where a tagger cut it
/// at the list: over commas and "and" after "Ministry of …" / "Institute for …" ("Ministry of
/// Food, Agriculture and Fisheries", "Institute for Peace, Democracy and Development"), and over
/// "and" before a name ending in an institution's word ("Marine and Freshwater Research
/// Institute", "National Fisheries and Aquaculture Service"). Each item is one to three
/// capitalised words that no list names, and the name ends before a word
/// that is not capitalised ("Ministry of Finance, Kenya and Uganda" and "the Ministry of Health,
/// Mwangi and Otieno said" are no such names).
fn remit_lists(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let spans = &out[start..];
    let head = |k: usize| INSTITUTION_HEADS.contains(&doc.key(k)) || doc.key(k) == "service";
    // No listed name ("Labour and Green Party" are two), no person of two words or more but the
    // rules' guess for two capitalised words ("Tourism Studies"), over tokens [a, b).
    // (spans are in token order and do not overlap: those that meet [a, b) by a binary search)
    let free = |a: usize, b: usize| {
        let from = ending_after(spans, a);
        spans[from..].iter().take_while(|s| (s.first as usize) < b).all(|s| {
            s.evidence != Evidence::Gazetteer
                && s.canonical.is_none()
                && !(s.ty == EntityType::Per && s.last - s.first >= 2 && s.evidence != Evidence::Weak)
        })
    };
    // The end of a run of one to three name words from `k`, the last of which may be possessive.
    let item = |k: usize, end: usize| {
        let mut m = k;
        while m < end && m - k < 3 && name_word(doc, m) {
            m += 1;
            if tokens[m - 1].has(POSSESSIVE) {
                break;
            }
        }
        m
    };
    let mut joins: Vec<Span> = Vec::new();
    for s in spans {
        let (i, j) = (s.first as usize, s.last as usize);
        // (the cheap tests first: most spans have neither a comma after them nor "and" before)
        let comma = j < tokens.len() && doc.key(j) == "," && s.ty == EntityType::Org && j - i >= 3;
        let and = i >= 2 && j - i >= 2 && doc.key(i - 1) == "and";
        if !(comma || and) || joins.last().is_some_and(|b| b.last as usize > i) {
            continue;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(i)];
        let (first, end) = (sentence.first as usize, sentence.last as usize);
        if sentence.kind != SegmentKind::Body {
            continue;
        }
        // "Ministry of Food" + ", Agriculture and Fisheries"
        let remit = comma && (i + 1..j).any(|k| head(k - 1) && matches!(doc.key(k), "of" | "for" | "on") && !capword(doc, k));
        if comma && remit && j + 1 < end && !tokens[j - 1].has(POSSESSIVE) {
            let (mut k, mut commas, mut found) = (j, 0, None);
            while k + 1 < end && matches!(doc.key(k), "," | "and") {
                let m = item(k + 1, end);
                if m == k + 1 {
                    break;
                }
                if doc.key(k) == "and" {
                    found = (commas >= 1 && (m >= end || !capword(doc, m))).then_some(m);
                    break;
                }
                if tokens[m - 1].has(POSSESSIVE) {
                    break;
                }
                commas += 1;
                k = m;
            }
            if let Some(m) = found.filter(|&m| free(j, m)) {
                joins.push(Span::cue(i, m, EntityType::Org));
                continue;
            }
        }
        // "Marine" + "and" + "Freshwater Research Institute"
        if and && i >= first + 2 && head(j - 1) && free(i, j) {
            let mut a = i - 1;
            while a > first && i - 1 - a < 2 && name_word(doc, a - 1) && !tokens[a - 1].has(POSSESSIVE) {
                a -= 1;
            }
            let opens = a == first || !capword(doc, a - 1) || tokens[a - 1].has(POSSESSIVE);
            if a < i - 1 && opens && free(a, i - 1) && joins.last().is_none_or(|b| b.last as usize <= a) {
                joins.push(Span::cue(a, j, EntityType::Org));
            }
        }
    }
    shared::join(out, start, &joins, Overlap::Widen);
}
