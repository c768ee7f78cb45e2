//! What a name's own words say of its kind, read alike after either tagger: a law ("Antimonopoly
//! Act"), a name made an adjective ("New York-based"), a Korean or Chinese name with a hyphenated given name ("Seo Min-jae", "Tsai Ing-wen"),
//! and an occupation that opens a sentence before a person's name ("Hydrologist Ang Dorje
//! Sherpa-Lama said"), which is no part of it; and where a name's words say where it begins or
//! ends: an elided particle ("Democratic Party of Côte" + "d'Ivoire") and two companies joined by "and" ("Andes Minerals Group
//! and Pampa Lithium Holdings").

use crate::lexicon::{lists, Lexicon};
use crate::text::normalize::is_apostrophe;
use crate::text::segment::{given_abbreviation, ABBREV, ALL_CAPS, POSSESSIVE};
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::model::PARTICIPLES;
use super::shared::{calendar, capword, ending_after, join, occupation, Overlap};
use super::{EntityType, Span};

/// Mends the types and starts of the spans `out[start..]`.
#[inline(never)]
pub(crate) fn name_kinds(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    bounds(doc, out, start);
    law_joins(doc, out, start);
    head_words(doc, out, start);
    let mut before = 0;
    let mut dropped = false;
    for s in &mut out[start..] {
        let (first, last) = (s.first as usize, s.last as usize);
        // "Act" the verb after a name that "let" or a modal verb opens ("Let Uganda Act quickly",
        // "Kenya must Act") is no law's head: the name ends before it, and "Act" alone is none.
        if doc.word(last - 1) == "Act" && act_verb(doc, last - 1) {
            if last - first == 1 {
                s.last = s.first;
                dropped = true;
                continue;
            }
            s.last -= 1;
            s.canonical = None;
            if last - first == 2 {
                let lex = Lexicon::get();
                if let Some(&hit) = lex.gazetteer.map.get(doc.key(first)) {
                    s.ty = lex.place(hit).ty;
                }
            }
            before = last - 1;
            continue;
        }
        // An abbreviated given name ("Ma. Cristina Bautista-Lim") is part of the name.
        if s.ty == EntityType::Per && first > before && given_abbreviation_at(doc, first - 1) {
            s.first -= 1;
            s.canonical = None;
        }
        before = last;
        let first = s.first as usize;
        if last - first >= 2 && doc.key(last - 1) == "act" && doc.word(last - 1).starts_with('A') {
            s.ty = EntityType::Misc;
        } else if let Some(ty) = (s.canonical.is_none()).then(|| head_kind(doc, first, last, s.ty)).flatten() {
            s.ty = ty;
        } else if compound_adjective(word(doc, last - 1)) || (last - first == 1 && s.ty != EntityType::Per && combining_form(doc.key(first), doc.word(first))) {
            s.ty = EntityType::Misc;
        } else if last - first == 2 && s.ty != EntityType::Per && s.canonical.is_none() && family_name(doc.word(first)) && given_name(doc.word(first + 1)) {
            s.ty = EntityType::Per;
        } else if s.ty == EntityType::Per && last - first >= 2 && doc.opens_sentence(first) && occupation(doc.key(first)) {
            s.first += 1;
        }
    }
    if dropped {
        out.retain(|s| s.last > s.first);
    }
}

/// Token `act` ("Act") is the verb: "let" or a modal verb comes right before it or before the
/// capitalised run of up to four words (a name) that it ends.
fn act_verb(doc: &Doc<'_>, act: usize) -> bool {
    let mut k = act;
    while k > 0 && act - k < 4 {
        if words!["let", "must", "should", "will", "would", "can", "could", "may", "might"].contains(doc.key(k - 1)) {
            return true;
        }
        if !capword(doc, k - 1) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Token `k`'s text, inlined where every token or span reads it (`Doc::word` is out of line).
#[inline]
fn word<'a>(doc: &Doc<'a>, k: usize) -> &'a str {
    doc.seg.tokens[k].text(doc.text)
}

/// Token `k` is a given name's abbreviation with its dot ("Ma."), which the segmenter kept in the
/// sentence; not a title ("Gov.", "Sgt.").
fn given_abbreviation_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.seg.tokens[k].has(ABBREV) && doc.word(k).strip_suffix('.').is_some_and(given_abbreviation)
}

