//! Association scores from a 2×2 contingency table, and co-occurring pairs.

use crate::hash::FxMap as HashMap;

use crate::options::Measure;

/// How strongly two items are associated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    /// Observed co-occurrences.
    pub count: usize,
    /// Pointwise mutual information, log2.
    pub pmi: f64,
    /// PMI normalised to [-1, 1] by −log2 p(a, b).
    pub npmi: f64,
    /// Log-likelihood ratio G².
    pub llr: f64,
    /// Dice coefficient.
    pub dice: f64,
}

impl Scores {
    /// Scores from a contingency table: `o11` joint occurrences, `r1` and `c1` the two marginals,
    /// `n` the sample size.
    ///
    /// ```
    /// let s = textlens::Scores::from_table(10, 20, 20, 100);
    /// assert_eq!(s.count, 10);
    /// assert!((s.pmi - (10.0f64 * 100.0 / 400.0).log2()).abs() < 1e-12);
    /// assert!(s.llr > 0.0 && s.npmi > 0.0 && s.npmi <= 1.0);
    /// ```
    pub fn from_table(o11: usize, r1: usize, c1: usize, n: usize) -> Scores {
        let (o11f, r1f, c1f) = (o11 as f64, r1.max(o11) as f64, c1.max(o11) as f64);
        let nf = (n as f64).max(r1f + c1f - o11f).max(1.0);
        let e11 = r1f * c1f / nf;
        let pmi = if o11 == 0 || e11 == 0.0 { 0.0 } else { libm::log2(o11f / e11) };
        let p11 = o11f / nf;
        let npmi = if o11 == 0 {
            -1.0
        } else if p11 >= 1.0 {
            1.0
        } else {
            (pmi / -libm::log2(p11)).clamp(-1.0, 1.0)
        };
        let cells = [
            (o11f, e11),
            (r1f - o11f, r1f * (nf - c1f) / nf),
            (c1f - o11f, (nf - r1f) * c1f / nf),
            (nf - r1f - c1f + o11f, (nf - r1f) * (nf - c1f) / nf),
        ];
        let llr = 2.0 * cells.iter().filter(|(o, e)| *o > 0.0 && *e > 0.0).map(|(o, e)| o * libm::log(o / e)).sum::<f64>();
        let dice = if r1f + c1f > 0.0 { (2.0 * o11f / (r1f + c1f)).min(1.0) } else { 0.0 };
        Scores { count: o11, pmi, npmi, llr: llr.max(0.0), dice }
    }

    pub(crate) fn measure(&self, m: Measure) -> f64 {
        match m {
            Measure::Llr => self.llr,
            Measure::Npmi => self.npmi,
            Measure::Pmi => self.pmi,
            Measure::Dice => self.dice,
            Measure::Count => self.count as f64,
        }
    }
}

/// A co-occurring pair with its scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair<T> {
    /// The first item (the smaller id, or the term first in sort order).
    pub a: T,
    /// The second item.
    pub b: T,
    /// Association scores.
    pub scores: Scores,
}

/// Sorts pairs by `measure` (descending), then by count, then by the items, and keeps the first
/// `top` (all if 0).
pub(crate) fn sort_pairs<T: Ord>(pairs: &mut Vec<Pair<T>>, measure: Measure, top: usize) {
    crate::sort::sort_top(pairs, top, |x, y| {
        y.scores
            .measure(measure)
            .total_cmp(&x.scores.measure(measure))
            .then(y.scores.count.cmp(&x.scores.count))
            .then_with(|| x.a.cmp(&y.a))
            .then_with(|| x.b.cmp(&y.b))
    });
}

const MAX_PER_UNIT: usize = 64;

/// Sorts a unit's entity ids: by insertion, a unit being a sentence or a few, else by the crate's
/// sort. Not `sort_unstable`, whose code (3 KB) came into the .wasm for this one call.
fn sort_ids(v: &mut [usize]) {
    if v.len() > 32 {
        crate::sort::sort_by(v, |a, b| a.cmp(b));
        return;
    }
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// Entity pairs that share a unit (a sentence, or `window` sentences either side) in at least
/// `min_count` units. N is the number of sentences; each entity's marginal is the units it is in.
/// A unit with more than 64 distinct entities counts only its 64 most mentioned.
/// `per_sentence[s]` lists the entity ids mentioned in sentence `s`.
pub(crate) fn entity_pairs(per_sentence: &[Vec<usize>], window: usize, min_count: usize, measure: Measure, top: usize) -> Vec<Pair<usize>> {
    let n = per_sentence.len();
    // Ids as u32 keys: maps of the key types the term counts and alias merging use, so the .wasm
    // holds no hash map code for these two alone.
    let mut units: HashMap<u32, usize> = HashMap::default();
    let mut joint: HashMap<(u32, u32), usize> = HashMap::default();
    let mut unit: Vec<usize> = Vec::new();
    for s in 0..n {
        unit.clear();
        for sentence in &per_sentence[s.saturating_sub(window)..(s + window + 1).min(n)] {
            unit.extend_from_slice(sentence);
        }
        sort_ids(&mut unit);
        unit.dedup();
        // Entities are numbered by mention count, so this keeps a unit's most mentioned ones and
        // bounds the pairs per unit (a table of names in one "sentence" is not a co-occurrence).
        unit.truncate(MAX_PER_UNIT);
        for (k, &a) in unit.iter().enumerate() {
            *units.entry(a as u32).or_default() += 1;
            for &b in &unit[k + 1..] {
                *joint.entry((a as u32, b as u32)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<Pair<usize>> = joint
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|((a, b), c)| Pair { a: a as usize, b: b as usize, scores: Scores::from_table(c, units[&a], units[&b], n) }).collect();
    sort_pairs(&mut pairs, measure, top);
    pairs
}

#[cfg(test)]
mod tests {
    use super::sort_ids;

    #[test]
    fn ids_sort_like_the_standard_sort_short_and_long() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for n in 0..100 {
            let mut v: Vec<usize> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % 40) as usize
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            sort_ids(&mut v);
            assert_eq!(v, want);
        }
    }
}
