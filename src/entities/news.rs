//! General classes of news text read after either tagger (issue #5, session 14): a town no list
//! holds after a word of movement ("drove from Thiès", "boats to Sunamganj") is a place, not the
//! organisation the rules guess for a name they know nothing of; and a sentence's first word
//! shaped like an English plural, adverb or adjective ("Commuters at the Causeway …",
//! "Separately, …", "Perishable goods …") is no name where the text writes it nowhere else;
//! and names joined by a spaced ampersand are one organisation ("Larbi & Whitcombe").

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE, SPACE_BEFORE};
use crate::text::{Doc, SegmentKind, TokenKind};

use super::shared::{calendar, capword, opener, prose, SPEECH};

use super::{EntityType, Evidence, Span};

/// Mends the types of the spans `out[start..]`.
pub(crate) fn news_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    if out.len() == start {
        return;
    }
    moved_places(doc, &mut out[start..]);
    common_openers(doc, out, start);
    ampersand_joins(doc, out, start);
}

/// Prepositions of movement and route: a name after one is where something goes or comes from.
const MOVEMENT: &[&str] = &["from", "to", "through", "into", "towards", "toward", "between"];

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
    let mut surnames: Option<Vec<bool>> = None;
    let mut x = 0;
    while x < spans.len() {
        let i = spans[x].first as usize;
        let first = doc.seg.sentences[doc.sentence_of(i)].first as usize;
        if i < first + 1 || !MOVEMENT.contains(&doc.key(i - 1)) || (i >= first + 2 && doc.key(i - 1) == "to" && doc.key(i - 2) == "according") {
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
                    v[doc.key_id(s.last as usize - 1) as usize] = true;
                }
                v
            });
            for s in &mut spans[x..y] {
                if weak(s) && !surnames[doc.key_id(s.first as usize) as usize] {
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
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        if s.last != s.first + 1
            || s.canonical.is_some()
            || s.evidence == Evidence::Gazetteer
            || tokens[k].has(ALL_CAPS)
            || sentence.kind != SegmentKind::Body
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
        seen[doc.key_id(s.first as usize) as usize] = 1;
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
        if seen[doc.key_id(s.first as usize) as usize] == 1 && candidate(&s) {
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
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (first, end) in prose(doc) {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = doc.find_key(from..end - 1, amp) else { break };
            from = k + 1;
            let spaced = tokens[k].has(SPACE_BEFORE) && tokens[k + 1].has(SPACE_BEFORE);
            if !spaced || !word(k - 1) || !word(k + 1) || tokens[k - 1].has(POSSESSIVE) {
                continue;
            }
            let covering = |m: usize| out[start..].iter().find(|s| s.first as usize <= m && m < s.last as usize);
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
                if let Some(p) = out[start..].iter().find(|p| p.last as usize == a && a > first && word(a - 1) && p.evidence == Evidence::Gazetteer) {
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
            joins.push((a, b));
            from = b;
        }
    }
    join(out, start, joins);
}

/// Each join `(a, b)` is one organisation's span over tokens `[a, b)`, in place of the spans
/// `out[start..]` it meets (joins in token order, not overlapping).
fn join(out: &mut Vec<Span>, start: usize, joins: Vec<(usize, usize)>) {
    if joins.is_empty() {
        return;
    }
    let old = out.split_off(start);
    let mut at = 0;
    for (a, b) in joins {
        while at < old.len() && (old[at].last as usize) <= a {
            out.push(old[at]);
            at += 1;
        }
        let a = a.min(old.get(at).map_or(a, |s| s.first as usize));
        let mut b = b;
        while at < old.len() && (old[at].first as usize) < b {
            b = b.max(old[at].last as usize);
            at += 1;
        }
        out.push(Span { first: a as u32, last: b as u32, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None });
    }
    out.extend_from_slice(&old[at..]);
}