/// The kind a name of two words or more takes from its last word ("Mining Law", "Kniksen Award",
/// "Four Hills Tournament", "Durand Line", "Arctic Circle", "Western Division", "Kom University") or its first
/// ("Typhoon Carina"), written in
/// title case, whatever a tagger read (`ty`), but for a company's "Line" ("Norwegian
/// Cruise Line") that no "the" opens as a frontier's ("the Durand Line"); not a person's surname
/// ("Stuart Law", "S. Law"), nor a table's all-caps line ("EASTERN DIVISION").
fn head_kind(doc: &Doc<'_>, first: usize, last: usize, ty: EntityType) -> Option<EntityType> {
    let title = |k: usize| {
        let b = doc.word(k).as_bytes();
        b.len() > 1 && b[0].is_ascii_uppercase() && b[1].is_ascii_lowercase()
    };
    if last - first < 2 {
        return None;
    }
    // A company's legal form, of any language, after its name ("Minera Andina S.A.", "Kessler
    // GmbH", "Astra Tbk"), or its designator before it ("PT Sawit Jaya", "Grupo Minero Sur"); a
    // street's word before its name ("Jalan Merdeka", "Calle Mayor").
    if legal_form(doc.word(last - 1)) || matches!(doc.word(first), "PT" | "Grupo") {
        return Some(EntityType::Org);
    }
    // A stadium's, lake's, palace's or park's word of another language before its name ("Estadio
    // Azteca", "Stadio Olimpico", "Lago Maggiore", acc21; "Palacio de Gobierno", "Palazzo Chigi",
    // session 21; "Parque Nacional Torres del Paine", "Parc des Princes", session 22), which no
    // club's or body's name opens with.
    if words!["Jalan", "Jl.", "Calle", "Rua", "Avenida", "Estadio", "Stadio", "Stadion", "Lago", "Laguna", "Volcán", "Palacio", "Palácio", "Palazzo", "Palais", "Parque", "Parc", "Parco"].contains(doc.word(first)) {
        return Some(EntityType::Loc);
    }
    if !title(last - 1) {
        return None;
    }
    let ty = match doc.key(last - 1) {
        "law" if !Lexicon::get().listed(doc.key(last - 2), lists::GIVEN) && doc.word(last - 2).len() > 2 => EntityType::Misc,
        // (and a competition's: "World Cross Country Championships", "Four Hills Tournament",
        // session 21)
        "award" | "prize" | "trophy" | "championships" | "championship" | "tournament" => EntityType::Misc,
        // (a company's line too where "the" opens a name of two words, which a frontier's is and a
        // shipping company's seldom: "the Durand Line", "the Green Line", fix22a)
        "line" if ty != EntityType::Org || (last - first == 2 && first > 0 && doc.key(first - 1) == "the") => EntityType::Loc,
        "circle" | "stadium" => EntityType::Loc,
        // (a power utility: "Kansai Electric Power", which the weights of session 22 read MISC)
        "power" if doc.key(last - 2) == "electric" => EntityType::Org,
        // (a school's or a foundation's word: "Anton de Kom University", which a tagger reads as
        // a person's or a place's name from the person's it honours, acc25)
        "university" | "college" | "institute" | "foundation" | "polytechnic" if matches!(ty, EntityType::Per | EntityType::Loc) => EntityType::Org,
        _ if natural_head(doc, first, last, ty) => EntityType::Loc,
        "division" if words!["northern", "southern", "eastern", "western", "central"].contains(doc.key(first)) => EntityType::Loc,
        _ if title(first) && matches!(doc.key(first), "typhoon" | "hurricane" | "cyclone") => EntityType::Misc,
        _ => return None,
    };
    Some(ty)
}

/// A name of two words or more ends in a natural place's kind no surname is ("Fish River Canyon",
/// "Olduvai Gorge"), in "National Park" ("Tsau Khaeb National Park"), or, where a tagger read a
/// person, in a palace's or castle's ("Alexandra Palace"; a club "Crystal Palace" stays).
fn natural_head(doc: &Doc<'_>, first: usize, last: usize, ty: EntityType) -> bool {
    match doc.key(last - 1) {
        "canyon" | "gorge" | "glacier" | "volcano" => true,
        "park" => doc.key(last - 2) == "national",
        "palace" | "castle" => ty == EntityType::Per && last - first == 2,
        _ => false,
    }
}

