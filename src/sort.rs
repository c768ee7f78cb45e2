//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the comparison, so every call site compiles
//! its own copy of the standard library's sort (half a dozen functions each): 58 of them made up
//! a fifth of the .wasm's code. Here one non-generic merge sort orders indices through a
//! `&dyn Fn`, and a non-generic walk of that permutation's cycles swaps the elements into order in
//! place. What is sorted here are results (terms, entities, pairs, a tagger's spans), never the
//! tokens of a text.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `v.sort_by(cmp)`.
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(order, &mut |a, b| v.swap(a, b));
}

/// The most items [`sort_top`] picks without sorting them all: each item it takes in moves up to
/// this many indices, so input in the worst order costs `n × TOP_PICK` moves, not `n × k`.
const TOP_PICK: usize = 128;

/// Keeps the first `k` items of `v` in the order [`sort_by`] gives, without ordering the rest: an
/// item that cannot be among them costs one comparison. With `k` 0 (or at least `v.len()`) it is
/// [`sort_by`], every item kept; above [`TOP_PICK`] items, [`sort_by`] and the rest dropped.
pub(crate) fn sort_top<T>(v: &mut Vec<T>, k: usize, cmp: impl Fn(&T, &T) -> Ordering) {
    if k == 0 || k >= v.len() || k > TOP_PICK {
        sort_by(v, cmp);
        v.truncate(if k == 0 { v.len() } else { k });
        return;
    }
    let mut order = top(v.len(), k, &|a, b| cmp(&v[a], &v[b]));
    // The rest after them, in any order, to make a whole permutation.
    let mut chosen = vec![false; v.len()];
    for &i in &order {
        chosen[i as usize] = true;
    }
    order.extend((0..v.len() as u32).filter(|&i| !chosen[i as usize]));
    permute(order, &mut |a, b| v.swap(a, b));
    v.truncate(k);
}

/// The first `k` (at least 1) of the indices `0..n` in the stable order of `cmp`: the best so far,
/// in order, with each index that beats the last put in after every one not worse than it.
fn top(n: usize, k: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut best: Vec<u32> = Vec::with_capacity(k + 1);
    for i in 0..n {
        if best.len() == k && cmp(i, best[k - 1] as usize) != Ordering::Less {
            continue;
        }
        let at = best.partition_point(|&b| cmp(i, b as usize) != Ordering::Less);
        best.insert(at, i as u32);
        best.truncate(k);
    }
    best
}

/// Moves the items into `order` (position `k` gets the item that was at `order[k]`) by following
/// each cycle of the permutation with `swap`: at most `n - 1` swaps, no second buffer of items.
fn permute(mut order: Vec<u32>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut k = start;
        // A position that holds its own index is in place: a fixed point, or a cycle already done.
        while order[k] as usize != k {
            let from = order[k] as usize;
            order[k] = k as u32;
            if from == start {
                break;
            }
            swap(k, from);
            k = from;
        }
    }
}

/// The indices `0..n` in stable sorted order by `cmp`: insertion sort on short runs, then a
/// bottom-up merge sort.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    const RUN: usize = 12;
    let mut from: Vec<u32> = (0..n as u32).collect();
    for run in from.chunks_mut(RUN) {
        for k in 1..run.len() {
            let x = run[k];
            let mut j = k;
            // Stop at an equal item: equal items keep their order.
            while j > 0 && cmp(x as usize, run[j - 1] as usize) == Ordering::Less {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = x;
        }
    }
    let mut to = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            // Runs already in order (common: counts arrive roughly sorted) are copied whole.
            if mid == hi || cmp(from[mid] as usize, from[mid - 1] as usize) != Ordering::Less {
                to[lo..hi].copy_from_slice(&from[lo..hi]);
                continue;
            }
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // Take from the right run only when it is strictly smaller: equal items keep their order.
                let right = j < hi && (i == mid || cmp(from[j] as usize, from[i] as usize) == Ordering::Less);
                if right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` pairs of a pseudo-random value below `values` and the pair's index: sorted by the first
    /// field only, the second shows that ties keep their order.
    fn pairs(seed: &mut u32, n: usize, values: u32) -> Vec<(u32, usize)> {
        (0..n)
            .map(|i| {
                *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((*seed >> 16) % values, i)
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 12345u32;
        for n in [0, 1, 2, 3, 7, 8, 9, 11, 12, 13, 24, 25, 31, 64, 100, 1000] {
            let v = pairs(&mut seed, n, 13);
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "n = {n}");
        }
        let mut words = vec![String::from("b"), "a".into(), "c".into(), "a".into()];
        let mut first = words.clone();
        sort_top(&mut first, 2, |a, b| b.cmp(a));
        assert_eq!(first, ["c", "b"]);
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a", "a"]);
    }

    #[test]
    fn keeps_the_first_items_of_the_stable_sort() {
        let mut seed = 777u32;
        for n in [1, 2, 3, 5, 12, 13, 40, 300] {
            for k in [1, 2, 3, 7, 12, 50] {
                // Few distinct values: most comparisons are ties, which must keep their order.
                let v = pairs(&mut seed, n, 5);
                let mut ours = v.clone();
                sort_top(&mut ours, k, |a, b| a.0.cmp(&b.0));
                let mut std = v.clone();
                std.sort_by_key(|a| a.0);
                std.truncate(k);
                assert_eq!(ours, std, "n = {n}, k = {k}");
            }
        }
        let mut all = vec![3, 1, 2];
        sort_top(&mut all, 0, |a: &i32, b| a.cmp(b));
        assert_eq!(all, [1, 2, 3]);
        // More than TOP_PICK: sorted whole, then cut.
        let mut many: Vec<u32> = (0..1000).rev().collect();
        sort_top(&mut many, TOP_PICK + 1, |a, b| a.cmp(b));
        assert_eq!(many, (0..TOP_PICK as u32 + 1).collect::<Vec<_>>());
    }
}
