//! Rules both taggers read alike, each on its own representation (the rule tagger on its spans,
//! the model's decoding on its tags): the rule here finds where, a tagger's view says what it
//! knows of a word, and each tagger applies the result its own way.

use crate::lexicon::Lexicon;
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, SegmentKind, Sentence, TokenKind};
use crate::wordset::{words, WordSet};

use super::{EntityType, Evidence, Span};

/// Whether token `i` of `doc` is a capitalised word.
pub(crate) fn capword(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word && t.has(CAP)
}

/// Whether token `i` of `doc` is a word in lower case (read from the token alone, not its key's
/// bits): the lower-case word of a cue, a link or an apposition. (connectors.rs, context.rs and
/// roles.rs each had their own until review21.)
pub(crate) fn lower_word(doc: &Doc<'_>, i: usize) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word && !t.has(CAP)
}

/// Whether `key` is a noun of what someone does, by its ending: "economist", "hydrologist",
/// "analyst", "technician", "photographer". Read by a person's name opening a sentence after
/// its trade (`kinds`) and the appositions that say who someone is (`roles`); each had its own
/// copy until review21.
pub(crate) fn occupation(key: &str) -> bool {
    key.len() >= 6 && ["ist", "yst", "ician", "grapher"].iter().any(|end| key.ends_with(end))
}

/// What [`name_word`] turns down besides a word not capitalised: a word in capitals ("KALOBO",
/// an acronym's or a headline's).
/// Whether a key ends as a plain English plural: in "s", not "ss", "us", "is" nor a possessive
/// ("trades", not "press", "bus", "crisis", "Kenya's"). Callers set their own least length.
pub(crate) fn plural_ending(key: &str) -> bool {
    key.ends_with('s') && !["ss", "us", "is", "'s", "\u{2019}s"].iter().any(|e| key.ends_with(e))
}

pub(crate) const NOT_CAPS: u8 = 1;
/// … a stopword ("The").
pub(crate) const NOT_STOP: u8 = 2;
/// … a day or a month ([`calendar`]).
pub(crate) const NOT_CALENDAR: u8 = 4;

/// Whether token `i` of `doc` is a capitalised word ([`capword`]) that a name may hold, as the
/// passes after either tagger read one: none of what `not` turns down ([`NOT_CAPS`],
/// [`NOT_STOP`], [`NOT_CALENDAR`]).
pub(crate) fn name_word(doc: &Doc<'_>, i: usize, not: u8) -> bool {
    let t = doc.seg.tokens[i];
    t.kind == TokenKind::Word
        && t.has(CAP)
        && !(not & NOT_CAPS != 0 && t.has(ALL_CAPS))
        && !(not & NOT_STOP != 0 && Lexicon::get().stopwords.contains(doc.key(i)))
        && !(not & NOT_CALENDAR != 0 && calendar(doc.key(i)))
}

/// The token ranges (first, one past the last) of the document's body sentences: the rules that
/// read capitals as names read prose only (a title-case headline capitalises everything, a
/// dateline is read on its own).
pub(crate) fn prose<'d>(doc: &'d Doc<'_>) -> impl Iterator<Item = (usize, usize)> + 'd {
    doc.seg.sentences.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| (s.first as usize, s.last as usize))
}

/// Tokens `[i, j)` as the word lists key a phrase (their keys joined by spaces), written into
/// `key`: the gazetteer's lookup of a span's words.
pub(crate) fn phrase_key<'k>(doc: &Doc<'_>, i: usize, j: usize, key: &'k mut String) -> &'k str {
    key.clear();
    for k in i..j {
        if k > i {
            key.push(' ');
        }
        key.push_str(doc.key(k));
    }
    key
}

/// The lower-case words that link the parts of a name, in English, Spanish and French: "Bank of
/// England", "Center for Strategic Studies", "Banco de la Nación", "Banco del Estado", "Ministère
/// des Finances", "Tour du Faso". The one list each pass that reads such links adds its own words
/// to (`words![..NAME_LINKS, …]`): the joins of institutions' names (`connectors`), the model's
/// capitalised runs (`model::CONNECTORS`), the words an acronym spells no letter of
/// ([`ACRONYM_SKIPS`]).
pub(crate) const NAME_LINKS: &[&str] = &["of", "for", "de", "del", "du", "des"];