/// A noun of a people before a person's name ("Welshman Rhys Evans", "Spaniard Ana Ruiz") is no
/// part of the name but a name of its own (MISC): a listed demonym, or one made of a listed
/// demonym and "man" or "woman" that no list holds ("Welshman", "Scotswoman"). Run after the
/// other passes: read alone earlier, a sporting text's "beating Welshman" would make it a club.
pub(crate) fn demonym_nouns(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    // (a country's demonym, or with "man" a regional one too; not a given name: "Christian Blanc")
    let people = |key: &str, misc: bool| {
        lex.gazetteer.map.get(key).is_some_and(|&hit| {
            let p = lex.place(hit);
            p.demonym || (misc && p.ty == EntityType::Misc)
        })
    };
    let noun = |k: usize| {
        let key = doc.key(k);
        let stem = key.strip_suffix("woman").or_else(|| key.strip_suffix("man"));
        capword(doc, k)
            && !lex.listed(key, lists::GIVEN | lists::GIVEN_AMBIGUOUS)
            && (people(key, false) || stem.is_some_and(|st| st.len() >= 4 && people(st, true)))
    };
    let split = |s: &Span| {
        let k = s.first as usize;
        s.ty == EntityType::Per && s.last as usize - k >= 2 && s.canonical.is_none() && capword(doc, k + 1) && noun(k)
    };
    unread_after_people_nouns(doc, out, start, &noun);
    if !out[start..].iter().any(split) {
        return;
    }
    // (rebuilt, not inserted into: an insert per name moved the rest of the spans each time,
    // quadratic in a text of thousands of "Welshman X Y")
    let rest = out.split_off(start);
    out.reserve(rest.len() + 16);
    for mut s in rest {
        if split(&s) {
            out.push(Span::cue(s.first as usize, s.first as usize + 1, EntityType::Misc));
            s.first += 1;
        }
        out.push(s);
    }
}

/// A person's name of two or three capitalised words that no tagger read, after a noun of a
/// people that is a one-word MISC span ("Spaniard") or a demonym with "man" or "woman" that no
/// span holds ("Scotswoman"): a person (PER), and the noun MISC. No word of the name is a common
/// word or a stopword ("Spaniard Real Madrid signed" is no person's name), and the words are in
/// body text, not a headline's.
fn unread_after_people_nouns(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize, noun: &dyn Fn(usize) -> bool) {
    let lex = Lexicon::get();
    let n = doc.seg.tokens.len();
    let spans = &out[start..];
    // (the span holding token `k`, if any: spans are in token order)
    let at = |k: usize| {
        let x = spans.partition_point(|s| (s.last as usize) <= k);
        spans.get(x).filter(|s| s.first as usize <= k)
    };
    let name_word = |k: usize| k < n && capword(doc, k) && at(k).is_none() && !lex.listed(doc.key(k), lists::COMMON | lists::STOPWORD);
    let mut joins = Vec::new();
    for k in 0..n.saturating_sub(2) {
        // (the cheap tests first: two capitalised words after a capitalised one)
        if !capword(doc, k) || !capword(doc, k + 1) || !capword(doc, k + 2) {
            continue;
        }
        let held = at(k);
        let cue = match held {
            Some(s) => s.first as usize == k && s.last as usize == k + 1 && s.ty == EntityType::Misc,
            None => {
                let key = doc.key(k);
                key.ends_with("man") || key.ends_with("woman")
            }
        };
        // (in body text: a headline capitalises every word, "Buy Dutch Steel Unit")
        if !cue || doc.seg.sentences[doc.sentence_of(k)].kind != SegmentKind::Body || !noun(k) || !name_word(k + 1) || !name_word(k + 2) {
            continue;
        }
        let sentence = doc.sentence_of(k);
        let mut end = k + 3;
        if name_word(end) {
            end += 1;
        }
        if (end < n && capword(doc, end)) || doc.sentence_of(end - 1) != sentence {
            continue;
        }
        if held.is_none() {
            joins.push(Span::cue(k, k + 1, EntityType::Misc));
        }
        joins.push(Span::cue(k + 1, end, EntityType::Per));
    }
    join(out, start, &joins, Overlap::First);
}

/// A family name as Korean and Chinese names write it: one capitalised syllable of two to five
/// letters ("Park", "Seo", "Tsai").
fn family_name(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=5).contains(&b.len()) && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// A given name of two syllables joined by a hyphen, the second in lower case ("Min-jae",
/// "Ji-hoon", "Ing-wen"), not the end of a compound adjective ("New York-based", "Hong Kong-born")
/// or another common word: a compound of two names or of a demonym ("Japanese-Korean") is
/// capitalised after its hyphen.
fn given_name(word: &str) -> bool {
    let lex = Lexicon::get();
    word.split_once('-').is_some_and(|(a, b)| {
        family_name(a)
            && (2..=5).contains(&b.len())
            && b.bytes().all(|c| c.is_ascii_lowercase())
            && !compound_end(b)
            && !lex.listed(b, lists::COMMON | lists::STOPWORD)
    })
}

