//! What a name's own words say of its kind, read alike after either tagger: a law ("Antimonopoly
//! Act"), a name made an adjective ("New York-based"), a Korean or Chinese name with a hyphenated given name ("Seo Min-jae", "Tsai Ing-wen"),
//! and an occupation that opens a sentence before a person's name ("Hydrologist Ang Dorje
//! Sherpa-Lama said"), which is no part of it.

use crate::lexicon::{lists, Lexicon};
use crate::text::Doc;

use super::model::PARTICIPLES;
use super::{EntityType, Span};

/// Mends the types and starts of the spans `out[start..]`.
pub(crate) fn name_kinds(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    for s in &mut out[start..] {
        let (first, last) = (s.first as usize, s.last as usize);
        if last - first >= 2 && doc.key(last - 1) == "act" && doc.word(last - 1).starts_with('A') {
            s.ty = EntityType::Misc;
        } else if compound_adjective(doc.word(last - 1)) {
            s.ty = EntityType::Misc;
        } else if last - first == 2 && s.ty != EntityType::Per && s.canonical.is_none() && family_name(doc.word(first)) && given_name(doc.word(first + 1)) {
            s.ty = EntityType::Per;
        } else if s.ty == EntityType::Per && last - first >= 3 && opens_sentence(doc, first) && occupation(doc.key(first)) {
            s.first += 1;
        }
    }
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

/// `b` (in lower case) ends a compound adjective: a participle in -ed or of the model's list, or
/// one of [`COMPOUND_ENDS`].
fn compound_end(b: &str) -> bool {
    (b.len() > 3 && b.ends_with("ed")) || PARTICIPLES.contains(&b) || COMPOUND_ENDS.contains(&b)
}

/// Words that end compound adjectives after a name, beside the participles.
const COMPOUND_ENDS: &[&str] = &["bound", "wide", "style", "like", "area", "side"];

/// Token `k` is its sentence's first.
fn opens_sentence(doc: &Doc<'_>, k: usize) -> bool {
    doc.seg.sentences[doc.sentence_of(k)].first as usize == k
}

/// A word for what someone does, by its ending: "economist", "hydrologist", "analyst",
/// "technician", "photographer".
fn occupation(key: &str) -> bool {
    key.len() >= 7 && ["ist", "yst", "ician", "grapher"].iter().any(|end| key.ends_with(end))
}