/// Words inside a name that its acronym spells no letter of: a name's links ([`NAME_LINKS`]) and
/// the function words between its parts, "Organization for Security and Co-operation in Europe"
/// (OSCE), "Regional Assistance Mission to Solomon Islands", "Research & Development". Read by
/// the runs an acronym joins (`context`, lower-case words there) and by alias merging's match of
/// an acronym to its name (`alias`). Not `model::CONNECTORS` (names' links the model's features
/// read) nor `particles::is_particle` (between a given name and a surname). (Each pass had a list
/// of its own until session 18, alias merging's without "del", "la", "des" and "du", the runs'
/// without "&": one list left every fixture's output and 1 MB of news as they were.)
pub(crate) const ACRONYM_SKIPS: WordSet = words![..NAME_LINKS, "and", "in", "to", "on", "the", "la", "&"];

/// Reporting verbs: a name before one is its subject ("Mutua said"; "Nanjing warned" opens with a name),
/// read by the rule tagger's typing and the context pass after either tagger.
pub(crate) const SPEECH: WordSet = words![
    "said", "says", "told", "added", "argued", "noted", "warned", "explained", "insisted", "wrote", "asked",
    "stressed", "urged", "acknowledged", "announced", "replied", "recalled", "conceded", "declined", "insists",
];

/// Punctuation that opens a quote, a parenthesis or a clause: a capital after it says nothing,
/// as at a sentence's start.
const OPENERS: WordSet = words![":", "\u{201C}", "\"", "(", "\u{2018}", "'", "\u{2014}", "\u{2013}", "-"];

/// Whether the token before word `i` opens a quote, a parenthesis or a clause ([`OPENERS`]; a word
/// or number before is none). The model's features read it, and both taggers' [`AndView::opens`].
/// (The rule tagger's own spans read a list without the hyphen, `Ctx::initial`: the model was
/// trained on those spans, and CoNLL-2003 writes its sports headings "SOCCER - JAPAN GET …".)
pub(crate) fn opener(doc: &Doc<'_>, i: usize) -> bool {
    let tokens = &doc.seg.tokens;
    i > 0 && !matches!(tokens[i - 1].kind, TokenKind::Word | TokenKind::Number) && OPENERS.contains(doc.word(i - 1))
}

/// The parenthesis of a dateline that names who sent the story ("HARARE, Zimbabwe, May 12
/// (Savanna Wire) —"), as the tokens of its opening and closing brackets: the dateline `s`
/// opens with a capitalised word in capitals, and the parenthesis holds only capitalised words
/// and no day or month ("GENEVA (Friday) —" has none). Whatever the capitals before it say:
/// "FRIDAY (Steppe Wire) —" names its sender too (the rules once asked for a place there, the
/// model did not; now both read it alike).
pub(crate) fn dateline_sender(doc: &Doc<'_>, s: &Sentence) -> Option<(usize, usize)> {
    let (first, end) = (s.first as usize, s.last as usize);
    if s.kind != SegmentKind::Dateline {
        return None;
    }
    let open = (first + 1..end).find(|&k| doc.word(k) == "(")?;
    let close = (open + 1..end).find(|&k| doc.word(k) == ")")?;
    let name = |k: usize| capword(doc, k) && !calendar(doc.key(k));
    (doc.seg.tokens[first].has(ALL_CAPS) && capword(doc, first) && close > open + 1 && (open + 1..close).all(name)).then_some((open, close))
}

