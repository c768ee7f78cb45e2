//! Normalisation: the counting key of a word, kept apart from its display form.

use std::borrow::Cow;
use crate::wordset::{words, WordSet};

/// Apostrophe-like characters that are folded to `'`.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}')
}

/// The byte length of `word` without a trailing possessive (`'s`, `’s`, `'S`).
///
/// ```
/// assert_eq!(textlens::strip_possessive("Kenya’s"), "Kenya");
/// assert_eq!(textlens::strip_possessive("NATO's"), "NATO");
/// assert_eq!(textlens::strip_possessive("it's"), "it");
/// assert_eq!(textlens::strip_possessive("Jones"), "Jones");
/// ```
pub fn strip_possessive(word: &str) -> &str {
    let b = word.as_bytes();
    let n = b.len();
    if n == 0 || (b[n - 1] != b's' && b[n - 1] != b'S' && b[n - 1] < 0x80) {
        return word; // the common case: no possessive, no trailing format character
    }
    let word = if b[n - 1] >= 0x80 { trim_format(word) } else { word };
    let mut chars = word.char_indices().rev();
    if let (Some((_, s)), Some((i, a))) = (chars.next(), chars.next()) {
        if (s == 's' || s == 'S') && is_apostrophe(a) && i > 0 {
            return &word[..i];
        }
    }
    word
}

/// The counting key of a word: lower case, apostrophes straightened. Borrows when the word is
/// already in that form.
///
/// ```
/// assert_eq!(textlens::fold("Kenya"), "kenya");
/// assert_eq!(textlens::fold("don’t"), "don't");
/// assert_eq!(textlens::fold("talks"), "talks");
/// ```
pub fn fold(word: &str) -> Cow<'_, str> {
    let plain = word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'' || b == b'.');
    if plain {
        return Cow::Borrowed(word);
    }
    if word.is_ascii() {
        return Cow::Owned(word.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if is_format(c) {
            continue;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Cow::Owned(out)
}

/// The key under which a word token is counted: possessive folded, then [`fold`]ed.
pub fn term_key(word: &str) -> Cow<'_, str> {
    fold(strip_possessive(word))
}

/// Invisible format characters that UAX #29 glues to a word: soft hyphen, zero-width space and
/// joiners, bidirectional marks and embeddings, word joiner, byte-order mark.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// `word` without trailing format characters ("Kenya\u{200F}" → "Kenya").
pub(crate) fn trim_format(word: &str) -> &str {
    word.trim_end_matches(is_format)
}

/// `Kenya` → true, `NAIROBI` → true, `al-Shabaab` → true, `post-war` → false.
pub(crate) fn is_capitalized(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => return true,
        // Lower case is a name only as a particle of two or three letters and a hyphen.
        Some(b) if b.is_ascii_lowercase() && word.as_bytes().get(2) != Some(&b'-') && word.as_bytes().get(3) != Some(&b'-') => return false,
        _ => {}
    }
    let first = match word.chars().next() {
        Some(c) => c,
        None => return false,
    };
    if first.is_uppercase() {
        return true;
    }
    // Arabic-style particles: "al-Sharif", "el-Sisi", "bin-Salman".
    if let Some((head, tail)) = word.split_once('-') {
        const PARTICLES: WordSet = words!["al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "ben", "ul", "ud"];
        return PARTICLES.contains(head) && tail.chars().next().is_some_and(char::is_uppercase);
    }
    false
}

/// The place of a word "Place-based" or "Place-listed" ("Prague" of "Prague-based", "Mumbai" of
/// "Mumbai-listed", acc21), capitalised; `None` for any other word. A tagger's place ends there
/// (`entities/based.rs`, which takes a stem before "-listed" only where a list holds the place:
/// [`listed_stem`]), and so does its context line.
pub(crate) fn based_stem(word: &str) -> Option<&str> {
    stem_before(word, "-based").or_else(|| listed_stem(word))
}

/// The capitalised stem of a word "Stem-modifier", the modifier one lower-case word after the
/// last hyphen: "Chinese" of "Chinese-backed", "Serb" of "Serb-run", "UN" of "UN-authorised",
/// "Prague" of "Prague-based"; `None` for any other word ("Port-au-Prince", "Small-scale" has
/// one, and a list decides: `entities/hyphens.rs`).
pub(crate) fn modifier_stem(word: &str) -> Option<&str> {
    let (stem, tail) = word.rsplit_once(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))?;
    let mut letters = tail.chars();
    let two = letters.next().is_some_and(char::is_lowercase) && letters.next().is_some_and(char::is_lowercase);
    (two && letters.all(char::is_lowercase) && stem.starts_with(char::is_uppercase)).then_some(stem)
}

/// The stem a name may end at inside a word: [`based_stem`] ("NAIROBI-BASED" too), else
/// [`modifier_stem`]. What keyword in context reads, with parts, where a tagger's mention ends.
pub(crate) fn part_stem(word: &str) -> Option<&str> {
    based_stem(word).or_else(|| modifier_stem(word))
}

/// The stem of a word "Name-listed" ("Mumbai", "Euronext"), capitalised; `None` for any other
/// word.
pub(crate) fn listed_stem(word: &str) -> Option<&str> {
    stem_before(word, "-listed")
}

/// The capitalised stem of `word` before its ending `end` (in any case), if it has one.
fn stem_before<'w>(word: &'w str, end: &str) -> Option<&'w str> {
    let cut = word.len().checked_sub(end.len())?;
    let stem = word.get(..cut)?;
    (word[cut..].eq_ignore_ascii_case(end) && stem.starts_with(|c: char| c.is_uppercase())).then_some(stem)
}

/// True when every letter is upper case and there are at least two letters: `NATO`, `U.S.`.
pub(crate) fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// `NAIROBI` → `Nairobi`, `GUINEA-BISSAU` → `Guinea-Bissau`.
pub(crate) fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && !is_apostrophe(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let cases = [
            ("Kenya’s", "kenya"),
            ("Kenya's", "kenya"),
            ("KENYA", "kenya"),
            ("Guinea-Bissau", "guinea-bissau"),
            ("don’t", "don't"),
            ("U.S.", "u.s."),
            ("Ünal", "ünal"),
            ("Kenya\u{200F}", "kenya"),
            ("Ke\u{AD}nya", "kenya"),
            ("s", "s"),
            ("’s", "'s"),
        ];
        for (word, key) in cases {
            assert_eq!(term_key(word), key, "{word}");
        }
    }

    #[test]
    fn capitals() {
        assert!(is_capitalized("Kenya"));
        assert!(is_capitalized("Éire"));
        assert!(is_capitalized("al-Sharif"));
        assert!(is_capitalized("bin-Salman"));
        assert!(!is_capitalized("post-war"));
        assert!(!is_capitalized("al-sharif"));
        assert!(!is_capitalized("a-Kenya"));
        assert!(!is_capitalized("ex-Minister"));
        assert!(!is_capitalized("pro-EU"));
        assert!(!is_capitalized("al-"));
        assert!(is_all_caps("NATO"));
        assert!(is_all_caps("U.S."));
        assert!(!is_all_caps("I"));
        assert!(!is_all_caps("Nato"));
        assert_eq!(title_case("NAIROBI"), "Nairobi");
        assert_eq!(title_case("GUINEA-BISSAU"), "Guinea-Bissau");
        assert_eq!(title_case("CÔTE D'IVOIRE"), "Côte D'ivoire");
    }
}
