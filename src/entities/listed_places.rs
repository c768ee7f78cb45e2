//! Towns and districts no list holds, listed with a place after a preposition of place (issue
//! #5, acc22): "fishermen from Kallang Tor, Mui Bac and Da Nang", "residents of Keswick, Oru and
//! Lam Dinh", "at Sarakunda and Boro Kesse". A two-word name in a language the lists lack reads to
//! either tagger as a person's as often as a place's; listed with a place after "from", "in",
//! "at", "of" or "near", it is a place. After either tagger, each name read as a person in a list
//! of two names or more (joined by commas, "and" or "or") after such a preposition, one name of
//! which is read as a place, becomes a place; not a name that opens with a listed title (a
//! listed given name may open a town's: "Quang Ngai", "Binh Dinh"), nor a name any of whose words
//! the text gives a person outside the list, nor the last name of the list where a verb of speech
//! follows it ("in Nairobi and Wanjiku Kamau said"). The list ends at the name after its "and" or
//! "or": "in Nairobi and Mombasa, Raila Odinga and …" names two people after it (review21).

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::ALL_CAPS;
use crate::text::Doc;
use crate::wordset::{words, WordSet};

use super::shared::{join, lower_word, name_word, sort_ids, Overlap, NOT_CALENDAR, NOT_CAPS, NOT_STOP, SPEECH};
use super::{EntityType, Evidence, Span};

/// Prepositions of place before such a list.
const BEFORE: WordSet = words!["in", "from", "at", "of", "near", "around", "across", "throughout", "towards", "toward", "via"];

/// Retypes as places the spans `out[start..]` the module's doc describes.
pub(crate) fn listed_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let lex = Lexicon::get();
    let lower = |k: usize| lower_word(doc, k);
    let joiner = |k: usize| matches!(doc.key(k), "," | "and" | "or");
    let spans = &out[start..];
    // (list's first span, one past its last) of each list with a person and a place in it
    let mut lists_found: Vec<(usize, usize)> = Vec::new();
    let mut adds: Vec<Span> = Vec::new();
    let mut x = 0;
    while x < spans.len() {
        let i = spans[x].first as usize;
        if i == 0 || !lower(i - 1) || !BEFORE.contains(doc.key(i - 1)) {
            x += 1;
            continue;
        }
        // The list: spans joined by one or two of ",", "and", "or" (", and"), in one sentence; a
        // word a tagger left out may stand between two commas, or a comma and "and" (", Oru
        // and"): it is a place of the list too.
        let mut y = x + 1;
        let mut missing: Vec<usize> = Vec::new();
        let mut closed = false;
        while y < spans.len() && !closed {
            let (a, b) = (spans[y - 1].last as usize, spans[y].first as usize);
            if b <= a || doc.sentence_of(a) != doc.sentence_of(b) {
                break;
            }
            let joined = b - a <= 2 && (a..b).all(joiner);
            // (", Oru and", ", Oru ,")
            let m = a + 1;
            let left_out = (doc.key(a) == "," && m + 1 < b && b - m - 1 <= 2 && name_word(doc, m, NOT_CAPS | NOT_STOP | NOT_CALENDAR) && (m + 1..b).all(joiner)).then_some(m);
            if !joined && left_out.is_none() {
                break;
            }
            missing.extend(left_out);
            closed = (a..b).any(|k| matches!(doc.key(k), "and" | "or"));
            y += 1;
        }
        let list = &spans[x..y];
        // (a list ends in "and" or "or": "in Vidarbha, Sunil Wagle, said" is a person's apposition)
        let ends = y - x >= 2 && (spans[y - 2].last..spans[y - 1].first).any(|k| matches!(doc.key(k as usize), "and" | "or"));
        if ends && list.iter().any(|s| s.ty == EntityType::Loc) {
            lists_found.push((x, y));
            adds.extend(missing.iter().map(|&m| Span::cue(m, m + 1, EntityType::Loc)));
        }
        x = y;
    }
    if lists_found.is_empty() {
        return;
    }
    // The words of persons' names outside the lists.
    let mut people: Vec<u32> = Vec::new();
    let mut l = 0;
    for (x, s) in spans.iter().enumerate() {
        while l < lists_found.len() && lists_found[l].1 <= x {
            l += 1;
        }
        let inside = l < lists_found.len() && lists_found[l].0 <= x;
        if s.ty == EntityType::Per && !inside {
            people.extend((s.first..s.last).map(|k| doc.key_id_outlined(k as usize)));
        }
    }
    sort_ids(&mut people);
    for (x, y) in lists_found {
        for z in x..y {
            let s = &mut out[start + z];
            let (a, b) = (s.first as usize, s.last as usize);
            // (an organisation's name of the list only with no organisation's word, not in
            // capitals: "in Otjimbo, Haib and Lutz" but not "in Kenya, Safaricom Holdings and …")
            let org = s.ty == EntityType::Org
                && (a..b).all(|k| !tokens[k].has(ALL_CAPS) && !lex.listed(doc.key(k), lists::ORG_CUE | lists::COMPANY));
            if !(s.ty == EntityType::Per || org)
                || s.evidence == Evidence::Gazetteer
                || s.canonical.is_some()
                || lex.listed(doc.key(a), lists::TITLE | lists::STARTS_TITLE)
                || (a..b).any(|k| people.binary_search(&doc.key_id_outlined(k)).is_ok())
                || (z + 1 == y && b < n && SPEECH.contains(doc.key(b)))
            {
                continue;
            }
            s.ty = EntityType::Loc;
            s.evidence = Evidence::Cue;
        }
    }
    join(out, start, &adds, Overlap::First);
}
