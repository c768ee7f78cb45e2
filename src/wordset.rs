//! Short word lists written in the code ("of", "for", "de" …), held packed: the words of each
//! length one after the other behind that length and their number, made at compile time by
//! [`words!`]. A `&[&str]` holds a pointer and a length (8 bytes in the .wasm) for each word beside
//! the word itself, numbers gzip does little with: the 600-odd words listed so cost the .wasm
//! about 1.9 KB gzipped (README, "Size", session 14). A lookup reads only the words of the key's
//! length, and most keys looked up are in no list: a head of 32 bits, one set for each word's
//! length, first and last byte together, turns most of them away before any word is read.

/// A packed list of words (see the module's notes); made by [`words!`].
#[derive(Clone, Copy)]
pub(crate) struct WordSet(pub(crate) &'static [u8]);

/// A [`WordSet`] of the words given (string literals or constants), packed at compile time;
/// `words![..BASE, "x", "y"]` holds the words of the list `BASE` (a `&[&str]` constant) and those
/// after it, none of which may be in `BASE`: a list shared by several sets, each with its own
/// addition.
macro_rules! words {
    (..$base:expr $(, $word:expr)* $(,)?) => {{
        // (no constant of its own for `$base`: an item's name here would be the caller's too)
        const WORDS: &[&str] = &$crate::wordset::concat::<{ $base.len() + <[&str]>::len(&[$($word),*]) }>($base, &[$($word),*]);
        const PACKED: &[u8] = &$crate::wordset::pack::<{ $crate::wordset::packed_len(WORDS) }>(WORDS);
        $crate::wordset::WordSet(PACKED)
    }};
    ($($word:expr),* $(,)?) => {{
        const WORDS: &[&str] = &[$($word),*];
        const PACKED: &[u8] = &$crate::wordset::pack::<{ $crate::wordset::packed_len(WORDS) }>(WORDS);
        $crate::wordset::WordSet(PACKED)
    }};
}
pub(crate) use words;

/// `base`'s words, then `more`'s (`N` of them in all), none of which may be one of `base`'s.
pub(crate) const fn concat<const N: usize>(base: &[&'static str], more: &[&'static str]) -> [&'static str; N] {
    assert!(base.len() + more.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < base.len() { base[i] } else { more[i - base.len()] };
        i += 1;
    }
    let mut m = 0;
    while m < more.len() {
        let mut b = 0;
        while b < base.len() {
            assert!(!same(base[b].as_bytes(), more[m].as_bytes()), "an added word is in the base list");
            b += 1;
        }
        m += 1;
    }
    out
}

/// `a == b`, in a constant.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The length of `words` packed. A word must be 1 to 255 bytes long, and at most 255 words of a
/// list may have the same length.
pub(crate) const fn packed_len(words: &[&str]) -> usize {
    let mut n = HEAD;
    let mut len = 1;
    while len < 256 {
        let count = count(words, len);
        if count > 0 {
            n += 2 + count * len;
        }
        len += 1;
    }
    let mut i = 0;
    while i < words.len() {
        assert!(!words[i].is_empty() && words[i].len() < 256, "a listed word is empty or too long");
        i += 1;
    }
    n
}

/// The number of `words` that are `len` bytes long.
const fn count(words: &[&str], len: usize) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < words.len() {
        n += (words[i].len() == len) as usize;
        i += 1;
    }
    assert!(n < 256, "a list has more than 255 words of one length");
    n
}

/// `words` packed by length, shortest first: for each length the words have, the length and the
/// number of words of that length in a byte each, then those words one after the other.
pub(crate) const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let (mut head, mut i) = (0u32, 0);
    while i < words.len() {
        head |= bit(words[i].as_bytes());
        i += 1;
    }
    let mut n = 0;
    while n < HEAD {
        out[n] = head.to_le_bytes()[n];
        n += 1;
    }
    let mut len = 1;
    while len < 256 {
        let count = count(words, len);
        if count > 0 {
            (out[n], out[n + 1]) = (len as u8, count as u8);
            n += 2;
            let mut i = 0;
            while i < words.len() {
                let word = words[i].as_bytes();
                let mut k = 0;
                while word.len() == len && k < len {
                    out[n] = word[k];
                    (n, k) = (n + 1, k + 1);
                }
                i += 1;
            }
        }
        len += 1;
    }
    out
}

/// The bytes of the head: the [`bit`] of every word, a little-endian `u32` (a `u64` turned away
/// a little more, 1.4M fewer instructions on 1 MB of news, for 0.2 KB more of the .wasm gzipped).
const HEAD: usize = 4;

/// A word's bit in the head (`word` is not empty): one of 32, from its length and its first and
/// last bytes, mixed by a multiplication.
const fn bit(word: &[u8]) -> u32 {
    let (first, last, len) = (word[0] as u32, word[word.len() - 1] as u32, word.len() as u32);
    1 << ((first | last << 8 | len << 16).wrapping_mul(0x9E37_79B1) >> 27)
}

impl WordSet {
    /// Whether `key` is one of the words: one copy of the search for every list (not one inlined
    /// for each list, as a slice's `contains` is), which reads only the words of the key's length,
    /// and none when the head has no bit for its length and first and last bytes.
    ///
    /// The search is a function of its own, so that the head's refusal, the usual answer, saves
    /// and restores none of the registers the search needs.
    #[inline(never)]
    pub(crate) fn contains(self, key: &str) -> bool {
        let key = key.as_bytes();
        let [h0, h1, h2, h3, ref groups @ ..] = *self.0 else { return false };
        if key.is_empty() || u32::from_le_bytes([h0, h1, h2, h3]) & bit(key) == 0 {
            return false;
        }
        search(groups, key)
    }
}

/// Whether `key` (not empty) is one of the words of `groups`, the packed words after the head.
#[inline(never)]
fn search(groups: &[u8], key: &[u8]) -> bool {
    let mut rest = groups;
    while let [len, count, tail @ ..] = rest {
        let (len, size) = (usize::from(*len), usize::from(*len) * usize::from(*count));
        if len == key.len() {
            // (the first byte before the rest: most words differ there, and a comparison of
            // the bytes costs a call)
            return tail[..size].chunks_exact(len).any(|word| word[0] == key[0] && word == key);
        }
        if len > key.len() {
            return false;
        }
        rest = &tail[size..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_hold_their_words() {
        const SET: WordSet = words!["of", "for", "de", "région", "to", "a"];
        assert_eq!(SET.0[4..], *b"\x01\x01a\x02\x03ofdeto\x03\x01for\x07\x01r\xc3\xa9gion");
        let head = u32::from_le_bytes(SET.0[..4].try_into().unwrap());
        assert_eq!(head, ["of", "for", "de", "région", "to", "a"].iter().fold(0, |h, w| h | bit(w.as_bytes())));
        for word in ["of", "for", "de", "région", "to", "a"] {
            assert!(SET.contains(word), "{word:?}");
        }
        for word in ["", "o", "fo", "fore", "d", "da", "od", "ft", "région ", "regio", " of", "b", "tor", "aa", "af", "fa", "Of", "ab", "régions"] {
            assert!(!SET.contains(word), "{word:?}");
        }
        const BASE: &[&str] = &["of", "for"];
        const MORE: WordSet = words![..BASE, "de", "région"];
        for word in ["of", "for", "de", "région"] {
            assert!(MORE.contains(word), "{word:?}");
        }
        for word in ["to", "a", "fo", "d"] {
            assert!(!MORE.contains(word), "{word:?}");
        }
        assert!(words![..BASE].contains("for"));
        assert!(!words![].contains(""));
        assert!(!words![].contains("of"));
    }
}
