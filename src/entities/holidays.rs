//! Days named after someone in the possessive (issue #5, session 22): "Valentine’s Day",
//! "Mother's Day", "St Patrick's Day", "New Year's Day", "Presidents' Day". Both taggers read the
//! possessive's word as a name of its own and "Day" as another ("Valentine" and "Day", or "Day
//! and Mother" across an "and"), as CoNLL-2003 rarely shows such days. After either tagger: a
//! capitalised word in the possessive right before a capitalised "Day", with the capitalised
//! words before it that are no stopwords ("St", "New"), is one MISC name, the possessive inside
//! it as written.

use crate::text::segment::{plural_apostrophe, CAP, POSSESSIVE};
use crate::text::{Doc, TokenKind};

use super::shared::{join, name_word, Overlap, NOT_STOP};
use super::{EntityType, Span};

/// Joins the days the module's doc describes into MISC spans over `out[start..]`.
pub(crate) fn holidays(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let mut joins = Vec::new();
    for (k, t) in tokens.iter().enumerate().skip(1) {
        // (the token's capital and first letter before its key: this reads every token)
        if !t.has(CAP) || t.kind != TokenKind::Word || !matches!(doc.text.as_bytes()[t.start as usize], b'D') || doc.key(k) != "day" {
            continue;
        }
        // The possessive: "Valentine’s" one token, or "Presidents" and its apostrophe.
        let owner = if tokens[k - 1].has(POSSESSIVE) {
            k - 1
        } else if k >= 2 && plural_apostrophe(doc, k - 1) {
            k - 2
        } else {
            continue;
        };
        if !name_word(doc, owner, NOT_STOP) {
            continue;
        }
        let mut first = owner;
        while first > 0 && name_word(doc, first - 1, NOT_STOP) && !tokens[first - 1].has(POSSESSIVE) && doc.sentence_of(first - 1) == doc.sentence_of(k) {
            first -= 1;
        }
        joins.push(Span::cue(first, k + 1, EntityType::Misc));
    }
    join(out, start, &joins, Overlap::First);
}
