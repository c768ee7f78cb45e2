//! What the tests of news classes share: each entity's name and type with a tagger, and a test
//! of whether a name was found with a type.
#![allow(dead_code)]

use textlens::{analyze, Options, TaggerKind};

/// Each entity's name and type, with `tagger`.
pub fn entities(text: &str, tagger: TaggerKind) -> Vec<(String, &'static str)> {
    let a = analyze(text, &Options { tagger, ..Options::default() }).unwrap();
    a.entities.iter().map(|e| (e.name.clone(), e.ty.as_str())).collect()
}

pub fn has(found: &[(String, &str)], name: &str, ty: &str) -> bool {
    found.iter().any(|(n, t)| n == name && *t == ty)
}

pub const BOTH: [TaggerKind; 2] = [TaggerKind::Model, TaggerKind::Rules];
