//! Three more general classes of news text, read after either tagger (issue #5, session 15): a
//! sentence's first word that is a plain plural of an ordinary word ("Buses were halted", "Tens
//! of thousands") is no name; an acronym in capitals the text never expands, used as the subject
//! of a reporting verb, in a possessive or beside a word of a party's or union's people ("The
//! SNSD said", "the SDA's leader", "union CPA said"), is an organisation; and a name after a verb
//! of travel and a preposition ("travelling from Mandera", "arriving in Kumasi") is a town.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::{opener, plural_ending, SPEECH};
use super::{EntityType, Evidence, Span};

/// Mends the spans `out[start..]`: see the module's doc. `sport`: the text is about a match
/// ([`super::teams::sporting`]).
pub(crate) fn plain_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    if out.len() == start {
        return;
    }
    bare_acronyms(doc, &mut out[start..]);
    travel_towns(doc, &mut out[start..]);
    plural_openers(doc, out, start, sport);
}

/// The singular forms a plural `key` may have ("buses" → "buse", "bus"; "tens" → "ten"; "cities"
/// → "citie", "city"): `key` less its "s", and less "es" or with "ies" written "y" (in `y`, kept
/// between calls: no allocation per word) or else nothing (""); none for a word that does not end
/// as a plural does.
fn singulars<'k>(key: &'k str, y: &'k mut String) -> Option<[&'k str; 2]> {
    if key.chars().count() < 4 || !plural_ending(key) {
        return None;
    }
    let other = if let Some(stem) = key.strip_suffix("ies") {
        y.clear();
        y.push_str(stem);
        y.push('y');
        y.as_str()
    } else {
        key.strip_suffix("es").unwrap_or("")
    };
    Some([&key[..key.len() - 1], other])
}

/// Verbs after a plural subject that a name seldom takes: "Shops stayed shut".
const PLURAL_VERBS: WordSet = words!["were", "are", "have", "stayed", "remained", "remain"];

/// A name of one word no list holds, opening a sentence of prose (or a quote or a clause) before a
/// word in lower case, that is a plain plural of an ordinary word ("Tens of thousands", "ten"
/// being one), of a word the text writes in lower case ("Buses were halted" where "the bus"
/// is written), or of any word before a verb only plurals take ("Shops stayed shut", where the
/// rules guessed an organisation), is no name: not before a reporting verb unless the plural
/// itself is an ordinary word ("Farmers said", not "Rivers said"), and not where the text
/// capitalises it inside a sentence or in a longer name ("Joan Rivers").
fn plural_openers(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, sport: bool) {
    let lex = Lexicon::get();
    let tokens = &doc.seg.tokens;
    // Shape and position only (the cheap tests first).
    let shaped = |s: &Span| {
        let k = s.first as usize;
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        let next = k + 1;
        s.last == s.first + 1
            && s.canonical.is_none()
            && s.evidence != Evidence::Gazetteer
            && !tokens[k].has(ALL_CAPS | POSSESSIVE)
            && sentence.kind == SegmentKind::Body
            && (sentence.first as usize == k || opener(doc, k))
            && next < sentence.last as usize
            && tokens[next].kind == TokenKind::Word
            && !tokens[next].has(CAP)
            && doc.key(k).ends_with('s')
    };
    if !out[start..].iter().any(shaped) {
        return;
    }
    // Per key number: 1 written in lower case, 2 capitalised inside a sentence or in a longer span.
    let mut seen = vec![0u8; doc.key_count()];
    for (k, t) in tokens.iter().enumerate() {
        if t.kind == TokenKind::Word && !t.has(CAP) {
            seen[doc.key_id(k) as usize] |= 1;
        }
    }
    for s in &doc.seg.sentences {
        if s.kind != SegmentKind::Body {
            continue;
        }
        for k in s.first as usize + 1..s.last as usize {
            if tokens[k].has(CAP) && !opener(doc, k) {
                seen[doc.key_id(k) as usize] |= 2;
            }
        }
    }
    for s in &out[start..] {
        if s.last - s.first >= 2 {
            for k in s.first as usize..s.last as usize {
                seen[doc.key_id(k) as usize] |= 2;
            }
        }
    }
    let mut y = String::new();
    // The keys written in lower case, sorted, built at the first singular sought: each form is
    // looked up, not compared with every key (`Doc::key_number` searches them: 50,000 "Xs were
    // halted", each X another, was quadratic).
    let mut lower: Option<Vec<&str>> = None;
    let mut plural = |s: &Span| {
        let k = s.first as usize;
        let key = doc.key(k);
        if seen[doc.key_id(k) as usize] & 2 != 0 {
            return false;
        }
        let next = doc.key(k + 1);
        if lex.common.contains(key) || seen[doc.key_id(k) as usize] & 1 != 0 {
            return true;
        }
        let Some(forms) = singulars(key, &mut y).filter(|_| !SPEECH.contains(next)) else { return false };
        let lower = lower.get_or_insert_with(|| {
            let mut keys: Vec<&str> = (0..doc.key_count() as u32).filter(|&id| seen[id as usize] & 1 != 0).map(|id| doc.key_of(id)).collect();
            keys.sort_unstable();
            keys
        });
        let known = forms.iter().any(|f| !f.is_empty() && (lex.common.contains(f) || lower.binary_search(f).is_ok()));
        // (not in a text about sport, where a plural the rules guessed is often a club's name:
        // "Wolves have signed a striker")
        known || (s.ty == EntityType::Org && s.evidence == Evidence::Weak && PLURAL_VERBS.contains(next) && !sport)
    };
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        if shaped(&s) && plural(&s) {
            continue;
        }
        out[w] = s;
        w += 1;
    }
    out.truncate(w);
}

