//! Results and standings tables, read alike after either tagger. A line that is only a name and
//! a score, twice ("Kalobo 3 Marsa United 1", "Ostra 2 Vik 2 ( halftime 1-0 )"), or only a name
//! and four or more figures, or three with a fraction ("Kalobo 4 3 1 0 9 2 10", "VIK 66 67 .496
//! -"; not a weather table's "Lagos 31 24 18"), is a team's line
//! when the text holds two or more such lines: each name there is one club, an organisation, in
//! place of the town, the person or the pieces a tagger read ("Marsa United" for "Marsa" and
//! "United"), and so is each name around "v" in such a text ("Postponed: Kalobo v Marsa"); a
//! line that is only two names around "v" is a team's line too (a list of fixtures). A
//! country stays a place (CoNLL-2003 reads national sides as their countries; a listed country a
//! tagger read as an organisation becomes the country), and a name that opens with a listed given
//! name stays a person (a golf leaderboard: "Ana Ruiz 68 70 71 69"). In a table of lines of a name
//! and three figures, where a tagger read two names as places, each other name it read as an
//! organisation no list holds is a place too.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{CAP, LINE_BEFORE, PARA_BEFORE};
use crate::text::{Doc, TokenKind};

use super::shared::{ending_after, join, Overlap};
use super::{EntityType, Evidence, Span};

/// Lower-case words inside a club's name ("Queen of the South").
const INNER: &[&str] = &["of", "the", "de", "la", "del", "and", "'s", "&", "-", "."];

/// The tokens `[i, j)` are a name on one line: capitalised words, first and last, with only
/// [`INNER`]'s words between.
fn name(doc: &Doc<'_>, i: usize, j: usize) -> bool {
    let t = &doc.seg.tokens;
    let cap = |k: usize| t[k].kind == TokenKind::Word && t[k].has(CAP);
    i < j && j - i <= 5 && cap(i)
        && cap(j - 1)
        && (i + 1..j - 1).all(|k| cap(k) || INNER.contains(&doc.key(k)))
        && (i + 1..j).all(|k| !t[k].has(LINE_BEFORE) && !t[k].has(PARA_BEFORE))
}

/// Token `k` is a figure of a table: a number, or the punctuation inside one (".496", "1/2", "-").
fn figure(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    t.kind == TokenKind::Number || (t.kind == TokenKind::Punct && matches!(doc.word(k), "." | "/" | "-"))
}

/// The names of a team's line `[a, b)`, or none: "N n N n (…)", or "N n n n n …" (four or more
/// figures, or three with a fraction).
fn line_names(doc: &Doc<'_>, a: usize, b: usize, names: &mut Vec<(usize, usize)>) -> bool {
    let tokens = &doc.seg.tokens;
    let num = |k: usize| tokens[k].kind == TokenKind::Number;
    // (the first name runs to the first number)
    let Some(n1) = (a..b).find(|&k| num(k)) else { return false };
    if !name(doc, a, n1) {
        return false;
    }
    // "Kalobo 3 Marsa 1", and an aside in brackets after it
    let end = (n1..b).find(|&k| doc.word(k) == "(").unwrap_or(b);
    if n1 + 1 < end && !num(n1 + 1) {
        if let Some(n2) = (n1 + 1..end).find(|&k| num(k)) {
            if n2 + 1 == end && name(doc, n1 + 1, n2) {
                names.push((a, n1));
                names.push((n1 + 1, n2));
                return true;
            }
        }
        return false;
    }
    // "Kalobo 4 3 1 0 9 2 10"
    // (three whole numbers alone are a weather or polling table's as often: "Lagos 31 24 18";
    // three with a fraction, or four, a standings table's: "VIK 66 67 .496 -")
    let count = (n1..b).filter(|&k| num(k)).count();
    let fraction = (n1..b).any(|k| tokens[k].kind == TokenKind::Punct && doc.word(k) == ".");
    if end == b && (n1..b).all(|k| figure(doc, k)) && (count >= 4 || count == 3 && fraction) {
        names.push((a, n1));
        return true;
    }
    false
}

/// The name of a line `[a, b)` that is only a name and three figures, whole or not ("Lagos 31 24
/// 18", "Tuzla 10,100 11,250 48.7"), which [`line_names`] leaves: a weather or polling table's.
fn place_line(doc: &Doc<'_>, a: usize, b: usize, places: &mut Vec<(usize, usize)>) {
    let tokens = &doc.seg.tokens;
    let num = |k: usize| tokens[k].kind == TokenKind::Number;
    let Some(n1) = (a..b).find(|&k| num(k)) else { return };
    if name(doc, a, n1) && (n1..b).all(|k| figure(doc, k)) && (n1..b).filter(|&k| num(k)).count() == 3 {
        places.push((a, n1));
    }
}

