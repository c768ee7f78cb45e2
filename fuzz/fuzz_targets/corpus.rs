//! Documents cut from the input at NUL bytes: the corpus merge must be associative and its totals
//! independent of the order of documents.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textlens::{analyze, CorpusStats, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let docs: Vec<CorpusStats> = text
        .split('\0')
        .take(4)
        .enumerate()
        .map(|(i, t)| CorpusStats::of(&format!("d{i}"), &analyze(t, &Options::default()).unwrap()))
        .collect();
    if docs.len() < 3 {
        return;
    }
    let (a, b, c) = (docs[0].clone(), docs[1].clone(), docs[2].clone());
    assert_eq!(a.clone().merge(b.clone()).merge(c.clone()), a.clone().merge(b.clone().merge(c.clone())));
    let forward = a.clone().merge(b.clone()).merge(c.clone()).result(0);
    let backward = c.merge(b).merge(a).result(0);
    assert_eq!(forward.terms, backward.terms);
    assert_eq!(forward.entities, backward.entities);
});
