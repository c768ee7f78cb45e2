//! Power plants, dams, gas fields and rivers that no list holds, read by the kind word beside
//! them (issue #5, session 18): "the Ulmanta hydropower plant", "the Karvasi dam", "the older
//! Dorvak, Zemlin and Kaspo plants", "its offshore Verdana field", "the confluence of the Sarku
//! Chhu and Dawa Chhu". A tagger reads such a name, in a language its lists lack, as an
//! organisation or a person; after either tagger, a name of three words or fewer that no list
//! holds is a place before a lower-case "dam", before "hydropower" or "hydroelectric" and a
//! work's noun ("plant", "project", "station", "dam", "scheme"), before "plant(s)" or
//! "project(s)" in a text
//! about power (a lower-case "hydropower", "megawatts", "reactor", "turbines", …: not "the
//! Daewon plant" of a car maker's story), before "field(s)" in a text about gas or oil that is
//! not about sport ("the Masters field"), and after "confluence of (the)" (both names of "the X
//! and Y"). Each name of a list before a plural kind is one too ("the X, Y and Z plants"). A
//! name with a company's word ("Ulmanta Power Company") is not such a span: its own words
//! decide.

use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::{EntityType, Evidence, Span};

/// Words of a text about power stations: "the Chukha plant" there is a place.
const POWER: WordSet = words![
    "hydropower", "hydroelectric", "hydroelectricity", "megawatts", "megawatt", "gigawatts", "reactor", "reactors",
    "turbines", "turbine", "dams", "dam",
];
/// Words of a text about gas or oil wells: "the Verdana field" there is a place.
const WELLS: WordSet = words!["gas", "oil", "offshore", "condensate", "drilling", "wells", "barrels"];
/// Nouns of a work after "hydropower" or "hydroelectric": "the X hydropower plant".
const WORKS: WordSet = words!["plant", "plants", "project", "projects", "station", "stations", "dam", "dams", "scheme", "schemes"];

/// A company's last word: "the Ulmanta Power Company plant" is the company's.
const COMPANY: WordSet = words!["company", "corporation", "corp", "group", "power", "energy", "authority", "limited", "ltd", "inc", "plc"];

/// What the word after a span says of it: 0 nothing, 1 a place always ("dam", "hydropower
/// plant"), 2 a place in a text about power ("plant", "project"), 3 in a text about gas or oil ("field").
fn kind(doc: &Doc<'_>, k: usize) -> u8 {
    let tokens = &doc.seg.tokens;
    let lower = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP);
    if !lower(k) {
        return 0;
    }
    match doc.key(k) {
        "dam" | "dams" => 1,
        "hydropower" | "hydroelectric" if lower(k + 1) && WORKS.contains(doc.key(k + 1)) => 1,
        "plant" | "plants" | "project" | "projects" => 2,
        "field" | "fields" => 3,
        _ => 0,
    }
}

/// Whether the document has a lower-case word of `set` (read once, when a span asks).
fn mentions(doc: &Doc<'_>, set: &WordSet) -> bool {
    (0..doc.key_count() as u32).any(|id| set.contains(doc.key_of(id)))
}

/// A span these cues may retype: a name of three words or fewer a tagger read as an organisation
/// or a person (or a MISC, as [`works`] says), from no list.
fn free(s: &Span) -> bool {
    s.last - s.first <= 3 && s.ty != EntityType::Loc && s.unlisted()
}

/// Retypes as places the spans `out[start..]` that the module's doc describes.
pub(crate) fn works(doc: &Doc<'_>, out: &mut [Span], start: usize, sport: bool) {
    // (lazily: whether the text is about power, and about gas or oil)
    let (mut power, mut wells): (Option<bool>, Option<bool>) = (None, None);
    let loc = |s: &mut Span| {
        s.ty = EntityType::Loc;
        s.evidence = Evidence::Cue;
    };
    for x in start..out.len() {
        let s = out[x];
        let (i, j) = (s.first as usize, s.last as usize);
        if !free(&s) || COMPANY.contains(doc.key(j - 1)) {
            continue;
        }
        // "the confluence of the X and Y": both
        let confluence = |a: usize| {
            let a = if a > 0 && doc.key(a - 1) == "the" { a - 1 } else { a };
            a >= 2 && doc.key(a - 1) == "of" && doc.key(a - 2) == "confluence"
        };
        if confluence(i) {
            loc(&mut out[x]);
            if x + 1 < out.len() && out[x + 1].first as usize == j + 1 && doc.key(j) == "and" && free(&out[x + 1]) {
                loc(&mut out[x + 1]);
            }
            continue;
        }
        let k = kind(doc, j);
        let place = match k {
            1 => true,
            2 => *power.get_or_insert_with(|| mentions(doc, &POWER)),
            3 => !sport && *wells.get_or_insert_with(|| mentions(doc, &WELLS)),
            _ => false,
        };
        // (a MISC before a work's own noun, or hyphenated: "Punatsangchhu-II")
        if !place || (s.ty == EntityType::Misc && k != 1 && !doc.word(j - 1).contains('-')) {
            continue;
        }
        loc(&mut out[x]);
        // The names listed before a plural kind: "the X, Y and Z plants".
        if doc.key(j).ends_with('s') {
            let (mut y, mut at) = (x, i);
            while y > start && at > 0 && matches!(doc.key(at - 1), "," | "and" | "or") && out[y - 1].last as usize == at - 1 && free(&out[y - 1]) {
                loc(&mut out[y - 1]);
                y -= 1;
                at = out[y].first as usize;
            }
        }
    }
}
