//! Term frequencies, phrases (collocations) and term co-occurrence within a window.

use crate::hash::FxMap as HashMap;

use super::cooc::{Pair, Scores};
use super::{Vocab, NONE};
use crate::options::Measure;
use crate::text::Doc;
use crate::wordset::{words, WordSet};

/// A counted term or phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The counting key: case-folded, apostrophes straightened, possessive folded.
    pub term: String,
    /// The form to show.
    pub display: String,
    /// Occurrences.
    pub count: usize,
}

/// Content words by count (descending), ties by term: the first `top` of them (all if 0).
pub(crate) fn terms(vocab: &Vocab, top: usize) -> Vec<Term> {
    // Word ids sorted first (keys are distinct: no ties left), then the terms made in that order,
    // into a list allocated once at its size.
    let word = |id: u32| &vocab.words[id as usize];
    let mut ids: Vec<u32> = (0..vocab.words.len() as u32).filter(|&id| word(id).content).collect();
    crate::sort::sort_top(&mut ids, top, |&a, &b| word(b).count.cmp(&word(a).count).then_with(|| word(a).key.cmp(word(b).key)));
    ids.iter().map(|&id| Term { term: word(id).key.to_string(), display: vocab.display(id).to_string(), count: word(id).count as usize }).collect()
}

/// The first `top` terms (all if 0) by count (descending), ties by term.
pub(crate) fn sort_terms(terms: &mut Vec<Term>, top: usize) {
    crate::sort::sort_top(terms, top, |a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
}

/// Words a trigram may have in the middle: "freedom of navigation", "minister for trade".
const CONNECTORS: WordSet = words!["of", "for", "de", "del", "du", "des"];

/// Bigrams and trigrams of adjacent words inside a sentence that begin and end with a content word
/// (a trigram may have "of" or "for" in the middle), occur at least `min_count` times and are
/// positively associated (PMI > 0). A bigram that only ever occurs inside one trigram is left to
/// the trigram. The first `top` by count (all if 0).
pub(crate) fn phrases(doc: &Doc, vocab: &Vocab, min_count: usize, top: usize) -> Vec<Term> {
    let mut bi: HashMap<(u32, u32), usize> = presized(content_tokens(vocab));
    let mut tri: HashMap<(u32, u32, u32), usize> = presized(content_tokens(vocab));
    // A phrase occurs at most as often as each of its words (each occurrence is at another place
    // of each), so one with a word seen fewer than `min_count` times is not counted: in a long text
    // with a real vocabulary most distinct phrases hold a word seen once, and in an article most
    // words are seen once.
    let frequent = |id: u32| vocab.words[id as usize].count as usize >= min_count;
    let content = |id: u32| id != NONE && vocab.words[id as usize].content && frequent(id);
    let connector = |id: u32| id != NONE && CONNECTORS.contains(vocab.words[id as usize].key) && frequent(id);
    let mut words_total = 0usize;
    let mut ids = Vec::new();
    for s in &doc.seg.sentences {
        vocab.ids(doc, s.tokens(), &mut ids);
        words_total += ids.iter().filter(|&&id| id != NONE).count();
        for k in 0..ids.len() {
            let a = ids[k];
            if !content(a) || k + 1 >= ids.len() {
                continue;
            }
            let b = ids[k + 1];
            if content(b) {
                *bi.entry((a, b)).or_default() += 1;
            }
            if k + 2 < ids.len() && (content(b) || connector(b)) && content(ids[k + 2]) {
                *tri.entry((a, b, ids[k + 2])).or_default() += 1;
            }
        }
    }
    let freq = |id: u32| vocab.words[id as usize].count as usize;
    let mut subsumed: HashMap<(u32, u32), bool> = HashMap::default();
    let mut out = Vec::new();
    for (&(a, b, c), &n) in &tri {
        if n < min_count {
            continue;
        }
        for pair in [(a, b), (b, c)] {
            if bi.get(&pair) == Some(&n) {
                subsumed.insert(pair, true);
            }
        }
        out.push(phrase(vocab, &[a, b, c], n));
    }
    for (&(a, b), &n) in &bi {
        if n < min_count || subsumed.contains_key(&(a, b)) {
            continue;
        }
        if Scores::from_table(n, freq(a), freq(b), words_total).pmi <= 0.0 {
            continue;
        }
        out.push(phrase(vocab, &[a, b], n));
    }
    sort_terms(&mut out, top);
    out
}

/// Occurrences of content words: at most as many distinct bigrams, or pairs per window slot.
fn content_tokens(vocab: &Vocab) -> usize {
    vocab.words.iter().filter(|w| w.content).map(|w| w.count as usize).sum()
}

/// A map with room for `n` entries, up to 8,192: an article's counts never rehash, and a long
/// text's map (whose distinct entries grow far more slowly than its words) grows from there.
fn presized<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n.min(1 << 13), Default::default())
}

