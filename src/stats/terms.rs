//! Term frequencies, phrases (collocations) and term co-occurrence within a window.

use crate::hash::FxMap as HashMap;

use super::cooc::{sort_pairs, Pair, Scores};
use super::{Vocab, NONE};
use crate::options::Measure;
use crate::text::Doc;

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
    ids.iter().map(|&id| Term { term: word(id).key.to_string(), display: word(id).display().to_string(), count: word(id).count as usize }).collect()
}

/// The first `top` terms (all if 0) by count (descending), ties by term.
pub(crate) fn sort_terms(terms: &mut Vec<Term>, top: usize) {
    crate::sort::sort_top(terms, top, |a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
}

/// Words a trigram may have in the middle: "freedom of navigation", "minister for trade".
const CONNECTORS: &[&str] = &["of", "for", "de", "del", "du", "des"];

/// Bigrams and trigrams of adjacent words inside a sentence that begin and end with a content word
/// (a trigram may have "of" or "for" in the middle), occur at least `min_count` times and are
/// positively associated (PMI > 0). A bigram that only ever occurs inside one trigram is left to
/// the trigram. The first `top` by count (all if 0).
pub(crate) fn phrases(doc: &Doc, vocab: &Vocab, min_count: usize, top: usize) -> Vec<Term> {
    let mut bi: HashMap<(u32, u32), usize> = presized(content_tokens(vocab));
    let mut tri: HashMap<(u32, u32, u32), usize> = presized(content_tokens(vocab));
    let content = |id: u32| id != NONE && vocab.words[id as usize].content;
    let connector = |id: u32| id != NONE && CONNECTORS.contains(&vocab.words[id as usize].key);
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
    let words = ids.iter().map(|&id| &vocab.words[id as usize]);
    let term = words.clone().map(|w| w.key).collect::<Vec<_>>().join(" ");
    let display = words.map(|w| if w.content { w.display() } else { w.key }).collect::<Vec<_>>().join(" ");
    Term { term, display, count }
}

/// Content-word pairs within ±`window` words of each other inside a sentence.
///
/// Window-based contingency (Evert 2008): each occurrence of `a` offers 2·window neighbour slots,
/// so the table is O11 = joint count, R1 = 2w·f(a), C1 = 2w·f(b), N = 2w·(content words).
pub(crate) fn term_pairs(doc: &Doc, vocab: &Vocab, window: usize, min_count: usize, measure: Measure, top: usize) -> Vec<Pair<String>> {
    let mut joint: HashMap<(u32, u32), usize> = presized(content_tokens(vocab).saturating_mul(window));
    let mut freq: Vec<usize> = vec![0; vocab.words.len()];
    let mut total = 0usize;
    let mut positions: Vec<(usize, u32)> = Vec::new();
    for s in &doc.seg.sentences {
        positions.clear();
        let mut p = 0;
        for id in s.tokens().map(|i| vocab.id(doc, i)) {
            if id == NONE {
                continue;
            }
            if vocab.words[id as usize].content {
                positions.push((p, id));
            }
            p += 1;
        }
        for (k, &(pa, a)) in positions.iter().enumerate() {
            total += 1;
            freq[a as usize] += 1;
            for &(pb, b) in &positions[k + 1..] {
                if pb - pa > window {
                    break;
                }
                if a != b {
                    *joint.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
    }
    let w2 = 2 * window;
    let mut pairs: Vec<Pair<String>> = joint
        .into_iter()
        .filter(|&(_, n)| n >= min_count)
        .map(|((a, b), n)| {
            let (ka, kb) = (vocab.words[a as usize].key, vocab.words[b as usize].key);
            let (ka, kb) = if ka <= kb { (ka, kb) } else { (kb, ka) };
            let (fa, fb) = (freq[a as usize], freq[b as usize]);
            let mut scores = Scores::from_table(n, w2 * fa, w2 * fb, w2 * total);
            scores.dice = (2.0 * n as f64 / (fa + fb) as f64).min(1.0);
            Pair { a: ka.to_string(), b: kb.to_string(), scores }
        })
        .collect();
    sort_pairs(&mut pairs, measure, top);
    pairs
}
