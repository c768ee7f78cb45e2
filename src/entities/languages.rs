//! A language news names by what the text says of it (issue #5, session 15): in apposition to a
//! noun phrase that ends in "language" ("She spoke in Chichewa, the most widely used language in
//! the country"; "their own language, Yedina"), or in a list before "languages" ("the Wolof,
//! Mandinka and Jola languages"). Neither tagger's lists hold every language; a name no list
//! holds after "in" reads as a place, and one of two capitalised words as a person.

use crate::lexicon::Lexicon;
use crate::text::{Doc, SegmentKind, TokenKind};
use crate::wordset::{words, WordSet};

use super::shared::retype_languages;
use super::{EntityType, Span};

/// Nouns of a language, singular ("… language") and plural ("… languages").
const LANGUAGE: WordSet = words!["language", "dialect", "tongue", "lingua"];
const LANGUAGES: WordSet = words!["languages", "dialects"];

/// The most words read between a name's comma and "language" (", the most widely used language").
const APPOSITION: usize = 6;
/// Words that describe a language between an article and "language" (", the most widely used
/// language", ", the first language of …", ", an official language").
const DESCRIPTION: WordSet = words![
    "most", "more", "widely", "commonly", "used", "spoken", "official", "national", "first", "second", "main", "local",
    "common", "native", "only", "regional", "indigenous", "minority", "dominant", "working", "mother", "trade", "written",
];

/// Retypes as languages (MISC) the spans of one to three words, no gazetteer's, that the text
/// sets beside a language's noun: followed by a comma and lower-case words up to "language"
/// (", the first language of …"), or after "language" and a comma ("their own language, X"), or
/// listed before "languages" ("the X, Y and Z languages"); and each other span of the same words.
pub(crate) fn language_appositions(doc: &Doc<'_>, spans: &mut [Span]) {
    listed_with_languages(doc, spans);
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let key = |k: usize| doc.key(k);
    let lower = |k: usize| k < n && tokens[k].kind == TokenKind::Word && !tokens[k].has(crate::text::segment::CAP);
    let body = |k: usize| doc.seg.sentences[doc.sentence_of(k)].kind == SegmentKind::Body;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (x, s) in spans.iter().enumerate() {
        let (a, b) = (s.first as usize, s.last as usize);
        // "the X, Y and Z languages": from the list's last name before "languages" (a listed
        // language or not), back over names joined by commas and "and" / "or" (each list walked
        // once, from its end).
        if b < n && lower(b) && LANGUAGES.contains(key(b)) && body(a) {
            let mut y = x;
            while y > 0 {
                let (p, e) = (spans[y - 1], spans[y].first as usize);
                if p.last as usize + 1 != e || !matches!(key(e - 1), "," | "and" | "or") || !(plain(&p) || p.ty == EntityType::Misc) {
                    break;
                }
                y -= 1;
                found.push((p.first as usize, p.last as usize));
            }
            if y < x {
                found.push((a, b));
            }
        }
        if !plain(s) {
            continue;
        }
        // "X, the most widely used language" (an article, then the words of a language's
        // description only, up to the noun: not "Smith, who speaks the language")
        let after = b + 2 < n && key(b) == "," && matches!(key(b + 1), "the" | "a" | "an") && {
            let mut m = b + 2;
            // (or a people's word a list holds, capitalised: ", the Moroccan Arabic dialect",
            // acc23)
            while m < n && m - b <= APPOSITION && ((lower(m) && DESCRIPTION.contains(key(m))) || listed_people(doc, m)) {
                m += 1;
            }
            m < n && lower(m) && LANGUAGE.contains(key(m))
        };
        // "their own language, X" (the name ends at a comma, a full stop or a lower-case word)
        let before = a >= 2 && key(a - 1) == "," && lower(a - 2) && LANGUAGE.contains(key(a - 2)) && (b >= n || tokens[b].kind != TokenKind::Word || lower(b));
        if (after || before) && body(a) {
            found.push((a, b));
        }
    }
    if found.is_empty() {
        return;
    }
    // (each other span of the same words too)
    retype_languages(doc, spans, found, &plain);
}

/// Whether token `k` is a capitalised word a list holds as a language, a people or a demonym
/// ("Arabic", "Moroccan").
fn listed_people(doc: &Doc<'_>, k: usize) -> bool {
    let lex = Lexicon::get();
    doc.seg.tokens[k].kind == TokenKind::Word
        && doc.seg.tokens[k].has(crate::text::segment::CAP)
        && lex.gazetteer.map.get(doc.key(k)).is_some_and(|&hit| {
            let p = lex.place(hit);
            p.ty == EntityType::Misc || p.demonym
        })
}