/// Days of the week: no name's word.
const DAYS: WordSet = words!["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Months, written out: no name's word, and a dateline's date (see [`dateline_month`]).
const MONTHS: WordSet = words!["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Whether `key` is a day or a month: no name's word (the model's decoding reads them too: "the
/// Council on Monday" ends before "Monday").
pub(crate) fn calendar(key: &str) -> bool {
    DAYS.contains(key) || MONTHS.contains(key)
}

/// Months as a dateline's date may abbreviate them ("Nov. 2", "Sept 14").
const MONTH_ABBREVIATIONS: WordSet = words!["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Whether token `k` of a dateline is its date's month: a month, written out or abbreviated, before
/// a number ("HARARE, Zimbabwe, Nov. 2 —") or after one ("ALOTENANGO, Guatemala, 5 Jun —",
/// session 20). Both taggers drop it from a dateline's names.
pub(crate) fn dateline_month(doc: &Doc<'_>, k: usize) -> bool {
    let tokens = &doc.seg.tokens;
    let mut next = k + 1;
    if next < tokens.len() && doc.word(next) == "." {
        next += 1;
    }
    let number = |t: Option<&crate::text::segment::Token>| t.is_some_and(|t| t.kind == TokenKind::Number);
    if tokens[k].kind != TokenKind::Word || !(number(tokens.get(next)) || number(k.checked_sub(1).and_then(|p| tokens.get(p)))) {
        return false;
    }
    let key = doc.key(k);
    let month = key.strip_suffix('.').unwrap_or(key);
    MONTH_ABBREVIATIONS.contains(month) || MONTHS.contains(month)
}

/// Words that end an agreement's name: "the Kumasi Accord", "the Paris Agreement", "the Warsaw
/// Pact", "the Geneva Conventions".
pub(crate) const AGREEMENTS: WordSet = words![
    "accord", "accords", "agreement", "agreements", "treaty", "protocol", "convention", "conventions", "pact", "charter",
    "declaration", "compact", "covenant", "memorandum", "statute",
];

/// Calls `each(first, head)` for every agreement the document names outside headlines: capitalised
/// words in a row, none a stopword nor after a possessive, ending in a capitalised agreement word
/// ([`AGREEMENTS`]) that no capitalised word follows, nor "of", "on" and the like before one ("the
/// Mandera Protocol", but not "the North Atlantic Treaty Organization"). Each tagger makes it one MISC name, as CoNLL-2003 types
/// treaties, unless its own name goes on past the agreement word ("General Agreement on Tariffs").
pub(crate) fn agreements(doc: &Doc<'_>, mut each: impl FnMut(usize, usize)) {
    let tokens = &doc.seg.tokens;
    let lex = Lexicon::get();
    let cap = |k: usize| tokens[k].kind == TokenKind::Word && tokens[k].has(CAP);
    for (first, end) in prose(doc) {
        for h in first + 1..end {
            // The last of two or more capitalised words (the commonest tests first).
            if !cap(h) || !cap(h - 1) || (h + 1 < end && cap(h + 1)) || !AGREEMENTS.contains(doc.key(h)) {
                continue;
            }
            // A name that goes on ("the Treaty of Rome", "the General Agreement on Tariffs and
            // Trade") is the tagger's to read.
            if h + 2 < end && words!["of", "on", "for", "between", "against"].contains(doc.key(h + 1)) && cap(h + 2) && !calendar(doc.key(h + 2)) {
                continue;
            }
            let mut k = h;
            while k > first && cap(k - 1) && !tokens[k - 1].has(POSSESSIVE) && !lex.stopwords.contains(doc.key(k - 1)) {
                k -= 1;
            }
            if k == first && agreement_opener(lex, doc.key(k)) {
                k += 1;
            }
            if k < h {
                each(k, h);
            }
        }
    }
}

/// An ordinary word or a verb's -ing form is capitalised only as a sentence's first, and is then no
/// part of an agreement's name ("Implementing Mandera Protocol rules …"), unless a list names it
/// ("Beijing").
pub(crate) fn agreement_opener(lex: &Lexicon, key: &str) -> bool {
    lex.common.contains(key) || (key.ends_with("ing") && !lex.gazetteer.map.contains_key(key))
}

/// What a tagger knows of the words of "X and Y's" (see [`and_pairs`]).
pub(crate) trait AndView {
    /// Word `k` may be a word of a company's name or a person's of one word: a capitalised word,
    /// no stopword, title's first word, day or month, nor (as the tagger reads it) a gazetteer
    /// entry.
    fn word(&self, k: usize) -> bool;
    /// The token before word `x` opens a quote, a parenthesis or a clause, as the tagger reads
    /// openers (its sentence's first word opens one anyway).
    fn opens(&self, x: usize) -> bool;
    /// Word `k` is no word of a longer name, as the tagger read it.
    fn single(&self, k: usize) -> bool;
    /// Word `x` is a given name, or the tagger read it as a person's name.
    fn person(&self, x: usize) -> bool;
    /// Word `x`, opening its sentence, is an ordinary word whose capital says nothing.
    fn ordinary(&self, x: usize) -> bool;
    /// What token `i`, which holds a word of a pair, names as the tagger read the text: a
    /// person or a place, or `None`; `joined` when it stands joined by "and" to the other word
    /// of a pair.
    fn named(&self, i: usize, joined: bool) -> Option<EntityType>;
    /// The words either side of the "and" at `k`, each a word of a pair that stands, may be
    /// joined into one name.
    fn joins(&self, k: usize) -> bool;
}

/// How [`and_pairs`] reads the words either side of an "and".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AndPair {
    /// One company's name, the "and" inside it.
    Company,
    /// Two people.
    People,
}

/// Nouns a company has and a person rarely does: after "X and Y's", they make a company of a
/// pair whose first word only opens the sentence ("Marks and Spencer's stores", but "Critics and
/// Smith's supporters").
const COMPANY_NOUNS: WordSet = words![
    "shares", "stock", "profits", "profit", "sales", "revenue", "revenues", "earnings", "stores", "shops", "outlets",
    "brand", "brands", "products", "factories", "factory", "plants", "shareholders", "customers", "subsidiary", "takeover",
    "merger", "headquarters", "chief", "boss", "chairman", "board",
];

/// Two capitalised words joined by "and", the second with a possessive, are in prose often one
/// company's name, written without its ampersand: "Procter and Gamble's profits", "Marks and
/// Spencer's stores"; and so is every join of the same two words in the prose ("Marks and
/// Spencer said"). Not where either word is known as a name of its own ([`AndView`]): a
/// gazetteer entry ("Kenya and Uganda's"), a given name first ("Ben and Jerry's"; second, it is
/// as often a surname: "Spencer"), a word the document names a person or a place with elsewhere
/// ("President William Ruto … Ruto and Odinga's rivalry"); nor where the first is an ordinary
/// word whose capital only opens the sentence ("Critics and Smith's supporters") unless a
/// company's noun follows the possessive ([`COMPANY_NOUNS`]), or follows another capitalised
/// word (a name's last word, not a company's first).
///
/// Where the first word is a given name or read as a person's, or the document names either word
/// a person elsewhere, and names neither a place, the two are people: "Mwangi and Otieno's
/// company", "Wekesa and Barasa's plan" after "Amina Wekesa" (a name coordinated with a person's,
/// owning what follows, is a person's, not the place a model may read in "Shares in Otieno").
///
/// Returns the tokens of the "and"s of each such pair, in order, with how to read them. (A
/// possessive written apart, as in CoNLL-2003's "Gamble 's", is not read here.)
#[cfg_attr(textlens_size, optimize(size))]
pub(crate) fn and_pairs(doc: &Doc<'_>, view: &dyn AndView) -> Vec<(usize, AndPair)> {
    let tokens = &doc.seg.tokens;
    let Some(and) = doc.key_number("and") else { return Vec::new() };
    let ids = doc.key_ids(0..tokens.len());
    // A lower-case company's noun within the two words after the possessive at `y`.
    let company_noun = |y: usize, end: usize| (y + 1..end.min(y + 3)).take_while(|&k| tokens[k].kind == TokenKind::Word && !tokens[k].has(CAP)).any(|k| COMPANY_NOUNS.contains(doc.key(k)));
    // The "and"s of the pairs, and whether the first word is a person's there.
    let mut pairs = Vec::new();
    for (first, end) in prose(doc) {
        let mut from = first + 1;
        while from + 1 < end {
            let Some(k) = doc.find_key(from..end - 1, and) else { break };
            let (x, y) = (k - 1, k + 1);
            from = y;
            if tokens[k].has(CAP) || !tokens[y].has(POSSESSIVE) || tokens[x].has(POSSESSIVE) || !view.word(x) || !view.word(y) {
                continue;
            }
            let initial = x == first || view.opens(x);
            if (!initial && capword(doc, x - 1) && !tokens[x - 1].has(POSSESSIVE)) || !view.single(x) || !view.single(y) {
                continue;
            }
            let person = view.person(x);
            if !person && initial && view.ordinary(x) && !company_noun(y, end) {
                continue;
            }
            pairs.push((k, person));
        }
    }
    if pairs.is_empty() {
        return Vec::new();
    }
    // Per key number: 1 for a pair's first word, 2 for a second; 4 for one the document names a
    // person with, 32 a place (see `AndView::named`), 8 and 16 for the words of the companies
    // that stand. (No hash set of the pairs: one made the .wasm several KB larger.)
    let (left, right, per, loc) = (1u8, 2u8, 4u8, 32u8);
    let mut mark = vec![0u8; doc.key_count()];
    let key = |k: usize| ids.get(k) as usize;
    for &(k, _) in &pairs {
        mark[key(k - 1)] |= left;
        mark[key(k + 1)] |= right;
    }
    let pair = |mark: &[u8], a: u32, b: u32| mark[a as usize] & left != 0 && mark[b as usize] & right != 0;
    let joined = |i: usize| (i + 2 < ids.len() && ids.get(i + 1) == and && pair(&mark, ids.get(i), ids.get(i + 2))) || (i >= 2 && ids.get(i - 1) == and && pair(&mark, ids.get(i - 2), ids.get(i)));
    let mut seen = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if mark[id as usize] != 0 {
            match view.named(i, joined(i)) {
                Some(EntityType::Per) => seen.push((id, per)),
                Some(_) => seen.push((id, loc)),
                None => {}
            }
        }
    }
    for (id, bit) in seen {
        mark[id as usize] |= bit;
    }
    let mut people = Vec::new();
    for &(k, person) in &pairs {
        let known = (mark[key(k - 1)] | mark[key(k + 1)]) & (per | loc);
        if !person && known == 0 {
            mark[key(k - 1)] |= 8;
            mark[key(k + 1)] |= 16;
        } else if (person || known & per != 0) && known & loc == 0 {
            people.push(k);
        }
    }
    // Each company stands wherever the prose joins its words, with a possessive or without;
    // a pair of people only where it was found, and not where a company's words are joined.
    let mut out = Vec::new();
    let mut people = people.into_iter().peekable();
    for (first, end) in prose(doc) {
        for k in first + 1..end.saturating_sub(1) {
            let company = ids.get(k) == and && mark[key(k - 1)] & 8 != 0 && mark[key(k + 1)] & 16 != 0 && view.joins(k);
            if company {
                out.push((k, AndPair::Company));
            }
            if people.next_if(|&p| p == k).is_some() && !company {
                out.push((k, AndPair::People));
            }
        }
    }
    out
}

/// What [`join`] does with a join that meets the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Overlap {
    /// Widens that one (joins in token order of their starts), and each join covers the spans
    /// it meets whole: "Larbi & Whitcombe" and "Whitcombe & Osei" are one name.
    Widen,
    /// Drops it (joins in token order of their ends; of two that overlap, the first), and a
    /// join covers its own tokens only, the spans it meets dropped.
    First,
}

