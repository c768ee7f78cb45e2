//! Places of one word that no list holds, read by their context (issue #5, session 17): "the
//! pipeline to Reykjanesbær", "moved his boat to Þorlákshöfn", "the eruption of
//! Eyjafjallajökull", "Hveragerði residents". A tagger reads such a word, in a language its
//! lists lack, as an organisation; after either tagger, a one-word name read as an organisation
//! by a cue or a guess (no list, not in capitals) is a place after "to" that follows a word of travel or
//! of a route, after "of" that follows a word of a place's parts or events ("outskirts",
//! "mayor", "eruption") or of its kind ("enclave", "region"), after "out of" that follows a verb
//! of going ("pulled out of", acc25), or before "residents" or "villagers" (there also one read as a
//! person's name). No name is listed. And the names of a list that ends "and other towns" ("in
//! Kasoma, Ruvenda and other villages", acc21) are places, whatever a tagger read them as.

use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::model::PLACE_NOUNS;
use super::shared::sort_ids;
use super::{EntityType, Evidence, Span};

/// Words of travel or of a route before "to" and a place: "moved his boat to", "the road to".
const TRAVEL: WordSet = words![
    "moved", "fled", "evacuated", "relocated", "returned", "travelled", "traveled", "sailed", "drove", "flew", "road", "roads",
    "pipeline", "route", "highway", "ferry", "ferries", "flights", "flight", "bus", "buses", "trains", "boat", "boats",
    "journey", "trip", "way", "back", "home", "evacuees", "refugees", "migrants", "closer", "nearer",
];

/// Words of a place's parts, people or events before "of" and a place: "the outskirts of", "the
/// mayor of", "the eruption of".
const PARTS: WordSet = words![
    "outskirts", "suburbs", "centre", "center", "streets", "mayor", "residents", "inhabitants", "villagers", "people",
    "town", "city", "village", "port", "coast", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "eruption", "evacuation", "slopes", "foot", "summit", "harbour", "harbor", "enclave", "exclave", "region",
    "province", "district", "county", "territory", "peninsula", "oblast", "governorate", "prefecture", "municipality",
];

/// Verbs of going or sending before "out of" and a place: "pulled out of", "smuggled out of",
/// "operating out of" (acc25).
const OUT_OF: WordSet = words![
    "pulled", "pulling", "moved", "moving", "fled", "fleeing", "withdrew", "withdrawn", "driven", "drove", "pushed", "forced",
    "flew", "flown", "flying", "sailed", "evacuated", "came", "coming", "smuggled", "shipped", "operating", "operates",
    "based", "ran", "run", "chased", "airlifted", "escaped",
];

/// Words after a place: "Hveragerði residents".
const DWELLERS: WordSet = words!["residents", "villagers", "inhabitants", "townspeople", "islanders"];

/// Retypes as places the spans `out[start..]` that the module's doc describes.
pub(crate) fn whereabouts(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lower = |k: usize| tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    let mut placed: Vec<u32> = Vec::new();
    for s in &mut out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        if j != i + 1 || !matches!(s.ty, EntityType::Org | EntityType::Per | EntityType::Loc) || s.evidence == Evidence::Gazetteer || s.canonical.is_some() {
            continue;
        }
        if crate::text::normalize::is_all_caps(doc.word(i)) {
            continue;
        }
        let before = i >= 2 && lower(i - 1) && lower(i - 2) && {
            let (link, word) = (doc.key(i - 1), doc.key(i - 2));
            (link == "to" && TRAVEL.contains(word))
                || (link == "of" && PARTS.contains(word))
                || (link == "of" && word == "out" && i >= 3 && lower(i - 3) && OUT_OF.contains(doc.key(i - 3)))
        };
        let after = j < n && lower(j) && DWELLERS.contains(doc.key(j));
        // (before "residents" a word read as a person's name is a place too)
        if (before && s.ty != EntityType::Per) || after {
            s.ty = EntityType::Loc;
            placed.push(doc.key_id_outlined(i));
        }
    }
    // The same word elsewhere, alone and read as an organisation from no list, is the same place
    // ("the enclave of Vorda …. Vorda, which …", acc25), whether a tagger read the word in that
    // context as a place or a pass above did.
    if !placed.is_empty() {
        sort_ids(&mut placed);
        for s in &mut out[start..] {
            let i = s.first as usize;
            if s.last as usize == i + 1 && s.ty == EntityType::Org && s.evidence != Evidence::Gazetteer && s.canonical.is_none() && placed.binary_search(&doc.key_id_outlined(i)).is_ok() {
                s.ty = EntityType::Loc;
            }
        }
    }
    other_places(doc, out, start);
}

/// The spans of a list before "and other" or "or other" and a place's kind ("Kasoma, Ruvenda and
/// other villages"), back over commas, in the sentence: places, where a tagger read an
/// organisation or a person from no list. The kind is a plural ("other" is then the list's):
/// a singular one describes what follows, "Mwangi, Odhiambo and other county officials"
/// (review21).
fn other_places(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let plural = |key: &str| PLACE_NOUNS.contains(key) && key.ends_with('s') && key != "oasis";
    for x in start..out.len() {
        let e = out[x].last as usize;
        if e + 2 >= n || !matches!(doc.key(e), "and" | "or") || doc.key(e + 1) != "other" || !plural(doc.key(e + 2)) {
            continue;
        }
        let sentence = doc.sentence_of(e);
        let mut y = x;
        loop {
            let s = &mut out[y];
            if doc.sentence_of(s.first as usize) != sentence {
                break;
            }
            if matches!(s.ty, EntityType::Org | EntityType::Per) && s.evidence != Evidence::Gazetteer && s.canonical.is_none() {
                s.ty = EntityType::Loc;
            }
            let f = s.first as usize;
            if y == start || f < 2 || doc.word(f - 1) != "," || out[y - 1].last as usize != f - 1 {
                break;
            }
            y -= 1;
        }
    }
}
