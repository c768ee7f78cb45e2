//! Companies and public bodies named in Spanish, Portuguese or French by a word and their
//! country (issue #5, acc26): "Petróleos de Venezuela", "Comboios de Portugal", "Cornelder de
//! Moçambique", "Électricité de France". The model reads the word and the particle as a person's
//! name ("Cornelder de", "de Portugal") or leaves the word out, and the rule tagger reads the
//! word and the particle as an organisation without the country ("Comboios de"). After either
//! tagger, a capitalised word, "de", "do", "da", "del", "des" or "du", and a listed country, in
//! a body sentence, is one organisation where a tagger read them as a person or an organisation
//! (not a place: "Ilha de Moçambique", and no event: "Tour de France"), or read the country alone
//! with the word before it in no name. Not a person's given name ("Duarte de Portugal") nor a
//! place's word ([`PLACE_WORDS`]: "Ciudad de México", "Golfo de Guinea").

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::ALL_CAPS;
use crate::text::{Doc, SegmentKind};
use crate::wordset::{words, WordSet};

use super::shared::{capword, join, lower_word, phrase_key, Overlap};
use super::{EntityType, Span};

/// Words of a place's name before "de" and a country, in Spanish, Portuguese and French.
const PLACE_WORDS: WordSet = words![
    "ciudad", "cidade", "ville", "golfo", "golfe", "isla", "ilha", "île", "ile", "islas", "ilhas", "îles", "costa", "côte",
    "estado", "provincia", "província", "bahía", "bahia", "baía", "baia", "río", "rio", "lago", "mar", "puerto", "porto",
    "port", "sierra", "serra", "cabo", "cap", "península", "peninsula", "pays", "república", "republica", "république",
    "reino", "royaume", "valle", "vale", "vallée", "planalto", "meseta", "canal",
];

/// At most this many words in a country's name ("Bosnia and Herzegovina" is three).
const COUNTRY_WORDS: usize = 3;

/// The start of a listed country's name (not a people's word) that ends at `j`, in capitalised
/// words, from no earlier than `first`.
fn country_to(doc: &Doc<'_>, first: usize, j: usize, key: &mut String) -> Option<usize> {
    let lex = Lexicon::get();
    (j.saturating_sub(COUNTRY_WORDS).max(first)..j).find(|&c| {
        (c..j).all(|k| capword(doc, k) && !doc.seg.tokens[k].has(ALL_CAPS))
            && lex.gazetteer.map.get(phrase_key(doc, c, j, key)).is_some_and(|&hit| {
                let p = lex.place(hit);
                (hit.entry as usize) < lex.countries && p.ty == EntityType::Loc && !p.demonym
            })
    })
}

/// Whether token `k` may be the word that names the company: capitalised, not in capitals, no
/// given name, stopword nor place's word.
fn firm_word(doc: &Doc<'_>, k: usize) -> bool {
    capword(doc, k) && !doc.seg.tokens[k].has(ALL_CAPS) && {
        let key = doc.key(k);
        !PLACE_WORDS.contains(key) && !Lexicon::get().listed(key, lists::GIVEN | lists::STOPWORD)
    }
}

/// Joins the names the module's doc describes into one organisation each.
/// (Never inlined: one copy, whose cost a profile shows on its own.)
#[inline(never)]
pub(crate) fn country_firms(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut key = String::new();
    let mut joins = Vec::new();
    let particle = |k: usize| lower_word(doc, k) && matches!(doc.key(k), "de" | "do" | "da" | "del" | "des" | "du");
    for x in start..out.len() {
        let s = out[x];
        let (i, j) = (s.first as usize, s.last as usize);
        // (the cheap tests first: no event, and a particle right before the span or inside it)
        if s.ty == EntityType::Misc || !(i.saturating_sub(1)..j - 1).any(particle) {
            continue;
        }
        let Some(c) = country_to(doc, i.max(1), j, &mut key) else { continue };
        if c < 2 || !particle(c - 1) || !firm_word(doc, c - 2) {
            continue;
        }
        let a = c - 2;
        // The tagger's reading: the word and the country in one person's or organisation's span
        // (which opens at the word or the particle), or the country alone (or with its particle:
        // "de Portugal" a place); a span before it,
        // if it meets the name, a person's or an organisation's inside it ("Comboios de" +
        // "Portugal").
        let whole = s.ty != EntityType::Loc && i >= a && i < c;
        let alone = s.ty == EntityType::Loc && (i == c || i + 1 == c);
        let before = x == start || {
            let p = out[x - 1];
            (p.last as usize) <= a || (p.first as usize >= a && matches!(p.ty, EntityType::Per | EntityType::Org))
        };
        if !(whole || alone) || !before || doc.seg.sentences[doc.sentence_of(a)].kind != SegmentKind::Body {
            continue;
        }
        joins.push(Span::cue(a, j, EntityType::Org));
    }
    join(out, start, &joins, Overlap::First);
}
