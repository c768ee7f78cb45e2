//! Lists of names, read alike after either tagger (issue #5, session 16). A line-up, a leader
//! board or a list of names in a sentence ("Given, Breen, Staunton, Irwin", "Did not bat:
//! Dharmasena, Vaas, Muralitharan", "3 - Ogun Temizkanoglu, 5 - Alpay Ozalan") names people: in a
//! list of three or more names, one after another over commas (a final "and"; a shirt number and
//! a dash may stand after a comma), of which at least two are people and more than half the names
//! read, a surname the tagger typed otherwise (not a gazetteer entry) is a person, and so is a
//! name of two or three words that opens with a listed given name or of two words no list holds,
//! and a lone capitalised word between commas no tagger took ("Given," at a list's head). And a
//! list's last two organisations over "and" are two ([`and_pairs`]).

use crate::lexicon::{lists, Lexicon};
use crate::text::{Doc, TokenKind};

use super::shared::{capword, name_word, NOT_CALENDAR, NOT_STOP};
use super::{EntityType, Evidence, Span};

/// One name of a list: its tokens and the span that holds it, if a tagger found it.
#[derive(Clone, Copy)]
struct Item {
    first: usize,
    last: usize,
    span: Option<usize>,
}

/// Retypes and adds spans in `out[start..]` (kept in token order): see the module's doc.
pub(crate) fn rosters(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    and_pairs(doc, out, start);
    let lex = Lexicon::get();
    let mut added: Vec<Span> = Vec::new();
    let mut x = start;
    // The names of a sentence, one after another: a span, or a lone capitalised word.
    let mut items: Vec<Item> = Vec::new();
    for sentence in &doc.seg.sentences {
        let (f, l) = (sentence.first as usize, sentence.last as usize);
        // (a list of people names two of them: most sentences are passed over here)
        let end = x + out[x..].iter().take_while(|s| (s.first as usize) < l).count();
        if out[x..end].iter().filter(|s| s.ty == EntityType::Per).nth(1).is_none() {
            x = end;
            continue;
        }
        items.clear();
        let mut k = f;
        while k < l {
            while x < out.len() && (out[x].last as usize) <= k {
                x += 1;
            }
            if x < out.len() && out[x].first as usize == k {
                items.push(Item { first: k, last: out[x].last as usize, span: Some(x) });
                k = out[x].last as usize;
            } else {
                let covered = x < out.len() && (out[x].first as usize) < k;
                // (alone between a list's marks, not a word of the language: "However, Smith and Jones")
                let bare = !covered && capword(doc, k) && doc.key(k).len() >= 3;
                let bare = bare
                    && (k == f || matches!(doc.word(k - 1), "," | ":" | "-" | "and"))
                    && (k + 1 == l || matches!(doc.word(k + 1), "," | "." | "and"));
                if bare && name_word(doc, k, NOT_STOP | NOT_CALENDAR) && !lex.listed(doc.key(k), lists::COMMON) {
                    items.push(Item { first: k, last: k + 1, span: None });
                }
                k += 1;
            }
        }
        // Runs of names over separators.
        let mut i = 0;
        while i < items.len() {
            let mut j = i + 1;
            while j < items.len() && separated(doc, items[j - 1].last, items[j].first) {
                j += 1;
            }
            if j - i >= 3 {
                retype(doc, lex, out, &items[i..j], &mut added);
            }
            i = j;
        }
    }
    if !added.is_empty() {
        out.extend(added);
        // (the crate's one stable sort, not a copy of the standard library's for this key)
        crate::sort::sort_by(&mut out[start..], |a, b| a.first.cmp(&b.first));
    }
}

/// Tokens `[a, b)` between two names separate them as a list's: a comma, perhaps a shirt number
/// and a dash after it, or "and".
fn separated(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let tokens = &doc.seg.tokens;
    match b.checked_sub(a) {
        Some(1) => matches!(doc.word(a), "," | "and"),
        Some(3) => doc.word(a) == "," && tokens[a + 1].kind == TokenKind::Number && doc.word(a + 2) == "-",
        _ => false,
    }
}

/// Retypes the names of one list (`items`) where it is a list of people, pushing the lone words
/// it names onto `added`.
fn retype(doc: &Doc<'_>, lex: &Lexicon, out: &mut [Span], items: &[Item], added: &mut Vec<Span>) {
    // (a name of two or three words no list holds that opens with a listed given name counts as a
    // person's, whatever the tagger typed it: "Colin Moss" read as a place)
    let person = |it: &Item, s: usize| {
        out[s].ty == EntityType::Per
            || (out[s].canonical.is_none() && (2..=3).contains(&(it.last - it.first)) && lex.listed(doc.key(it.first), lists::GIVEN))
    };
    let people = items.iter().filter(|it| it.span.is_some_and(|s| person(it, s))).count();
    let others = items.iter().filter(|it| it.span.is_some_and(|s| !person(it, s))).count();
    if people < 2 || people <= others {
        return;
    }
    for it in items {
        let Some(s) = it.span else {
            added.push(Span { first: it.first as u32, last: it.last as u32, ty: EntityType::Per, evidence: Evidence::Cue, canonical: None });
            continue;
        };
        let span = &mut out[s];
        let words = it.last - it.first;
        // (a given name first, or two words no list holds: "Ogun Temizkanoglu")
        let given = words <= 3 && lex.listed(doc.key(it.first), lists::GIVEN);
        let unknown = words == 2 && (it.first..it.last).all(|k| lex.word_flags(doc.key(k)) == 0);
        if span.ty != EntityType::Per && span.canonical.is_none() && (words == 1 || given || unknown) {
            span.ty = EntityType::Per;
            span.evidence = Evidence::Cue;
        }
    }
}

/// An organisation's name over "and" that is two: a list's last two names ("Mercantile, Commerce
/// and Roosevelt", after a name and a comma; not where the last word is a word of the language,
/// "Procter and Gamble"), or two names of two or more words each opening with the same word
/// ("Kansai Electric Power and Kansai International Airport"). Each is an organisation.
fn and_pairs(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let lex = Lexicon::get();
    // (the span's index, its "and")
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for i in start..out.len() {
        let s = out[i];
        let (a, b) = (s.first as usize, s.last as usize);
        if s.ty != EntityType::Org || s.canonical.is_some() || b - a < 3 {
            continue;
        }
        let Some(m) = (a + 1..b - 1).find(|&k| doc.word(k) == "and") else { continue };
        if !capword(doc, m - 1) || !capword(doc, m + 1) {
            continue;
        }
        let repeated = m - a >= 2 && b - m > 2 && doc.key_id_outlined(a) == doc.key_id_outlined(m + 1);
        let listed = i > start && a >= 2 && doc.word(a - 1) == "," && out[i - 1].last as usize == a - 1;
        if repeated || (listed && !lex.listed(doc.key(b - 1), lists::COMMON)) {
            cuts.push((i, m));
        }
    }
    if cuts.is_empty() {
        return;
    }
    let mut spans = Vec::with_capacity(out.len() - start + cuts.len());
    let mut c = cuts.iter().peekable();
    for (i, &s) in out[start..].iter().enumerate() {
        match c.next_if(|&&(at, _)| at == start + i) {
            Some(&(_, m)) => {
                let cue = Span { evidence: Evidence::Cue, ..s };
                spans.push(Span { last: m as u32, ..cue });
                spans.push(Span { first: m as u32 + 1, ..cue });
            }
            None => spans.push(s),
        }
    }
    out.truncate(start);
    out.extend(spans);
}