/// A span a language's context may retype: not MISC already, of three words or fewer, from no
/// list and no canonical name.
fn plain(s: &Span) -> bool {
    s.ty != EntityType::Misc && s.last - s.first <= 3 && s.unlisted()
}

/// Verbs of speech a list of languages follows ("spoke Wolof and French").
const SPEAK: WordSet = words!["speak", "speaks", "spoke", "spoken", "speaking"];

/// Nouns of a community a people's word describes ("the Dungan and Uyghur villages"): not of an
/// institution's people ("the Pentagon and American officials").
const COMMUNITY: WordSet = words![
    "villages", "communities", "minorities", "speakers", "peoples", "families", "farmers", "herders", "fishermen",
    "settlements", "neighbourhoods", "neighborhoods", "clans", "tribes", "populations", "languages", "dialects",
];

/// Retypes as languages (MISC) the names no list holds in a list after "in" or a verb of speech
/// that also names a listed language or a demonym, the list ending the phrase ("handed out leaflets
/// in Wolof, French and English", "chanted in Afrikaans and Tswana", "spoke Baoulé and French"; not
/// "in Tamvia and European capitals"), and each other span of the same words; a listed language
/// a tagger read in a longer name of another type too ("Chadian Arabic" as a place). A name no list holds
/// after "in" reads as a place, and one of two capitalised words as a person.
fn listed_with_languages(doc: &Doc<'_>, spans: &mut [Span]) {
    let lex = Lexicon::get();
    let tokens = &doc.seg.tokens;
    let n = tokens.len();
    let key = |k: usize| doc.key(k);
    // (a word a list holds as a language, a people or a demonym: "English", "French", "Arabic")
    let language = |s: &Span| {
        lex.gazetteer.map.get(key(s.last as usize - 1)).is_some_and(|&hit| {
            let p = lex.place(hit);
            p.ty == EntityType::Misc || p.demonym
        })
    };
    // Tokens [a, b) join two names of a list: ",", "and", "or", ", and".
    let joins = |a: usize, b: usize| match b - a {
        1 => matches!(key(a), "," | "and" | "or"),
        2 => key(a) == "," && matches!(key(a + 1), "and" | "or"),
        _ => false,
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut x = 0;
    while x < spans.len() {
        let a = spans[x].first as usize;
        let before = if a > 0 { key(a - 1) } else { "" };
        let opens = (before == "in" || SPEAK.contains(before)) && doc.seg.sentences[doc.sentence_of(a)].kind == SegmentKind::Body;
        let mut y = x;
        while opens && y + 1 < spans.len() && (spans[y].last as usize) < spans[y + 1].first as usize && joins(spans[y].last as usize, spans[y + 1].first as usize) {
            y += 1;
        }
        // "the Dungan and Uyghur villages": one word no list holds, joined to a people's word a
        // list holds before a community's noun, is a people's word too (acc23)
        if !opens && before == "the" && x + 1 < spans.len() {
            let (s, t) = (spans[x], spans[x + 1]);
            let (e, f, g) = (s.last as usize, t.first as usize, t.last as usize);
            if s.last - s.first == 1 && t.last - t.first == 1 && f == e + 1 && matches!(key(e), "and" | "or") && g < n && COMMUNITY.contains(key(g)) && plain(&s) && language(&t) && doc.seg.sentences[doc.sentence_of(a)].kind == SegmentKind::Body {
                found.push((a, e));
            }
        }
        let end = spans[y].last as usize;
        // (a list that ended over "and" or "or" ends before another "and": "in Swahili, Lingala
        // and Kirundi and trusted none", acc23)
        let last_join = y > x && matches!(key(spans[y].first as usize - 1), "and" | "or");
        let closed = end >= n || tokens[end].kind != TokenKind::Word || tokens[end].has(crate::text::segment::CAP) || (last_join && key(end) == "and");
        if y > x && closed && spans[x..=y].iter().any(language) {
            found.extend(spans[x..=y].iter().filter(|s| plain(s)).map(|s| (s.first as usize, s.last as usize)));
        }
        x = y + 1;
    }
    if !found.is_empty() {
        retype_languages(doc, spans, found, &plain);
    }
}
