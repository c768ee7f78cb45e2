//! Labels of tables and result lines (issue #5, session 17): "Attendance: 12,000", "Scorers:
//! Ali 2", "Postponed: Kalobo v Marsa". A capitalised word that opens a line before a colon,
//! which a tagger read as a name only for want of a better guess (the rules' weak
//! organisation), and which the text writes nowhere else, is the label of what follows, no name.
//! A word the text also writes elsewhere stays a name ("Kalobo: Ali 2" after "Kalobo 2 Marsa 1"),
//! and so does any span a list or a cue found ("Chesterfield:" read as a place).

use crate::text::segment::LINE_BEFORE;
use crate::text::Doc;

use super::shared::sort_ids;
use super::{EntityType, Evidence, Span};

/// Drops the labels among the spans `out[start..]`: see the module's doc.
pub(crate) fn labels(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let label = |k: usize| k + 1 < n && doc.word(k + 1) == ":" && (k == 0 || tokens[k].has(LINE_BEFORE));
    let one = |s: &Span| {
        s.last == s.first + 1 && s.ty == EntityType::Org && s.evidence == Evidence::Weak && s.canonical.is_none() && label(s.first as usize)
    };
    let mut ids: Vec<u32> = out[start..].iter().filter(|s| one(s)).map(|s| doc.key_id_outlined(s.first as usize)).collect();
    if ids.is_empty() {
        return;
    }
    sort_ids(&mut ids);
    // (a key written elsewhere, not as a label, is a name)
    let mut named = vec![false; ids.len()];
    for k in (0..n).filter(|&k| !label(k)) {
        if let Ok(p) = ids.binary_search(&doc.key_id(k)) {
            named[p] = true;
        }
    }
    let mut w = start;
    for r in start..out.len() {
        let s = out[r];
        if !(one(&s) && ids.binary_search(&doc.key_id_outlined(s.first as usize)).is_ok_and(|p| !named[p])) {
            out[w] = s;
            w += 1;
        }
    }
    out.truncate(w);
}