fn phrase(vocab: &Vocab, ids: &[u32], count: usize) -> Term {
    let term = ids.iter().map(|&id| vocab.words[id as usize].key).collect::<Vec<_>>().join(" ");
    let display = ids.iter().map(|&id| if vocab.words[id as usize].content { vocab.display(id) } else { vocab.words[id as usize].key }).collect::<Vec<_>>().join(" ");
    Term { term, display, count }
}

/// Content-word pairs within ±`window` words of each other inside a sentence.
///
/// Window-based contingency (Evert 2008): each occurrence of `a` offers 2·window neighbour slots,
/// so the table is O11 = joint count, R1 = 2w·f(a), C1 = 2w·f(b), N = 2w·(content words).
pub(crate) fn term_pairs(doc: &Doc, vocab: &Vocab, window: usize, min_count: usize, measure: Measure, top: usize) -> Vec<Pair<String>> {
    term_pairs_capped(doc, vocab, window, min_count, measure, top, PAIR_CAP)
}

/// The most distinct pairs the count map holds: what 2^16 buckets take at hashbrown's load of
/// 7/8, 0.85 MB in wasm (13 bytes a bucket). Every article, and the bench's 10 MB at any window
/// (6,866 pairs at ±50), stays far below it; a 10 MB text with a real vocabulary passes it (519,582
/// pairs at ±5), and its map had grown to 2^20 buckets, 13.6 MB plus the 6.8 MB it grew from. At
/// 2^18 buckets it took 3 passes there and its map (3.4 MB, with the 1.7 it grew from) was the top
/// of that text's peak; at 2^17, 6 passes, and the rules' peak was still the map, grown from 0.85
/// to 1.7 MB above the mentions; at 2^16, 12 passes, about 10 % more time on that text than at
/// 2^17 (native user time 2.16–2.26 s against 1.96–2.04, interleaved on a busy machine) for 1.7
/// MiB less wasm memory with the rules (49.13 → 47.44 MiB). (2^17 against 2^18 was not timed.)
const PAIR_CAP: usize = (1 << 16) / 8 * 7;

/// The most passes over the text: each costs a pass of pair counting, and the estimate of a
/// text's distinct pairs made early in a long run without sentence breaks (one "sentence" of
/// 2 MB at ±50 words asked for 82) would make the time grow with the square of the length.
/// A partition past the cap then grows its map beyond it; the result is the same.
const MAX_PARTITIONS: u64 = 16;

/// A pair by word ids, `a`'s key first in sort order, with its scores.
struct Ranked {
    a: u32,
    b: u32,
    scores: Scores,
}

