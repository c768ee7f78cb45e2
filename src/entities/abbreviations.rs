//! Abbreviations of common nouns, no names, that news writes in capitals (issue #5, session 16):
//! "percent of GDP", "checked by VAR", "100,000 CFA francs", "the GPS", "LNG tankers". A tagger
//! reads a word in capitals it knows nothing of as an organisation's acronym; these are measures,
//! technologies, currencies and fuels. Inside a longer name they stay ("Mozambique LNG"). And
//! "plc", which British companies write in lower case after their names, is part of the name: the
//! company's, whatever a tagger read ("Harcourt Holdings plc", "Barclays plc").

use crate::text::segment::ALL_CAPS;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::{EntityType, Evidence, Span};

/// Abbreviations of common nouns: economic measures, taxes and offices, technologies, fuels,
/// a currency's name, sport's review systems, time zones, medicine.
const COMMON_ABBREVIATIONS: WordSet = words![
    "gdp", "gnp", "gni", "vat", "ipo", "ceo", "cfo", "gps", "lng", "lpg", "cfa", "var", "drs", "gmt", "utc", "hiv",
    "dna", "atm",
];

/// Drops the spans `out[start..]` of one word in capitals that is such an abbreviation, where no
/// list named it.
pub(crate) fn common_abbreviations(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        let k = s.first as usize;
        let drop = s.last == s.first + 1
            && s.canonical.is_none()
            && s.evidence != Evidence::Gazetteer
            && tokens[k].has(ALL_CAPS)
            && COMMON_ABBREVIATIONS.contains(doc.key(k));
        if !drop {
            out[w] = s;
            w += 1;
        }
    }
    out.truncate(w);
}

/// A span right before a lower-case "plc" takes it and is a company's name.
pub(crate) fn company_suffixes(doc: &Doc<'_>, out: &mut [Span]) {
    let tokens = &doc.seg.tokens;
    for x in 0..out.len() {
        let j = out[x].last as usize;
        let free = out.get(x + 1).is_none_or(|b| b.first as usize > j);
        if free && j < tokens.len() && tokens[j].kind == TokenKind::Word && doc.key(j) == "plc" && doc.word(j) == "plc" {
            let s = &mut out[x];
            s.last += 1;
            s.ty = EntityType::Org;
            s.canonical = None;
        }
    }
}
