//! A name that ends in a company's legal form is an organisation's (acc23): "Harbour Mart Co.",
//! "Larchmont Wire Ltd.", "Tidewater Foods Inc.". Written with its period, the form is
//! no organisation word the rule tagger's lists hold ("Inc" is, "Inc." is not), and the model
//! reads "Co." as an initial's abbreviation, so both taggers read such a name as a person's, or
//! leave the form out of it. So is a Canadian band's "X First Nation" an organisation, whatever a
//! tagger read its first word as.

use crate::text::Doc;
use crate::wordset::words;

use super::kinds::{company_word, legal_form};
use super::shared::capword;
use super::{EntityType, Evidence, Span};

/// Whether token `k` is a company's legal form: of English ("Co.", "Inc.", "Ltd.", "Corp.",
/// "Plc"; `src/data/company_words.txt`) or of another language ("S.A.", "GmbH").
fn firm_form(doc: &Doc<'_>, k: usize) -> bool {
    let key = doc.key(k);
    capword(doc, k) && (words!["co.", "cos.", "co", "cos"].contains(key) || legal_form(doc.word(k)) || company_word(key))
}

/// Whether token `k` is a legal form as abbreviated ("Co.", "Inc", "Ltd.", "GmbH"), which may
/// follow a name a tagger ended before it: a company's word ("Group", "Holdings") may not.
fn abbreviated(doc: &Doc<'_>, k: usize) -> bool {
    let key = doc.key(k);
    let key = key.strip_suffix('.').unwrap_or(key);
    capword(doc, k) && (words!["co", "cos", "inc", "ltd", "corp", "plc", "llc"].contains(key) || legal_form(doc.word(k)))
}

/// Whether span `s` ends in "First Nation" after a word of its own: "Lakeshore First Nation"
/// (not "First Nations", the peoples: CoNLL-2003 reads that as a MISC name).
fn first_nation(doc: &Doc<'_>, s: &Span) -> bool {
    let (a, b) = (s.first as usize, s.last as usize);
    b >= a + 3 && doc.key(b - 1) == "nation" && doc.key(b - 2) == "first" && capword(doc, b - 1) && capword(doc, b - 2)
}

/// How many tokens right after span `s` (ending at `e`) its name goes on over: a legal form
/// abbreviated ("Co.", "Ltd."), "First Nation", or "Nation" after its "First"; 0 for none.
fn goes_on(doc: &Doc<'_>, s: &Span, e: usize) -> usize {
    let n = doc.seg.tokens.len();
    let nation = |k: usize| k < n && doc.key(k) == "nation" && capword(doc, k);
    let more = if e < n && abbreviated(doc, e) {
        1
    } else if nation(e) && doc.key(e - 1) == "first" && e >= s.first as usize + 2 {
        1
    } else if e + 1 < n && doc.key(e) == "first" && capword(doc, e) && nation(e + 1) {
        2
    } else {
        return 0;
    };
    let end = e + more;
    let sentence = doc.sentence_of(e - 1);
    // (in its sentence, and before no capitalised word of that sentence: "Co. Durham" is a
    // county's)
    let ok = (e..end).all(|k| doc.sentence_of(k) == sentence) && !(end < n && capword(doc, end) && doc.sentence_of(end) == sentence);
    if ok { more } else { 0 }
}

/// Retypes as an organisation each span of two words or more that ends in a company's legal form
/// or in "First Nation", and takes into a span the legal form or "First Nation" right after it
/// ([`goes_on`]).
/// (Never inlined: one copy, whose cost a profile shows on its own.)
#[inline(never)]
pub(crate) fn firm_ends(doc: &Doc<'_>, out: &mut [Span], start: usize) {
    for x in start..out.len() {
        let s = out[x];
        if s.ty == EntityType::Misc {
            continue;
        }
        let e = s.last as usize;
        // (the cheap tests first: a capitalised word after the span, or a span of another type
        // of two words or more)
        let next = e < doc.seg.tokens.len() && capword(doc, e);
        let retype = s.ty != EntityType::Org && e >= s.first as usize + 2;
        if !next && !retype {
            continue;
        }
        let after = if next && capword(doc, e - 1) { goes_on(doc, &s, e) } else { 0 };
        let after = if x + 1 == out.len() || out[x + 1].first as usize >= e + after { after } else { 0 };
        let ends = retype && capword(doc, e - 2) && firm_form(doc, e - 1);
        if !(after > 0 || ends || (retype && first_nation(doc, &s))) {
            continue;
        }
        let span = &mut out[x];
        if after > 0 {
            span.last += after as u32;
            span.canonical = None;
        }
        if span.ty != EntityType::Org {
            *span = Span { ty: EntityType::Org, evidence: Evidence::Cue, canonical: None, ..*span };
        }
    }
}