/// A name made an adjective by a hyphen and a word in lower case ("New York-based", "Kenyan-born",
/// "Saudi-led"), which CoNLL-2003 reads as a MISC name whatever the name was; not a name with a
/// capital after its hyphen ("Haroun Al-Rasheed").
fn compound_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(a, b)| a.starts_with(char::is_uppercase) && b.starts_with(|c: char| c.is_ascii_lowercase()) && compound_end(b))
}

/// A word of two peoples joined by a combining form ("Anglo-French", "Sino-Japanese",
/// "Austro-Hungarian"), which CoNLL-2003 reads as a MISC name, not an organisation.
/// (`key` is the word's counting key, in lower case.)
fn combining_form(key: &str, word: &str) -> bool {
    key.split_once('-').is_some_and(|(a, _)| COMBINING.contains(a)) && word.split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_uppercase))
}

/// The combining forms of peoples' names that open such words (not "Indo-", which opens places:
/// "Indo-Pacific").
const COMBINING: WordSet = words![
    "anglo", "franco", "sino", "russo", "austro", "italo", "greco", "graeco", "judeo", "hispano", "luso", "afro", "turco",
    "serbo", "germano", "nippo", "irano", "hiberno", "dano", "polono", "belgo",
];

/// `b` (in lower case) ends a compound adjective: a participle in -ed or of the model's list, or
/// one of [`COMPOUND_ENDS`].
fn compound_end(b: &str) -> bool {
    (b.len() > 3 && b.ends_with("ed")) || PARTICIPLES.contains(b) || COMPOUND_ENDS.contains(b)
}

/// Words that end compound adjectives after a name, beside the participles.
const COMPOUND_ENDS: WordSet = words!["bound", "wide", "style", "like", "area", "side"];

/// Mends where the spans `out[start..]` begin and end, by their own words.
fn bounds(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    // Most documents have neither: no copy of the spans then.
    let elision = |b: &Span| b.last - b.first == 1 && elided(word(doc, b.first as usize));
    let firm = |b: &Span| b.last - b.first >= 2 && b.first > 0 && firm_end(doc, b.last as usize - 1);
    if !out[start..].iter().any(|b| elision(b) || company_pair(doc, b).is_some() || firm(b)) {
        return;
    }
    let tail: Vec<Span> = out.drain(start..).collect();
    for mut b in tail {
        // A place right before a company's name that ends in its legal form or a company's word
        // is the name's first word: "Zeeland" + "Staal Groep N.V.", "Nordland" + "Fisk Holdings"
        // (acc21).
        if let Some(a) = out[start..].last_mut().filter(|a| {
            a.last == b.first && a.ty == EntityType::Loc && firm(&b) && !doc.seg.tokens[a.last as usize - 1].has(POSSESSIVE) && doc.sentence_of(a.first as usize) == doc.sentence_of(b.first as usize)
        }) {
            *a = Span { last: b.last, ty: EntityType::Org, evidence: a.evidence.max(b.evidence), canonical: None, ..*a };
            continue;
        }
        // A word opening with an elided particle and a capital ("d'Ivoire", "l’Aquila") goes on
        // the name it follows: "Democratic Party of Côte" + "d'Ivoire" is one organisation.
        if let Some(a) = out[start..].last_mut().filter(|a| a.last == b.first && elision(&b)) {
            a.last = b.last;
            a.canonical = None;
            continue;
        }
        // Two companies joined by "and", each ending in a company's word: "Andes Minerals Group
        // and Pampa Lithium Holdings".
        if let Some(and) = company_pair(doc, &b) {
            out.push(Span { last: and as u32, ty: EntityType::Org, canonical: None, ..b });
            b = Span { first: and as u32 + 1, ty: EntityType::Org, canonical: None, ..b };
        }
        out.push(b);
    }
}

/// At most this many words back from a law's "Act" or "Law".
const LAW_WORDS: usize = 12;

