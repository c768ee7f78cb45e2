//! A fast, non-cryptographic hasher for the analysis's internal maps (keys come from one
//! document; there is no adversary to defend against by hashing slowly, and the maps never
//! outlive one call).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash used by rustc ("Fx"): a word at a time.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// Up to 8 bytes as a little-endian word padded with zeros, read 8, or 4, 2 and 1 at a time: a
/// copy of a variable length into a buffer was a call to `memcpy` per string hashed.
#[inline]
pub(crate) fn padded_word(bytes: &[u8]) -> u64 {
    if let Ok(all) = <[u8; 8]>::try_from(bytes) {
        return u64::from_le_bytes(all);
    }
    let (mut word, mut at) = (0u64, 0);
    if let [a, b, c, d, ..] = *bytes {
        word = u64::from(u32::from_le_bytes([a, b, c, d]));
        at = 4;
    }
    if let [a, b, ..] = bytes[at..] {
        word |= u64::from(u16::from_le_bytes([a, b])) << (8 * at);
        at += 2;
    }
    if let [a, ..] = bytes[at..] {
        word |= u64::from(a) << (8 * at);
    }
    word
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(padded_word(rest));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// [`FxHasher`] for the maps, its hash turned so that the bits a table reads for a slot (the low
/// ones) are the product's high bits, which all of the last word reaches: a product's low bits
/// depend only on the low bits multiplied, so words alike in their first bytes ("Zoaaaaba",
/// "Zobaaaba", … 200,000 such words in 2 MB took 7 s, 0.6 s when they differed at the end)
/// fell in a few dozen slots. (The model's features keep [`FxHasher`]'s own values.)
#[derive(Clone, Copy, Default)]
pub(crate) struct MapHasher(FxHasher);

impl Hasher for MapHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0.write_u8(i);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0.write_u32(i);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0.write_u64(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0.write_usize(i);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0.hash.rotate_left(26)
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<MapHasher>>;
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<MapHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `write` adds: each 8 bytes little-endian, the rest padded with zeros.
    #[test]
    fn write_pads_the_last_word_with_zeros() {
        let bytes: Vec<u8> = (1..=23).collect();
        for n in 0..=bytes.len() {
            let mut expected = FxHasher::default();
            for c in bytes[..n].chunks(8) {
                let mut buf = [0u8; 8];
                buf[..c.len()].copy_from_slice(c);
                expected.add(u64::from_le_bytes(buf));
            }
            let mut h = FxHasher::default();
            h.write(&bytes[..n]);
            assert_eq!(h.finish(), expected.finish(), "{n} bytes");
        }
    }
}
