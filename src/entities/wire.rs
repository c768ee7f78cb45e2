//! Conventions of wire copy's results tables, read after either tagger (issue #5, session 15):
//! a club's name with a letter or two in brackets after it, in a line of results or standings,
//! is one name ("Mladost (L) 2", "Radnicki (N) 3 1 0 2 5 6 3"): the letters tell apart clubs of
//! one name by their towns, as league tables write them. And a line that is only a place in
//! capitals, perhaps its country, and a date ("THE HAGUE 1996-08-30", "LA CORUNA, Spain
//! 1996-08-31") is a wire story's dateline: its capitals are one place.

use crate::lexicon::{lists, Lexicon};
use crate::text::segment::{ALL_CAPS, CAP, LINE_BEFORE};
use crate::text::{Doc, TokenKind};

use super::shared::{ending_after, join, Overlap};
use super::{EntityType, Span};

/// Mends the spans `out[start..]`.
pub(crate) fn wire_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    club_letters(doc, out, start);
    dated_places(doc, out, start);
}

/// Token `k` is a capitalised word.
fn cap(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.seg.tokens[k];
    t.kind == TokenKind::Word && t.has(CAP)
}

/// Tokens `p..p + 3` are "(", one or two capital letters, ")" on the line of the word before
/// them, and a figure, a dash or the line's end follows: a club's town letters in a table's line.
fn letters_at(doc: &Doc<'_>, p: usize) -> bool {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    if p == 0 || p + 2 >= n || doc.word(p) != "(" || doc.word(p + 2) != ")" {
        return false;
    }
    let inner = doc.word(p + 1);
    let letters = tokens[p + 1].kind == TokenKind::Word && (1..=2).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase());
    let one_line = (p..p + 3).all(|k| !tokens[k].has(LINE_BEFORE));
    let after = p + 3 == n || tokens[p + 3].has(LINE_BEFORE) || tokens[p + 3].kind == TokenKind::Number || doc.word(p + 3) == "-";
    letters && one_line && after && cap(doc, p - 1)
}

/// A name of at most three capitalised words right before a club's town letters ([`letters_at`])
/// takes them into its span, as one organisation, in place of what a tagger read there
/// ("Mladost" and a lone "L"); a name no tagger found becomes one. The name runs back over
/// capitalised words on the same line and no further than the span that ends at it. Not a
/// person's full name ("Ana Ruiz (D) 52", a vote's party letter).
fn club_letters(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    // Each club's name and letters.
    let mut clubs: Vec<Span> = Vec::new();
    let mut x = start;
    // (the bracket's key number: no text compared for each token)
    let Some(open) = doc.key_number("(") else { return };
    for p in (1..tokens.len()).filter(|&p| doc.key_id(p) == open) {
        if !letters_at(doc, p) {
            continue;
        }
        while x < out.len() && (out[x].last as usize) <= p {
            x += 1;
        }
        // The span that ends at the "(" (the tagger's name), if any.
        let before = (x > start && out[x - 1].last as usize == p).then(|| out[x - 1].first as usize);
        let first = before.unwrap_or_else(|| {
            let mut a = p - 1;
            while a > 0 && p - a < 3 && cap(doc, a - 1) && !tokens[a].has(LINE_BEFORE) && (x == start || (out[x - 1].last as usize) < a) {
                a -= 1;
            }
            a
        });
        // (not over another span; not a person's full name: "Ana Ruiz (D) 52" is a vote's)
        let person = (before.is_some() && out[x - 1].ty == EntityType::Per && out[x - 1].last - out[x - 1].first >= 2)
            || (p - first >= 2 && lex.listed(doc.key(first), lists::GIVEN));
        if (x > start && before.is_none() && out[x - 1].last as usize > first) || (x < out.len() && before.is_none() && (out[x].first as usize) < p) || person {
            continue;
        }
        clubs.push(Span::cue(first, p + 3, EntityType::Org));
    }
    // (the tagger's spans over the name and the letters give way)
    join(out, start, &clubs, Overlap::First);
}

/// Whether `s` is a date written as figures: "1996-08-30", "30.08.1996", "2026/11/24".
fn numeric_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())) && parts.iter().any(|p| p.len() == 4)
}

/// A line that is a place in capitals (one to four words: "THE HAGUE", "ST. LOUIS",
/// "URUS-MARTAN"), perhaps a comma and its country or state, and a date in figures, is a
/// dateline: the capitals are one place, in place of the pieces a tagger read ("THE" an
/// organisation, "MONTE CARLO" a company), unless the list names them all as an organisation
/// ("UNITED NATIONS"); and so are the words after the comma ("IRVINE, Calif").
fn dated_places(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let text = doc.text;
    let line_start = |k: usize| k == 0 || tokens[k].has(LINE_BEFORE);
    let spans = &out[start..];
    // A place stands unless it is there already, or the list's organisation over exactly the
    // capitals ("UNITED NATIONS"), or a span it meets runs on past it. (spans are in token order
    // and do not overlap: those that meet [i, j) by a binary search)
    let free = |i: usize, j: usize| {
        let from = ending_after(spans, i);
        let over = &spans[from..];
        let met = over.iter().take_while(|s| (s.first as usize) < j).count();
        let kept = met == 1 && over[0].first as usize == i && over[0].last as usize == j && (over[0].ty == EntityType::Loc || (over[0].ty == EntityType::Org && over[0].canonical.is_some()));
        !kept && over[..met].iter().all(|s| s.last as usize <= j)
    };
    let mut places: Vec<Span> = Vec::new();
    let mut a = 0;
    while a < n {
        let mut b = a + 1;
        while b < n && !line_start(b) {
            b += 1;
        }
        // The line [a, b): capitals, then "," and words, then the date to its end.
        let caps = (a..b).take_while(|&k| tokens[k].has(ALL_CAPS) || (k > a && doc.word(k) == ".")).count();
        let date_at = (a + caps..b).find(|&k| tokens[k].kind == TokenKind::Number);
        if (1..=4).contains(&caps) && tokens[a].has(ALL_CAPS) {
            if let Some(d) = date_at {
                let end = tokens[b - 1].start as usize + doc.word(b - 1).len();
                let middle = a + caps == d || (doc.word(a + caps) == "," && (a + caps + 1..d).all(|k| cap(doc, k) || doc.word(k) == ".") && d - (a + caps) <= 4);
                if middle && numeric_date(&text[tokens[d].start as usize..end]) {
                    // (an abbreviation's stop is no part of the name: "Tex.")
                    let e = (a + caps + 1..d).rev().find(|&k| doc.word(k) != ".").map_or(a + caps + 1, |k| k + 1);
                    for (i, j) in [(a, a + caps), (a + caps + 1, e)] {
                        if i < j && free(i, j) {
                            places.push(Span::cue(i, j, EntityType::Loc));
                        }
                    }
                }
            }
        }
        a = b;
    }
    join(out, start, &places, Overlap::First);
}