/// A law's name over "and" is one name, whatever a tagger read apart ("Mining and Metallurgy Law",
/// "Anti-Graft and Corrupt Practices Act").
fn law_joins(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    // A span a law's name takes in is marked empty at the name's end (`first == last`, both one
    // past "Act": the spans stay in order for the searches below, which read a marked span as
    // inside any later name that reaches back over it) and dropped at the end, in one pass
    // (review21: drained at each law, 80,000 laws took 3.0 s).
    let mut dropped = false;
    for k in 1..doc.seg.tokens.len() {
        // (the tokens' flags before the text: "Act" and "Law" are capitalised words)
        if !capword(doc, k) || !capword(doc, k - 1) || !matches!(word(doc, k), "Act" | "Law") {
            continue;
        }
        // Back over capitalised words and single "and"s between them, in the sentence's body text,
        // at most `LAW_WORDS` words (a long run of capitals costs no more).
        let sentence = &doc.seg.sentences[doc.sentence_of(k)];
        if sentence.kind != SegmentKind::Body {
            continue;
        }
        let open = (sentence.first as usize).max(k.saturating_sub(LAW_WORDS));
        let word = |t: usize| capword(doc, t) && doc.key(t) != "the";
        let (mut first, mut and) = (k, false);
        while first > open && (word(first - 1) || (doc.word(first - 1) == "and" && first - 1 > open && word(first - 2) && word(first))) {
            and |= doc.word(first - 1) == "and";
            first -= 1;
        }
        // The spans inside the name become one, unless one runs past it.
        let from = start + ending_after(&out[start..], first);
        let to = start + out[start..].partition_point(|s| (s.first as usize) <= k);
        // Not over a listed name: "Harvard and Yale Law schools".
        if and && from < to && out[from..to].iter().all(|s| s.first as usize >= first && s.last as usize <= k + 1 && s.canonical.is_none()) {
            out[from] = Span { first: first as u32, last: k as u32 + 1, ty: EntityType::Misc, canonical: None, ..out[from] };
            for s in &mut out[from + 1..to] {
                *s = Span { first: k as u32 + 1, last: k as u32 + 1, canonical: None, ..*s };
                dropped = true;
            }
        }
    }
    if dropped {
        out.retain(|s| s.last > s.first);
    }
}

/// The words that head an agreement whose subject follows "on": "Agreement on Transboundary Haze
/// Pollution", "Convention on …".
fn treaty_word(word: &str) -> bool {
    words!["Agreement", "Convention", "Treaty", "Protocol", "Accord"].contains(word)
}

/// A name's head word a tagger left out is part of it: "Goldman Environmental" + "Prize",
/// "Impact Assessment" + "Act"; and an agreement's subject after "on" ("Regional Agreement on
/// Transboundary Haze Pollution"), where a tagger stopped at "Agreement". Either is a MISC name; in
/// body text, not over a listed name or a date ("the Paris Agreement on Monday"), and no person's
/// name takes an "Act", nor any name the verb "Act" ("Let Uganda Act quickly": [`verb_act`]).
fn head_words(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = doc.seg.tokens.len();
    // A span another takes in is marked (`last == first`) and dropped at the end, in one pass.
    let mut dropped = false;
    // The last span kept before the one read.
    let mut prev: Option<usize> = None;
    let mut i = start;
    while i < out.len() {
        let s = out[i];
        let e = s.last as usize;
        let next = out.get(i + 1).map_or(tokens, |n| n.first as usize);
        let (here, before) = (i, prev.replace(i));
        i += 1;
        // A name a tagger ran on over the subject itself is an agreement too, whatever type it
        // guessed ("the SADO Agreement on Shared River Basins" read as an organisation); not where
        // a lower-case word comes before the agreement word ("Secretariat of the Convention on …").
        if s.ty != EntityType::Misc && s.canonical.is_none() && e - s.first as usize >= 4 && doc.seg.sentences[doc.sentence_of(e - 1)].kind == SegmentKind::Body {
            let (f, l) = (s.first as usize, e - 1);
            if let Some(on) = (f + 1..l).find(|&k| doc.word(k) == "on" && treaty_word(doc.word(k - 1))) {
                if (f..on).all(|k| capword(doc, k)) {
                    out[i - 1].ty = EntityType::Misc;
                    continue;
                }
            }
        }
        // (The cheap tests first: the word after the span or its last word.)
        let head = e < next && (matches!(doc.word(e), "Prize" | "Award") || doc.word(e) == "Act" && s.ty != EntityType::Per && !verb_act(doc, e));
        let agreement = e < tokens && doc.word(e) == "on" && treaty_word(doc.word(e - 1));
        if !(head || agreement) || doc.seg.sentences[doc.sentence_of(e)].kind != SegmentKind::Body || doc.sentence_of(e) != doc.sentence_of(e - 1) {
            continue;
        }
        // (After a person too: "the Nelson Mandela Prize".)
        if head && !(e + 1 < tokens && capword(doc, e + 1)) {
            out[i - 1] = Span { last: e as u32 + 1, ty: EntityType::Misc, canonical: None, ..s };
            continue;
        }
        if !agreement {
            continue;
        }
        let end = (e + 1..tokens).find(|&k| !capword(doc, k) || calendar(doc.key(k)) || doc.sentence_of(k) != doc.sentence_of(e)).unwrap_or(tokens);
        // The spans inside: none listed, none running past the subject.
        let inner = i + out[i..].partition_point(|n| (n.first as usize) < end);
        if end > e + 1 && out[i..inner].iter().all(|n| n.canonical.is_none() && n.last as usize <= end) {
            out[i - 1] = Span { last: end as u32, ty: EntityType::Misc, canonical: None, ..s };
            for n in &mut out[i..inner] {
                n.last = n.first;
                dropped = true;
            }
            i = inner;
            // With an acronym a tagger read apart before it: "ASEAN" + "Agreement on …".
            if let Some(b) = before.filter(|&b| out[b].last == s.first && out[b].last - out[b].first == 1 && doc.seg.tokens[s.first as usize - 1].has(ALL_CAPS)) {
                out[b].last = end as u32;
                out[b].ty = EntityType::Misc;
                out[b].canonical = None;
                out[here].last = out[here].first;
                prev = Some(b);
                dropped = true;
            }
        }
    }
    if dropped {
        let mut kept = start;
        for r in start..out.len() {
            if out[r].last > out[r].first {
                out[kept] = out[r];
                kept += 1;
            }
        }
        out.truncate(kept);
    }
}