/// Splits spans of `out[start..]` in two around a token ("and"): `splits` holds, in order, each
/// span's index in `out` and the token, which neither half keeps. The halves keep the span's type
/// and, unless `evidence` gives another, its evidence. The spans are rebuilt in one pass, not
/// shifted by one insertion a split (org_pairs, `context::travel_and`).
pub(crate) fn split_spans(out: &mut Vec<Span>, start: usize, splits: &[(usize, usize)], evidence: Option<Evidence>) {
    if splits.is_empty() {
        return;
    }
    let old = out.split_off(start);
    let mut splits = splits.iter().peekable();
    for (x, s) in old.into_iter().enumerate() {
        let Some(&(_, k)) = splits.next_if(|&&(y, _)| y == start + x) else {
            out.push(s);
            continue;
        };
        let evidence = evidence.unwrap_or(s.evidence);
        out.push(Span { last: k as u32, evidence, ..s });
        out.push(Span { first: k as u32 + 1, evidence, ..s });
    }
}

/// Each join is one span (its tokens, type, evidence and canonical name as given), in place of
/// the spans `out[start..]` (in token order, not overlapping) it meets; of joins that overlap, as
/// `overlap` says, so that no two spans overlap. The one span join of the passes after either
/// tagger: what gives way to what a join meets is each pass's own test before it.
pub(crate) fn join(out: &mut Vec<Span>, start: usize, joins: &[Span], overlap: Overlap) {
    if joins.is_empty() {
        return;
    }
    let widen = overlap == Overlap::Widen;
    let old = out.split_off(start);
    let mut at = 0;
    for &join in joins {
        let (a, mut b) = (join.first, join.last);
        // (the last span pushed is the join before, if it meets this one: the spans pushed
        // before it end at or before its start)
        let meets = out.len() > start && out[out.len() - 1].last > a;
        if meets && !widen {
            continue;
        }
        while at < old.len() && old[at].last <= a {
            out.push(old[at]);
            at += 1;
        }
        let a = if widen { a.min(old.get(at).map_or(a, |s| s.first)) } else { a };
        while at < old.len() && old[at].first < b {
            if widen {
                b = b.max(old[at].last);
            }
            at += 1;
        }
        if let Some(prev) = out.last_mut().filter(|_| meets) {
            prev.last = prev.last.max(b);
            continue;
        }
        out.push(Span { first: a, last: b, ..join });
    }
    out.extend_from_slice(&old[at..]);
}