/// In a table of two or more lines of a name and three figures, where the tagger read the names
/// of two lines or more as places, a name it read as an organisation that no list holds is a
/// place too ("Abuja 33 22 10" under "Lagos" and "Accra"): the table's rows are of one kind.
fn table_places(out: &mut [Span], start: usize, places: &[(usize, usize)]) {
    let spans = &mut out[start..];
    // (the span that is exactly the name `(i, j)`, if any)
    let whole = |spans: &[Span], (i, j): (usize, usize)| {
        let x = ending_after(spans, i);
        spans.get(x).filter(|s| s.first as usize == i && s.last as usize == j).map(|_| x)
    };
    let placed = places.iter().filter(|&&p| whole(spans, p).is_some_and(|x| spans[x].ty == EntityType::Loc)).count();
    if placed < 2 {
        return;
    }
    for &p in places {
        if let Some(x) = whole(spans, p) {
            if spans[x].ty == EntityType::Org && spans[x].unlisted() {
                spans[x].ty = EntityType::Loc;
            }
        }
    }
}

/// The names of a fixtures list's line `[a, b)`, which is only two names around "v" or "vs"
/// ("Kosa Lenda v Port Maren"), or none. (Session 15: a list of such lines with no score in it,
/// whose second names are two words, was read by the rules as headlines, names only where a list
/// held them.)
fn fixture_line(doc: &Doc<'_>, a: usize, b: usize, names: &mut Vec<(usize, usize)>) -> bool {
    let Some(k) = (a + 1..b).find(|&k| matches!(doc.word(k), "v" | "vs" | "vs.")) else { return false };
    let pair = name(doc, a, k) && name(doc, k + 1, b);
    if pair {
        names.push((a, k));
        names.push((k + 1, b));
    }
    pair
}

/// Retypes and joins the spans `out[start..]` (in token order, not overlapping): see the module's
/// doc.
pub(crate) fn results_tables(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    // (cheap first test: a text with no number in it holds no table, but a list of fixtures)
    let versus = doc.key_number("v").is_some() || doc.key_number("vs").is_some();
    if n == 0 || !(versus || tokens.iter().any(|t| t.kind == TokenKind::Number)) {
        return;
    }
    let mut names = Vec::new();
    let mut lines = 0;
    // (the names of lines that are only a name and three figures, a weather or polling table's)
    let mut places = Vec::new();
    let mut a = 0;
    while a < n {
        let b = (a + 1..n).find(|&k| tokens[k].has(LINE_BEFORE) || tokens[k].has(PARA_BEFORE)).unwrap_or(n);
        if b - a <= 24 && (line_names(doc, a, b, &mut names) || (versus && fixture_line(doc, a, b, &mut names))) {
            lines += 1;
        } else if b - a <= 12 {
            place_line(doc, a, b, &mut places);
        }
        a = b;
    }
    if places.len() >= 2 {
        table_places(out, start, &places);
    }
    if lines < 2 {
        return;
    }
    // "Kalobo v Marsa", in a text with a table.
    for k in 1..n.saturating_sub(1) {
        if !matches!(doc.word(k), "v" | "vs" | "vs.") {
            continue;
        }
        let lo = (k.saturating_sub(5)..k).find(|&i| name(doc, i, k) && (i == 0 || !tokens[i - 1].has(CAP) || tokens[i].has(LINE_BEFORE)));
        let hi = (k + 2..(k + 6).min(n) + 1).rev().find(|&j| name(doc, k + 1, j) && (j == n || !tokens[j].has(CAP) || tokens[j].has(LINE_BEFORE)));
        if let (Some(i), Some(j)) = (lo, hi) {
            names.push((i, k));
            names.push((k + 1, j));
        }
    }
    names.sort_unstable();
    names.dedup();
    let lex = Lexicon::get();
    let crosses = |s: &Span| (s.first + 1..s.last).any(|k| tokens[k as usize].has(LINE_BEFORE));
    let mut news: Vec<Span> = Vec::new();
    let spans = &out[start..];
    for &(i, j) in &names {
        let (i32, j32) = (i as u32, j as u32);
        // (the spans are in token order and do not overlap: the first that ends after `i` on)
        let from = ending_after(spans, i32 as usize);
        let over: Vec<&Span> = spans[from..].iter().take_while(|s| s.first < j32).collect();
        // (a span reaching outside the name: left as it is, but one across a line's end, which
        // two lines' names replace: "Nantes\nLille" in "Rennes v Nantes\nLille v Monaco")
        if over.iter().any(|s| (s.first < i32 || s.last > j32) && !crosses(s)) {
            continue;
        }
        // A listed country: a national side, its country's, whatever a tagger read.
        let nation = (j == i + 1).then(|| lex.gazetteer.map.get(doc.key(i)).copied()).flatten().filter(|h| (h.entry as usize) < lex.countries && !h.caps_only);
        if let Some(h) = nation {
            let p = lex.place(h);
            if !matches!(over[..], [s] if s.first == i32 && s.last == j32 && s.ty == p.ty) {
                news.push(Span { first: i32, last: j32, ty: p.ty, evidence: Evidence::Gazetteer, canonical: Some(p.canonical) });
            }
            continue;
        }
        if over.iter().any(|s| super::teams::country(s)) {
            continue;
        }
        if matches!(over[..], [s] if s.first == i32 && s.last == j32 && s.ty == EntityType::Org) {
            continue;
        }
        if over.iter().any(|s| s.ty == EntityType::Per) && lex.listed(doc.key(i), lists::GIVEN | lists::GIVEN_AMBIGUOUS | lists::TITLE) {
            continue;
        }
        news.push(Span::cue(i, j, EntityType::Org));
    }
    // The spans a new club meets give way (each lies inside it or runs across a line's end).
    join(out, start, &news, Overlap::First);
}