/// Token `k`, "Act", is the verb: an adverb after it ("Let Uganda Act quickly", "must Act now").
fn verb_act(doc: &Doc<'_>, k: usize) -> bool {
    let Some(t) = doc.seg.tokens.get(k + 1) else { return false };
    let key = doc.key(k + 1);
    t.kind == crate::text::TokenKind::Word && !t.has(crate::text::segment::CAP) && (key.ends_with("ly") || words!["now", "fast", "soon", "together", "alone"].contains(key))
}

/// An elided particle and a capital: "d'Ivoire", "d’Estaing", "l'Aquila".
fn elided(word: &str) -> bool {
    let mut c = word.chars();
    matches!(c.next(), Some('d' | 'l')) && c.next().is_some_and(is_apostrophe) && c.next().is_some_and(char::is_uppercase)
}

/// The "and" inside span `s` that joins two companies, each of two words or more ending in a
/// company's word ("Group", "Holdings", "Inc.").
fn company_pair(doc: &Doc<'_>, s: &Span) -> Option<usize> {
    let (first, last) = (s.first as usize, s.last as usize);
    if last - first < 5 || !company_word(doc.key(last - 1)) {
        return None;
    }
    (first + 2..last - 2).find(|&k| doc.word(k) == "and" && company_word(doc.key(k - 1)))
}

/// Token `k` ends a company's name: a legal form ([`legal_form`]) or a company's word.
fn firm_end(doc: &Doc<'_>, k: usize) -> bool {
    legal_form(word(doc, k)) || company_word(doc.key(k))
}

/// A company's legal form of another language, as written ("S.A.", "SpA", "GmbH", "Tbk"; the
/// Nordic and Baltic "AS", "AB", "Oy", "SIA", "UAB", "OÜ", the Czech and Slovak "a.s." and
/// "s.r.o.", the South Slavic "d.o.o.", session 20).
pub(crate) fn legal_form(word: &str) -> bool {
    words![
        "S.A", "SA", "S.p.A", "SpA", "GmbH", "AG", "Tbk", "Bhd", "N.V", "NV", "B.V", "BV", "SRL", "S.R.L", "Oyj", "Oy", "ASA", "AS", "A/S",
        "ApS", "AB", "SIA", "UAB", "OÜ", "a.s", "s.r.o", "d.o.o", "Kft", "Zrt", "Ltda", "SARL", "S.A.S", "JSC", "PJSC", "OJSC",
    ]
    .contains(word.strip_suffix('.').unwrap_or(word))
}

/// A word that ends a company's name (`src/data/company_words.txt`).
pub(crate) fn company_word(key: &str) -> bool {
    Lexicon::get().listed(key.strip_suffix('.').unwrap_or(key), lists::COMPANY)
}