/// The index of the first span of `spans` (in order, none overlapping) that ends past token `k`:
/// `spans.partition_point(|s| s.last as usize <= k)`, out of line (inlined, each pass had its own
/// copy of the binary search; README, "Size", session 20).
#[inline(never)]
pub(crate) fn ending_after(spans: &[Span], k: usize) -> usize {
    spans.partition_point(|s| (s.last as usize) <= k)
}

/// Sorts key numbers and drops the repeats, for binary searches: one copy of both loops for every
/// pass (inlined, each had its own; README, "Size", session 20).
#[inline(never)]
pub(crate) fn sort_ids(ids: &mut Vec<u32>) {
    ids.sort_unstable();
    ids.dedup();
}

/// The key numbers of the words of every span of `spans` that `keep` holds, sorted (for binary
/// searches): one loop, not an iterator chain instantiated for each caller (`town_pairs`'
/// persons, the appositions' people).
pub(crate) fn span_key_ids(doc: &Doc<'_>, spans: &[Span], keep: &dyn Fn(&Span) -> bool) -> Vec<u32> {
    let mut ids = Vec::new();
    for s in spans {
        if keep(s) {
            for k in s.first..s.last {
                ids.push(doc.key_id_outlined(k as usize));
            }
        }
    }
    ids.sort_unstable();
    ids
}

