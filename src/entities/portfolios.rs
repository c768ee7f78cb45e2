//! A minister's portfolio of two fields is no name (issue #5, session 21): "Energy and Mines
//! Minister Gloria Huamán", "Agriculture and Livestock Minister Tomás Vera", "Culture and Sports
//! Secretary". A portfolio of one field is a title the lists hold ("Finance Minister"); of two,
//! the taggers read the first field, capitalised, as an organisation. After either tagger, a span
//! (of a tagger's reading, not a list's, no person's) of one to three fields' words (common
//! English words or [`FIELDS`]: "Energy", "Mines") that ends before "and", one to three
//! capitalised words and a capitalised "Minister", "Secretary" or "Commissioner" in the same
//! sentence is dropped, and so is any span inside those words, as is such a span right before the
//! title ("Gazprom and Energy Minister Alexander Novak": "Energy"): the person after them stays,
//! and so does a name before them.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::CAP;
use crate::text::{Doc, TokenKind};
use crate::wordset::{words, WordSet};

use super::{EntityType, Evidence, Span};

/// The titles a portfolio comes before.
const TITLES: WordSet = words!["minister", "ministers", "secretary", "commissioner"];

/// Fields of ministries the list of common English words does not hold.
const FIELDS: WordSet = words![
    "agriculture", "fisheries", "mines", "mining", "livestock", "forestry", "forests", "lands", "irrigation", "sanitation",
    "hydrocarbons", "petroleum", "telecommunications", "aviation", "wildlife", "heritage", "sports", "youth", "gender",
    "infrastructure", "communications", "tourism", "cooperatives", "fishing", "rural", "urban", "veterans",
];

/// Drops the portfolios' spans in `out[start..]` the module's doc describes.
pub(crate) fn portfolios(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let cap = |k: usize| k < n && tokens[k].kind == TokenKind::Word && tokens[k].has(CAP);
    let lex = Lexicon::get();
    // (every word a field's: a common word or one of FIELDS)
    let fields = |i: usize, j: usize| (i..j).all(|k| lex.listed(doc.key(k), lists::COMMON) || FIELDS.contains(doc.key(k)));
    let title = |k: usize| cap(k) && TITLES.contains(doc.key(k));
    // The token ranges of the portfolios found: from the first field to the title, not held.
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for s in &out[start..] {
        let (i, j) = (s.first as usize, s.last as usize);
        if s.ty == EntityType::Per || s.evidence == Evidence::Gazetteer || s.canonical.is_some() || j >= n || j - i > 3 {
            continue;
        }
        // (the word after the span first: a capital or a lower-case "and", told by its flags)
        if cap(j) {
            // A portfolio of one field: "Gazprom and Energy Minister Alexander Novak".
            if title(j) && fields(i, j) {
                cut.push((i, j));
            }
            continue;
        }
        if tokens[j].kind != TokenKind::Word || doc.key(j) != "and" || !fields(i, j) {
            continue;
        }
        let sentence = doc.sentence_of(i);
        let run = (j + 1..n.min(j + 5)).take_while(|&k| cap(k) && doc.sentence_of(k) == sentence);
        if let Some(title) = run.filter(|&k| k > j + 1 && title(k)).next() {
            cut.push((i, title));
        }
    }
    if cut.is_empty() {
        return;
    }
    // (spans and cuts both in token order: one walk)
    let mut c = 0;
    let tail: Vec<Span> = out
        .drain(start..)
        .filter(|s| {
            while c < cut.len() && cut[c].1 <= s.first as usize {
                c += 1;
            }
            !(c < cut.len() && cut[c].0 <= s.first as usize && s.last as usize <= cut[c].1)
        })
        .collect();
    out.extend(tail);
}