/// Lower-case words of a party's, a union's or a company's people, or of the body itself, that
/// mark an acronym beside them as an organisation ("SDA officials", "union CPA").
const BODY_WORDS: WordSet = words![
    "party", "union", "leader", "leaders", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "members", "chairman", "chairwoman", "lawmakers", "coalition", "alliance", "movement",
];

/// An acronym of three to five capitals in prose, one no list holds, that a tagger read as a
/// person, a place or a MISC, is an organisation where it is the subject of a reporting verb
/// ("The SNSD said"), a possessive ("the SDA's leader"), before an apposition that names a body
/// ("EDP, Portugal's largest power company,": [`apposed`]) or beside a word of a body's people
/// ([`BODY_WORDS`]: "SDA officials", "union CPA"; not for a MISC, "Major league ERA leader"): a
/// person's or a place's name is not written in capitals inside a sentence of prose. Not in a
/// sentence in capitals (a headline shouts).
fn bare_acronyms(doc: &Doc<'_>, spans: &mut [Span]) {
    let tokens = &doc.seg.tokens;
    let caps = |k: usize| tokens[k].kind == TokenKind::Word && tokens[k].has(ALL_CAPS);
    for s in spans.iter_mut() {
        let k = s.first as usize;
        // (a possessive's token is not all capitals: "SDA's")
        if s.last != s.first + 1 || s.ty == EntityType::Org || s.canonical.is_some() || tokens[k].kind != TokenKind::Word {
            continue;
        }
        let word = doc.word(k);
        let letters = word.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let rest = &word[letters..];
        if !(3..=5).contains(&letters) || !(rest.is_empty() || rest == "'s" || rest == "\u{2019}s") {
            continue;
        }
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        let (first, last) = (sentence.first as usize, sentence.last as usize);
        if sentence.kind != SegmentKind::Body || (k > first && caps(k - 1)) || (k + 1 < last && caps(k + 1)) {
            continue;
        }
        let after = |m: usize| k + m < last && tokens[k + m].kind == TokenKind::Word && !tokens[k + m].has(CAP);
        // A MISC the model read takes a verb or a possessive: "Major league ERA leader" is a statistic.
        let body = s.ty != EntityType::Misc
            && ((after(1) && BODY_WORDS.contains(doc.key(k + 1))) || (k > first && !tokens[k - 1].has(CAP) && BODY_WORDS.contains(doc.key(k - 1))));
        let cue = body || tokens[k].has(POSSESSIVE) || (after(1) && SPEECH.contains(doc.key(k + 1))) || apposed(doc, k + 1, last);
        if cue {
            s.ty = EntityType::Org;
            s.evidence = Evidence::Cue;
        }
    }
}

/// Nouns of a body that an apposition after an acronym ends in: "EDP, Portugal's largest power
/// company, declined".
const BODY_NOUNS: WordSet = words!["company", "party", "union", "firm", "utility", "operator", "carrier", "lender", "insurer", "broadcaster", "group"];

/// Whether an apposition opens at token `k` (a comma) and ends, within eight words and before the
/// sentence's end `last`, in a lower-case noun of a body ([`BODY_NOUNS`]) before a comma.
fn apposed(doc: &Doc<'_>, k: usize, last: usize) -> bool {
    if k >= last || doc.word(k) != "," {
        return false;
    }
    let end = (k + 10).min(last);
    (k + 2..end).find(|&m| doc.word(m) == ",").is_some_and(|m| {
        let t = &doc.seg.tokens[m - 1];
        t.kind == TokenKind::Word && !t.has(CAP) && BODY_NOUNS.contains(doc.key(m - 1))
    })
}

/// Verbs of travel in their -ing form: a name after one and a preposition is where someone goes.
const TRAVELLING: WordSet = words![
    "travelling", "traveling", "arriving", "heading", "driving", "flying", "fleeing", "returning", "sailing",
    "walking", "moving", "commuting", "trekking", "marching", "riding", "departing", "crossing", "queuing",
    "journeying", "relocating", "bound",
];

/// Prepositions of place and movement after [`TRAVELLING`].
const TO_FROM: WordSet = words!["in", "from", "to", "at", "into", "through", "towards", "toward", "near", "via"];

/// A name of one word no list holds, after a verb of travel and a preposition ("travelling from
/// Mandera", "arriving in Kumasi said", "heading to Marsh"), that a tagger read as a person or
/// guessed an organisation, is a town: not a possessive ("driving to Ochieng's house"), not in
/// capitals, not a listed given name, and not a word the text writes in a person's name of
/// several words ("Peter Marsh").
fn travel_towns(doc: &Doc<'_>, spans: &mut [Span]) {
    let lex = Lexicon::get();
    let tokens = &doc.seg.tokens;
    let candidate = |s: &Span| {
        let k = s.first as usize;
        s.last == s.first + 1
            && k >= 2
            && s.canonical.is_none()
            && (s.ty == EntityType::Per || (s.ty == EntityType::Org && s.evidence == Evidence::Weak))
            && !tokens[k].has(ALL_CAPS | POSSESSIVE)
            && TO_FROM.contains(doc.key(k - 1))
            && TRAVELLING.contains(doc.key(k - 2))
            && !tokens[k - 2].has(CAP)
            && !lex.listed(doc.key(k), lists::GIVEN | lists::GIVEN_AMBIGUOUS)
    };
    if !spans.iter().any(candidate) {
        return;
    }
    let mut named = vec![false; doc.key_count()];
    for s in spans.iter().filter(|s| s.ty == EntityType::Per && s.last - s.first >= 2) {
        for k in s.first as usize..s.last as usize {
            named[doc.key_id(k) as usize] = true;
        }
    }
    for s in spans.iter_mut() {
        if candidate(s) && !named[doc.key_id(s.first as usize) as usize] {
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
        }
    }
}