/// Retypes as languages (MISC, by cue) the spans `plain` holds whose words are those of one of the
/// names `found` (token ranges of one to three words): the languages' passes of context.rs and
/// languages.rs. The names as their words' key numbers (length, then up to three), sorted: each
/// span is looked up, not compared with every name found (thousands of "speak X", each X
/// another, was quadratic).
pub(crate) fn retype_languages(doc: &Doc<'_>, spans: &mut [Span], found: Vec<(usize, usize)>, plain: &dyn Fn(&Span) -> bool) {
    retype_found(doc, spans, found, plain, EntityType::Misc);
}

/// [`retype_languages`] to any type `ty`: the spans `plain` holds whose words are those of one of
/// the names `found` take it, by cue (sites.rs: "Camisea" after "the Camisea field").
pub(crate) fn retype_found(doc: &Doc<'_>, spans: &mut [Span], found: Vec<(usize, usize)>, plain: &dyn Fn(&Span) -> bool, ty: EntityType) {
    let words = |a: usize, b: usize| -> [u32; 4] { std::array::from_fn(|d| if d == 0 { (b - a) as u32 } else if d <= b - a { doc.key_id_outlined(a + d - 1) } else { 0 }) };
    let mut found: Vec<[u32; 4]> = found.into_iter().map(|(a, b)| words(a, b)).collect();
    crate::sort::sort_by(&mut found, |a, b| a.cmp(b));
    for s in spans.iter_mut() {
        if plain(s) && found.binary_search(&words(s.first as usize, s.last as usize)).is_ok() {
            s.ty = ty;
            s.evidence = Evidence::Cue;
        }
    }
}