/// [`term_pairs`] with the count map held to `cap` distinct pairs. Past it, the pairs are counted
/// again in `k` passes over the sentences, pass `j` counting only the pairs of hash partition `j`:
/// the first pass goes on with partition 0 from the sentence whose pairs could take the map past
/// the cap (its counts so far are kept, the rest dropped), and `k` is the distinct pairs seen so
/// far, extrapolated to the whole text (an overestimate, their number grows more slowly than the
/// words), with a quarter more. Each pass keeps only the pairs counted at least `min_count` times,
/// so the result is exact; a partition is not checked against the cap again (it passes it only if
/// the rest of the text is far more varied than its start).
fn term_pairs_capped(doc: &Doc, vocab: &Vocab, window: usize, min_count: usize, measure: Measure, top: usize, cap: usize) -> Vec<Pair<String>> {
    let tokens = content_tokens(vocab);
    let mut joint: HashMap<(u32, u32), usize> = presized(tokens.saturating_mul(window));
    let mut freq: Vec<usize> = vec![0; vocab.words.len()];
    let mut total = 0usize;
    let mut positions: Vec<(usize, u32)> = Vec::new();
    let mut ranked: Vec<Ranked> = Vec::new();
    let w2 = 2 * window;
    let key = |id: u32| vocab.words[id as usize].key;
    // Partitions, and the one counted; with one partition every pair is in it.
    let (mut k, mut j) = (1u64, 0u64);
    loop {
        for s in &doc.seg.sentences {
            positions.clear();
            let mut p = 0;
            for i in s.tokens() {
                let id = vocab.id(doc, i);
                if id != NONE && vocab.words[id as usize].content {
                    positions.push((p, id));
                } else if id == NONE && !vocab.skipped(i) {
                    continue;
                }
                p += 1;
            }
            // Past the cap (or where this sentence's pairs could take the map past it), the first
            // pass goes on with partition 0 alone, from this sentence.
            if k == 1 && joint.len() + positions.len() * window >= cap {
                let most = tokens as u64 * window as u64;
                let seen = if total == 0 { most } else { (joint.len() as u64 * tokens as u64 / total as u64).min(most) };
                k = (seen * 5 / 4).div_ceil(cap as u64).clamp(2, MAX_PARTITIONS);
                keep_partition(&mut joint, k);
            }
            for (n, &(pa, a)) in positions.iter().enumerate() {
                if j == 0 {
                    total += 1;
                    freq[a as usize] += 1;
                }
                for &(pb, b) in &positions[n + 1..] {
                    if pb - pa > window {
                        break;
                    }
                    if a == b {
                        continue;
                    }
                    let key = (a.min(b), a.max(b));
                    if k > 1 && partition(key, k) != j {
                        continue;
                    }
                    *joint.entry(key).or_default() += 1;
                }
            }
        }
        // The first pass has counted every word: the pairs can be scored as each pass ends.
        ranked.extend(joint.iter().filter(|&(_, &n)| n >= min_count).map(|(&(a, b), &count)| {
            let scores = pair_scores(&freq, total, w2, a, b, count);
            let (a, b) = if key(a) <= key(b) { (a, b) } else { (b, a) };
            Ranked { a, b, scores }
        }));
        j += 1;
        if j >= k {
            break;
        }
        joint.clear();
    }
    drop(joint);
    // `sort_pairs`' order: the measure (descending), the count (descending), then the keys.
    crate::sort::sort_top(&mut ranked, top, |x, y| {
        let (xs, ys) = (&x.scores, &y.scores);
        ys.measure(measure).total_cmp(&xs.measure(measure)).then(ys.count.cmp(&xs.count)).then_with(|| key(x.a).cmp(key(y.a))).then_with(|| key(x.b).cmp(key(y.b)))
    });
    ranked.iter().map(|r| Pair { a: key(r.a).to_string(), b: key(r.b).to_string(), scores: r.scores }).collect()
}

/// The scores of the pair of words `a` and `b` (either order: the table is laid out by id, as the
/// log-likelihood's sum is not symmetric to the last bit) counted `n` times together.
fn pair_scores(freq: &[usize], total: usize, w2: usize, a: u32, b: u32, n: usize) -> Scores {
    let (fa, fb) = (freq[a.min(b) as usize], freq[a.max(b) as usize]);
    let mut scores = Scores::from_table(n, w2 * fa, w2 * fb, w2 * total);
    scores.dice = (2.0 * n as f64 / (fa + fb) as f64).min(1.0);
    scores
}

/// Keeps partition 0's pairs of `joint`, put back in the emptied map: `retain` would leave the
/// pairs it drops as tombstones, which take the map's room until it next grows, and in wasm the
/// capped map (2^18 buckets) then grew to 2^19 (6.5 MB) before the pass ended.
fn keep_partition(joint: &mut HashMap<(u32, u32), usize>, k: u64) {
    let kept: Vec<((u32, u32), usize)> = joint.drain().filter(|&(key, _)| partition(key, k) == 0).collect();
    joint.extend(kept);
}

/// Which of `k` partitions a pair is in: the high half of a product other than the map's hash
/// (whose low bits pick the bucket, which one partition's pairs must not share), scaled to `k`.
fn partition((a, b): (u32, u32), k: u64) -> u64 {
    let h = ((a as u64) << 32 | b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32;
    h * k >> 32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::stats::Stopwords;

    /// Made-up words (no stopwords, no numbers) in sentences of 4 to 19, drawn with some far more
    /// often than others, so that a few pairs recur and most are seen once.
    fn text() -> String {
        let (onsets, vowels) = (["b", "d", "g", "k", "m", "p", "r", "t", "v", "z"], ["a", "e", "i", "o", "u"]);
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let mut out = String::new();
        for _ in 0..300 {
            for w in 0..4 + next(16) {
                let id = next(400) * next(400) / 400;
                let word: String = [id % 10, id / 10 % 5, id / 50].iter().enumerate().map(|(i, &d)| if i == 1 { vowels[d as usize] } else { onsets[d as usize] }).collect::<Vec<_>>().concat();
                out.push_str(if w == 0 { "" } else { " " });
                out.push_str(&word);
                out.push_str("ox");
            }
            out.push_str(". ");
        }
        out
    }

    /// Keeping one partition of a full map leaves it all its room (with `retain`, the dropped
    /// pairs' tombstones took most of it, and a capped map grew past its cap).
    #[test]
    fn kept_partition_leaves_the_map_its_room() {
        let mut joint: HashMap<(u32, u32), usize> = HashMap::default();
        joint.reserve(PAIR_CAP);
        let room = joint.capacity();
        for n in 0..room as u32 {
            joint.insert((n, n.wrapping_mul(7919)), n as usize);
        }
        assert_eq!(joint.capacity(), room);
        keep_partition(&mut joint, 3);
        assert!(joint.len() > room / 4 && joint.len() < room / 2, "{}", joint.len());
        assert!(joint.iter().all(|(&key, &n)| partition(key, 3) == 0 && n as u32 == key.0));
        assert_eq!(joint.capacity(), room);
    }

    #[test]
    fn pairs_counted_in_partitions_equal_pairs_counted_at_once() {
        let text = text();
        let doc = Doc::new(&text);
        let vocab = Vocab::new(&doc, &Stopwords::new(&Options::default()));
        for (window, min_count) in [(5, 1), (5, 2), (2, 1), (20, 3)] {
            let all = term_pairs_capped(&doc, &vocab, window, min_count, Measure::Llr, 0, usize::MAX);
            let distinct = term_pairs_capped(&doc, &vocab, window, 1, Measure::Llr, 0, usize::MAX).len();
            assert!(all.len() > 100 && distinct > 2_000, "{window} {min_count}: {} of {distinct}", all.len());
            for cap in [3, 64, 500, distinct - 1, distinct] {
                assert_eq!(term_pairs_capped(&doc, &vocab, window, min_count, Measure::Llr, 0, cap), all, "window {window}, min count {min_count}, cap {cap}");
            }
            let top = term_pairs_capped(&doc, &vocab, window, min_count, Measure::Npmi, 20, 64);
            assert_eq!(top, term_pairs_capped(&doc, &vocab, window, min_count, Measure::Npmi, 0, usize::MAX)[..20]);
        }
    }
}
