//! The rule-based tagger: capitalised runs and acronyms, split on titles and gazetteer entries,
//! typed by gazetteers and context cues.

use crate::hash::FxMap as HashMap;

use super::particles::run_particle;
use super::shared::{self, agreement_opener, agreements, calendar, dateline_month, AndPair, AndView, Overlap, SPEECH};
use super::{EntityType, Evidence, Span, Tagger};
use crate::lexicon::{lists, Hit, Lexicon};
use crate::text::normalize::{is_all_caps, strip_possessive};
use crate::text::segment::{ALL_CAPS, CAP, POSSESSIVE};
use crate::text::{Doc, KeyIds, SegmentKind, Sentence, TokenKind};
use crate::wordset::{words, WordSet};

/// The rule tagger: no model, only rules and the bundled gazetteers.
///
/// It reads the document twice: prose first, where capital letters mean something; then headlines
/// and sentence-initial words, where only gazetteer entries and names already seen in the prose
/// count.
#[derive(Clone, Copy, Debug, Default)]
pub struct RuleTagger;

const LOC_BEFORE: WordSet = words!["in", "at", "near", "across", "outside", "inside", "throughout", "around", "via"];
const LOC_AFTER: WordSet = words![
    "region", "province", "city", "district", "valley", "river", "county", "border", "capital", "town",
    "village", "area", "island", "coast", "basin", "crossing", "port", "state", "glacier", "mountains",
    "mountain", "lake", "peninsula", "delta", "highlands", "plateau", "desert", "strait", "gulf", "bay", "oblast",
    "governorate", "prefecture", "municipality", "neighbourhood", "neighborhood", "suburb", "airport", "harbour",
];
const ORG_AFTER: WordSet = words!["party", "group", "company", "ministry", "agency", "militia", "movement", "alliance", "bloc", "firm", "consortium"];
/// Words that end a composite title: "Deputy Agriculture Minister", "Trade Commissioner".
const HEAD_TITLES: WordSet = words![
    "minister", "secretary", "director", "commissioner", "governor", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "chief", "chairman", "chairwoman", "president", "adviser", "advisor", "commander",
    "officer", "negotiator", "coordinator", "representative", "administrator", "deputy",
];
/// First words that mark a place name: "El Alto", "San José", "Port Sudan", "Lake Chad".
const PLACE_STARTS: WordSet = words![
    "el", "la", "las", "los", "le", "les", "san", "santa", "são", "saint", "st.", "port", "fort", "mount", "mt.",
    "lake", "cape", "gulf", "upper", "lower", "cordillera", "sierra", "rio", "río", "wadi", "tel", "ras",
];
// What the word lists say about a key, worked out once per distinct key of a document.
const IS_CALENDAR: u8 = 1;
const IS_STOPWORD: u8 = 2;
/// A common English word that is not also a given name, or a given name that is also a word.
const IS_ORDINARY: u8 = 4;
const IS_GIVEN: u8 = 8;
const IS_CUE: u8 = 16;
const STARTS_PLACE: u8 = 32;
const STARTS_TITLE: u8 = 64;
const IS_HEAD_TITLE: u8 = 128;

/// Marks a `classes` entry as worked out (flags fill the low byte).
const KNOWN: u16 = 0x100;

/// The flags of one key, worked out the first time the tagger asks: the word lists' in one lookup
/// ([`Lexicon::word_flags`]), the two short lists here by a scan. (Not inlined: in [`Ctx::class`],
/// which the rules call for most capitalised words, it cost 0.15 % more instructions an article.)
#[inline(never)]
fn key_flags(key: &str, lex: &'static Lexicon) -> u8 {
    let mut c = 0;
    let mut set = |flag: u8, yes: bool| {
        if yes {
            c |= flag;
        }
    };
    let lists = lex.word_flags(key);
    let on = |bits: u16| lists & bits != 0;
    let given = on(lists::GIVEN);
    set(IS_CALENDAR, calendar(key));
    set(IS_STOPWORD, on(lists::STOPWORD));
    set(IS_ORDINARY, (on(lists::COMMON) && !given) || on(lists::GIVEN_AMBIGUOUS));
    set(IS_GIVEN, given);
    set(IS_CUE, on(lists::ORG_CUE | lists::LOC_CUE));
    set(STARTS_PLACE, on(lists::STARTS_ENTRY));
    set(STARTS_TITLE, on(lists::STARTS_TITLE));
    set(IS_HEAD_TITLE, HEAD_TITLES.contains(key));
    c
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'static Lexicon,
    key: String,
    /// Per key number: `IS_…` and `STARTS_…` flags, with `KNOWN` once worked out (most keys,
    /// the lower-case words, are never asked about).
    class: Vec<std::cell::Cell<u16>>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Ctx<'d, 'a> {
        Ctx { doc, lex: Lexicon::get(), key: String::new(), class: vec![std::cell::Cell::new(0); doc.key_count()] }
    }
    fn class(&self, i: usize, flag: u8) -> bool {
        let id = self.doc.key_id(i);
        let cell = &self.class[id as usize];
        let mut c = cell.get();
        if c & KNOWN == 0 {
            c = KNOWN | key_flags(self.doc.key_of(id), self.lex) as u16;
            cell.set(c);
        }
        c & flag as u16 != 0
    }
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }
    fn key(&self, i: usize) -> &str {
        self.doc.key(i)
    }
    fn is_word(&self, i: usize) -> bool {
        self.doc.seg.tokens[i].kind == TokenKind::Word
    }
    fn has(&self, i: usize, flag: u8) -> bool {
        self.doc.seg.tokens[i].has(flag)
    }
    fn cap(&self, i: usize) -> bool {
        self.has(i, CAP) && !self.class(i, IS_CALENDAR)
    }
    fn caps(&self, i: usize) -> bool {
        self.has(i, ALL_CAPS)
    }
    fn possessive(&self, i: usize) -> bool {
        self.has(i, POSSESSIVE)
    }
    /// The first word of a sentence, or the first after an opening quote, bracket or colon (not a
    /// hyphen, which [`shared::opener`] also counts: the model's weights were trained on these spans).
    fn initial(&self, s: &Sentence, i: usize) -> bool {
        let mut k = i;
        while k > s.first as usize {
            k -= 1;
            if self.is_word(k) || self.doc.seg.tokens[k].kind == TokenKind::Number {
                return false;
            }
            if words![":", "\u{201C}", "\"", "(", "\u{2018}", "'", "\u{2014}", "\u{2013}"].contains(self.word(k)) {
                return true;
            }
        }
        true
    }
    /// An ordinary word that is capitalised only because of where it stands (an all-caps word in
    /// prose is an acronym, not an ordinary word).
    fn ordinary(&self, i: usize) -> bool {
        if self.caps(i) {
            return false;
        }
        self.class(i, IS_STOPWORD | IS_ORDINARY)
    }

    /// Longest phrase of `table` starting at token `i` and ending before `limit`, as its length.
    fn longest<T: Copy>(&mut self, table: &crate::lexicon::Phrases<T>, starts: u8, i: usize, limit: usize, ok: impl Fn(&Self, usize, usize, T) -> bool) -> Option<(usize, T)> {
        if i >= limit || !self.is_word(i) || !self.class(i, starts) {
            return None;
        }
        let mut best = None;
        self.key.clear();
        let mut n = 0;
        while n < table.longest && i + n < limit && self.is_word(i + n) {
            if n > 0 {
                self.key.push(' ');
            }
            let k = self.doc.key(i + n);
            self.key.push_str(k);
            n += 1;
            if let Some(&v) = table.map.get(self.key.as_str()) {
                if ok(self, i, n, v) {
                    best = Some((n, v));
                }
            }
            if self.possessive(i + n - 1) || !table.longer.contains(self.key.as_str()) {
                break;
            }
        }
        best
    }

    fn gazetteer(&mut self, i: usize, limit: usize, headline: bool) -> Option<(usize, Hit)> {
        let lex = self.lex;
        self.longest(&lex.gazetteer, STARTS_PLACE, i, limit, |c, i, n, hit: Hit| {
            let last = i + n - 1;
            let first_ok = if hit.caps_only { c.caps(i) } else { c.cap(i) };
            // "Côte d'Ivoire", "Côte d’Ivoire": inner words may be lower case, the last must not
            // (unless caps-only). Keys have their apostrophes straightened.
            let last_ok = n == 1 || c.cap(last) || c.doc.key(last).contains('\'');
            // In a headline, a single all-caps word must be the entry itself ("WHO" in "WHO Says").
            first_ok && last_ok && (!headline || !hit.caps_only || c.caps(i))
        })
    }

    /// A title before a name: one from the list ("Foreign Minister", "Gen."), or a capitalised
    /// portfolio ending in a title word ("Deputy Agriculture Minister"). Needs a name after it.
    fn title(&mut self, i: usize, limit: usize) -> Option<usize> {
        let lex = self.lex;
        let listed = self.longest(&lex.titles, STARTS_TITLE, i, limit, |c, i, _, _| c.cap(i)).map(|(n, _)| n);
        let composite = (i + 1..limit.min(i + 4))
            .take_while(|&m| self.cap(m))
            .filter(|&m| m + 1 < limit && self.cap(m + 1) && self.class(m, IS_HEAD_TITLE))
            .last()
            .filter(|_| self.cap(i) && self.gazetteer(i, limit, false).is_none())
            .map(|m| m + 1 - i);
        listed.max(composite)
    }
}

impl Tagger for RuleTagger {
    fn tag(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        let start = out.len();
        let mut c = Ctx::new(doc);
        self.spans_with(&mut c, out);
        // (the rule tagger's own passes: a build without the `rules` feature runs its spans and
        // the shared passes only)
        #[cfg(feature = "rules")]
        dateline_senders(&c, out, start);
        #[cfg(feature = "rules")]
        and_pairs(&c, out, start);
        #[cfg(feature = "rules")]
        agreement_names(doc, out, start);
        super::after_tagger(doc, out, start);
    }

    fn name(&self) -> &'static str {
        "rules"
    }
}

impl RuleTagger {
    /// The spans before [`dateline_senders`]: what [`super::ModelTagger`] reads of the rules (its
    /// weights were trained on them, and its own decoding reads datelines the same way).
    pub(crate) fn spans(&self, doc: &Doc<'_>, out: &mut Vec<Span>) {
        self.spans_with(&mut Ctx::new(doc), out);
    }

    /// [`RuleTagger::spans`], keeping in `c` the word flags it worked out, for the passes after it.
    fn spans_with(&self, c: &mut Ctx, out: &mut Vec<Span>) {
        let doc = c.doc;
        let start = out.len();
        // A span begins at a capitalised word, and most runs of them hold one name: room for one
        // a run, so a long text's list is not copied as it grows, nor left twice its size. News
        // has about one run in ten tokens; room for at most one in six is reserved (a text can
        // have capitals everywhere and few names), and a list that needs more grows.
        let tokens = &doc.seg.tokens;
        let runs = (0..tokens.len()).filter(|&i| tokens[i].has(CAP) && (i == 0 || !tokens[i - 1].has(CAP))).count();
        out.reserve(runs.min(tokens.len() / 6));
        let mut deferred = Vec::new();
        for s in &doc.seg.sentences {
            if s.kind != SegmentKind::Headline {
                prose(c, s, out, &mut deferred);
            }
        }
        // Names the prose established, by key; a person's surname alone counts too.
        // Keys compared as key numbers: equal numbers, equal keys. The type as its place in
        // `EntityType::ALL`: a map of the key and value types alias merging uses (one copy of its
        // code in the .wasm).
        let mut known: HashMap<KeyIds, usize> = HashMap::default();
        for span in &out[start..] {
            let (first, last) = (span.first as usize, span.last as usize);
            known.entry(doc.key_ids(first..last)).or_insert(span.ty as usize);
            if span.ty == EntityType::Per && last - first >= 2 {
                known.entry(doc.key_ids(last - 1..last)).or_insert(EntityType::Per as usize);
            }
        }
        let deferred_at = out.len();
        for i in deferred {
            if let Some(&ty) = known.get(&doc.key_ids(i..i + 1)) {
                out.push(Span { first: i as u32, last: i as u32 + 1, ty: EntityType::ALL[ty], evidence: Evidence::Cue, canonical: None });
            }
        }
        let headline_at = out.len();
        for s in &doc.seg.sentences {
            if s.kind == SegmentKind::Headline {
                headline(c, s, out, &known);
            }
        }
        in_order(out, [start, deferred_at, headline_at]);
    }
}

/// A dateline's parenthesis after a place in capitals names who sent the story, one organisation
/// ("HARARE, Zimbabwe, May 12 (Savanna Wire) —" is not a place "Savanna Wire";
/// [`shared::dateline_sender`]): its spans from `out[start..]` become one. And the date's month is
/// no place ("Nov. 2": see [`dateline_month`]).
fn dateline_senders(c: &Ctx, out: &mut Vec<Span>, start: usize) {
    let doc = c.doc;
    let mut at = 0;
    out.retain(|span| {
        at += 1;
        let (first, last) = (span.first as usize, span.last as usize);
        at <= start || !(first..last).all(|k| dateline_month(doc, k)) || doc.seg.sentences[doc.sentence_of(first)].kind != SegmentKind::Dateline
    });
    let senders: Vec<Span> = (c.doc.seg.sentences.iter())
        .filter_map(|s| shared::dateline_sender(c.doc, s))
        .map(|(open, close)| Span { first: open as u32 + 1, last: close as u32, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None })
        .collect();
    shared::join(out, start, &senders, Overlap::First);
}

/// The rule tagger's agreements (see [`agreements`]): each one MISC span in place of the spans
/// inside it, unless a span holding its first word began before it or one holding its last word
/// goes on past it. A span that began before it only at the sentence's ordinary first word or
/// verb -ing form, which [`agreements`] leaves out, is no name ("Implementing Mandera Protocol
/// rules …", which the rules read as a person's name: "implementing" is no listed common word).
fn agreement_names(doc: &Doc<'_>, out: &mut Vec<Span>, start: usize) {
    let mut found = Vec::new();
    agreements(doc, |first, head| found.push(Span { first: first as u32, last: head as u32 + 1, ty: EntityType::Misc, evidence: Evidence::Cue, canonical: None }));
    if found.is_empty() {
        return;
    }
    let lex = Lexicon::get();
    // The first tokens of the spans that ran in only from a sentence's opening word.
    let mut openers = Vec::new();
    // Spans are in token order: one walk finds a span running on past each agreement's last word.
    let mut next = start;
    found.retain(|a| {
        while next < out.len() && out[next].last <= a.last - 1 {
            next += 1;
        }
        // Nor when a span runs into it from before ("The Hague" before "Convention"): spans never overlap.
        let before = out[start..].partition_point(|s| s.first < a.first);
        let into = before > 0 && out[start + before - 1].last > a.first;
        let past = next < out.len() && out[next].first < a.last && out[next].last > a.last;
        if into && !past {
            let p = out[start + before - 1];
            let opener = p.first + 1 == a.first && doc.opens_sentence(p.first as usize) && agreement_opener(lex, doc.key(p.first as usize));
            if opener && p.last <= a.last {
                openers.push(p.first);
                return true;
            }
        }
        !into && !past
    });
    if !openers.is_empty() {
        let mut at = 0;
        out.retain(|p| {
            at += 1;
            at <= start || !openers.contains(&p.first)
        });
    }
    shared::join(out, start, &found, Overlap::First);
}

/// Sorts `out[from[0]..]` by first token, stably. The spans come in three lists, from `from[0]`,
/// `from[1]` and `from[2]` (prose, deferred words, headlines), each normally in order already; the
/// last two are short. Then the short ones are merged into a list of their own, and that list
/// with the prose spans from the back, in place: no copy of a long text's spans.
fn in_order(out: &mut [Span], from: [usize; 3]) {
    let [start, deferred, headlines] = from;
    let end = out.len();
    let sorted = |r: std::ops::Range<usize>| out[r].windows(2).all(|w| w[0].first < w[1].first);
    if !(sorted(start..deferred) && sorted(deferred..headlines) && sorted(headlines..end)) {
        crate::sort::sort_by(&mut out[start..], |a, b| a.first.cmp(&b.first));
        return;
    }
    // On equal first tokens the earlier list goes first, as in a stable sort.
    let mut tail = Vec::with_capacity(end - deferred);
    let (mut a, mut b) = (deferred, headlines);
    while a < headlines || b < end {
        if b == end || (a < headlines && out[a].first <= out[b].first) {
            tail.push(out[a]);
            a += 1;
        } else {
            tail.push(out[b]);
            b += 1;
        }
    }
    let (mut i, mut j, mut k) = (deferred, tail.len(), end);
    while j > 0 {
        if i > start && out[i - 1].first > tail[j - 1].first {
            out[k - 1] = out[i - 1];
            i -= 1;
        } else {
            out[k - 1] = tail[j - 1];
            j -= 1;
        }
        k -= 1;
    }
}

fn prose(c: &mut Ctx, s: &Sentence, out: &mut Vec<Span>, deferred: &mut Vec<usize>) {
    let end = s.last as usize;
    let mut i = s.first as usize;
    while i < end {
        if !c.cap(i) {
            i += 1;
            continue;
        }
        // "I", "We" mid-sentence; but "CAN" or "US" in capitals may be acronyms.
        if c.class(i, IS_STOPWORD) && !c.caps(i) && c.gazetteer(i, s.last as usize, false).is_none() && !c.initial(s, i) {
            i += 1;
            continue;
        }
        let j = extend(c, s, i);
        let mut a = i;
        // "Officials said", "The United Nations": not names, however capitalised.
        if c.initial(s, a) && c.ordinary(a) && c.gazetteer(a, j, false).is_none() {
            if !c.class(a, IS_STOPWORD) && j == a + 1 {
                deferred.push(a);
            }
            a += 1;
        }
        if a < j {
            split(c, s, a, j, out);
        }
        i = j;
    }
}

/// "X and Y's" as one company or two people ([`shared::and_pairs`]), read on the spans from
/// `out[start..]`, which then hold each company as one organisation and each pair of people as
/// two persons.
fn and_pairs(c: &Ctx, out: &mut Vec<Span>, start: usize) {
    let pairs = shared::and_pairs(c.doc, &SpanView { c, out, start });
    let span = |first: usize, last: usize, ty: EntityType| Span { first: first as u32, last: last as u32, ty, evidence: Evidence::Cue, canonical: None };
    let mut with = Vec::with_capacity(pairs.len() * 2);
    for (k, pair) in pairs {
        match pair {
            AndPair::Company => with.push(span(k - 1, k + 2, EntityType::Org)),
            AndPair::People => with.extend([span(k - 1, k, EntityType::Per), span(k + 1, k + 2, EntityType::Per)]),
        }
    }
    shared::join(out, start, &with, Overlap::First);
}

/// The rule tagger's spans as [`shared::and_pairs`] reads them: a word of a span of more than
/// one word, or of a gazetteer entry, is neither a company's nor a person's of one word; a first
/// word is a person's where a span of a person holds it alone; at a sentence's start an ordinary
/// word is a common word that is no given name (or one that is also a word); a word is known as
/// a person's or a place's name where a span of those holds it.
struct SpanView<'c, 'd, 'a> {
    c: &'c Ctx<'d, 'a>,
    out: &'c [Span],
    start: usize,
}

impl SpanView<'_, '_, '_> {
    /// The span holding word `k`: `Ok(None)` for none, `Err` for one of more words than it.
    fn span_at(&self, k: usize) -> Result<Option<Span>, Span> {
        match self.holding(k) {
            None => Ok(None),
            Some(p) if p.first as usize == k && p.last as usize == k + 1 => Ok(Some(p)),
            Some(p) => Err(p),
        }
    }
    fn holding(&self, k: usize) -> Option<Span> {
        let spans = &self.out[self.start..];
        let at = spans.partition_point(|p| (p.first as usize) <= k);
        (at > 0).then(|| spans[at - 1]).filter(|p| p.last as usize > k)
    }
}

impl AndView for SpanView<'_, '_, '_> {
    fn word(&self, k: usize) -> bool {
        let c = self.c;
        c.is_word(k) && c.has(k, CAP) && !c.class(k, IS_CALENDAR | IS_STOPWORD | STARTS_TITLE)
    }
    fn opens(&self, x: usize) -> bool {
        shared::opener(self.c.doc, x)
    }
    fn single(&self, k: usize) -> bool {
        self.span_at(k).is_ok_and(|p| !p.is_some_and(|p| p.evidence == Evidence::Gazetteer))
    }
    fn person(&self, x: usize) -> bool {
        self.c.class(x, IS_GIVEN) || self.span_at(x).is_ok_and(|p| p.is_some_and(|p| p.ty == EntityType::Per))
    }
    fn ordinary(&self, x: usize) -> bool {
        self.c.class(x, IS_ORDINARY)
    }
    fn named(&self, i: usize, joined: bool) -> Option<EntityType> {
        self.holding(i).filter(|p| !joined && matches!(p.ty, EntityType::Per | EntityType::Loc)).map(|p| p.ty)
    }
    fn joins(&self, k: usize) -> bool {
        self.word(k - 1) && self.word(k + 1) && self.span_at(k - 1).is_ok() && self.span_at(k + 1).is_ok()
    }
}

/// Longest capitalised run looked at as one name; longer runs (all-caps text, lists of names
/// without commas) are cut, which keeps the work per token bounded.
const MAX_RUN: usize = 12;

/// The end of the capitalised run that starts at `i`.
fn extend(c: &mut Ctx, s: &Sentence, i: usize) -> usize {
    let end = (s.last as usize).min(i + MAX_RUN);
    let mut j = i;
    let mut has_of = false;
    let mut cue = false;
    loop {
        // A gazetteer entry may hold lower-case words ("Bosnia and Herzegovina").
        if let Some((n, _)) = c.gazetteer(j, end, false) {
            j += n;
        } else {
            cue |= c.class(j, IS_CUE);
            j += 1;
        }
        if c.possessive(j - 1) || j >= end {
            return j;
        }
        if c.cap(j) {
            continue;
        }
        if !c.is_word(j) || j + 1 >= end {
            return j;
        }
        let k = c.key(j).to_string();
        let k = k.as_str();
        let next_cap = c.cap(j + 1);
        let next_is_the = k == "of" && c.key(j + 1) == "the" && j + 2 < end && c.cap(j + 2);
        if k == "of" && cue && (next_cap || next_is_the) {
            has_of = true;
            j += if next_is_the { 2 } else { 1 };
        } else if (k == "and" && cue && has_of && next_cap && c.gazetteer(j + 1, end, false).is_none())
            || (k == "for" && cue && next_cap)
            || (run_particle(k) && next_cap && c.word(j).chars().next().is_some_and(char::is_lowercase))
        {
            j += 1;
        } else {
            return j;
        }
    }
}

fn push(out: &mut Vec<Span>, first: usize, last: usize, ty: EntityType, evidence: Evidence, canonical: Option<&'static str>) {
    out.push(Span { first: first as u32, last: last as u32, ty, evidence, canonical });
}

/// Splits the run `[a, j)` into spans: titles dropped, gazetteer entries and cue words typed.
fn split(c: &mut Ctx, s: &Sentence, a: usize, j: usize, out: &mut Vec<Span>) {
    let mut k = a;
    let mut titled = false;
    while k < j {
        if c.key(k) == "the" {
            k += 1;
            continue;
        }
        if let Some(n) = c.title(k, j) {
            if k + n < j {
                k += n;
                titled = true;
                continue;
            }
            return; // a bare title ("the President said") is not a name
        }
        let gaz = c.gazetteer(k, j, false);
        if let Some((n, hit)) = gaz {
            if k + n == j {
                let p = c.lex.place(hit);
                push(out, k, j, p.ty, Evidence::Gazetteer, Some(p.canonical));
                return;
            }
        }
        if let Some(ty) = cue_type(c, k, j) {
            if let Some((n, hit)) = gaz {
                let p = c.lex.place(hit);
                // "Chinese Foreign Ministry": the demonym is a name of its own (CoNLL); but
                // "East African Community" is one organisation.
                if (p.demonym || p.ty == EntityType::Misc) && j - (k + n) >= 2 {
                    push(out, k, k + n, p.ty, Evidence::Gazetteer, Some(p.canonical));
                    k += n;
                }
            }
            if k < j {
                push(out, k, j, ty, Evidence::Cue, None);
            }
            return;
        }
        if let Some((n, hit)) = gaz {
            // "Jordan Henderson": a given name that is also a place starts a person's name.
            let person = n == 1 && c.class(k, IS_GIVEN) && k + 1 < j && c.gazetteer(k + 1, j, false).is_none();
            if !person {
                let p = c.lex.place(hit);
                push(out, k, k + n, p.ty, Evidence::Gazetteer, Some(p.canonical));
                k += n;
                titled = false;
                continue;
            }
        }
        // An unknown name runs to the next title or gazetteer entry; a person's name also
        // swallows single-word places that follow ("Juan Santiago Pérez").
        let person_start = titled || c.class(k, IS_GIVEN);
        let mut m = k + 1;
        // A one-word title right after a given name is a surname ("Ravi Naik", "Ali Mullah").
        let surname = |c: &mut Ctx, m: usize| m == k + 1 && c.class(k, IS_GIVEN) && c.title(m, j) == Some(1);
        while m < j && (c.title(m, j).is_none() || surname(c, m)) {
            if let Some((_, hit)) = c.gazetteer(m, j, false) {
                let p = c.lex.place(hit);
                if !(person_start && p.ty == EntityType::Loc && !p.demonym && c.gazetteer(m, j, false).is_some_and(|(n, _)| n == 1)) {
                    break;
                }
            }
            m += 1;
        }
        let (ty, evidence) = classify(c, s, k, m, titled);
        push(out, k, m, ty, evidence, None);
        k = m;
        titled = false;
    }
}

/// An organisation word anywhere in the name ("Central Bank of Kenya"), or a place word at its end
/// ("Lake Victoria" has it first: "Lake" counts too when the name has two words).
fn cue_type(c: &Ctx, k: usize, j: usize) -> Option<EntityType> {
    if j - k < 2 {
        return None;
    }
    if (k..j).any(|i| c.lex.listed(c.key(i), lists::ORG_CUE)) {
        return Some(EntityType::Org);
    }
    if c.lex.listed(c.key(j - 1), lists::LOC_CUE) || c.lex.listed(c.key(k), lists::LOC_CUE) {
        return Some(EntityType::Loc);
    }
    None
}

fn classify(c: &Ctx, s: &Sentence, k: usize, m: usize, titled: bool) -> (EntityType, Evidence) {
    use EntityType::*;
    use Evidence::*;
    if s.kind == SegmentKind::Dateline {
        return (Loc, Cue);
    }
    if titled {
        return (Per, Cue);
    }
    let n = m - k;
    let first = c.key(k);
    // The word before, looking past "the": "near the Pastoruri glacier".
    let mut before = k;
    if before > s.first as usize + 1 && c.key(before - 1) == "the" {
        before -= 1;
    }
    let prev = (before > s.first as usize && c.is_word(before - 1)).then(|| c.key(before - 1));
    let next = (m < s.last as usize && c.is_word(m)).then(|| c.key(m));
    if n >= 2 {
        if c.lex.listed(first, lists::GIVEN) {
            return (Per, Cue);
        }
        if PLACE_STARTS.contains(first) {
            return (Loc, Cue);
        }
        if next.is_some_and(|n| SPEECH.contains(n)) {
            return (Per, Cue);
        }
        if next.is_some_and(|n| LOC_AFTER.contains(n)) || prev.is_some_and(|p| LOC_BEFORE.contains(p)) || place_of(c, s, k) {
            return (Loc, Cue);
        }
        if (k..m).all(|i| c.cap(i)) {
            return (Per, Weak);
        }
        return (Org, Weak);
    }
    let w = c.word(k);
    if next.is_some_and(|n| SPEECH.contains(n)) {
        return (Per, Cue);
    }
    if is_all_caps(w) && strip_possessive(w).chars().filter(|c| c.is_alphabetic()).count() <= 6 {
        return (Org, Cue);
    }
    if next.is_some_and(|n| LOC_AFTER.contains(n)) || prev.is_some_and(|p| LOC_BEFORE.contains(p)) || place_of(c, s, k) {
        return (Loc, Cue);
    }
    if next.is_some_and(|n| ORG_AFTER.contains(n)) {
        return (Org, Cue);
    }
    if c.lex.listed(first, lists::GIVEN) {
        return (Per, Cue);
    }
    // An unknown single name: other mentions of it usually decide (a surname joins its full name).
    (Org, Weak)
}

/// "the border town of Mae Sot", "the port city of Izmail".
fn place_of(c: &Ctx, s: &Sentence, k: usize) -> bool {
    k >= s.first as usize + 2 && c.key(k - 1) == "of" && c.is_word(k - 2) && LOC_AFTER.contains(c.key(k - 2))
}

/// In a title-case or all-caps line only gazetteer entries and names known from the prose count.
fn headline(c: &mut Ctx, s: &Sentence, out: &mut Vec<Span>, known: &HashMap<KeyIds, usize>) {
    let end = s.last as usize;
    let mut i = s.first as usize;
    while i < end {
        if !c.cap(i) {
            i += 1;
            continue;
        }
        if let Some((n, hit)) = c.gazetteer(i, end, true) {
            let p = c.lex.place(hit);
            push(out, i, i + n, p.ty, Evidence::Gazetteer, Some(p.canonical));
            i += n;
            continue;
        }
        // Longest run of words whose keys name a known entity.
        let mut best = None;
        let mut n = 0;
        while i + n < end && c.is_word(i + n) && n < 6 {
            n += 1;
            if let Some(&ty) = known.get(&c.doc.key_ids(i..i + n)) {
                best = Some((n, EntityType::ALL[ty]));
            }
        }
        if let Some((n, ty)) = best {
            push(out, i, i + n, ty, Evidence::Cue, None);
            i += n;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans at these first tokens, each told apart by its `last` (1,000 + its position).
    fn spans(firsts: &[u32]) -> Vec<Span> {
        let span = |(k, &first): (usize, &u32)| Span { first, last: 1000 + k as u32, ty: EntityType::Per, evidence: Evidence::Cue, canonical: None };
        firsts.iter().enumerate().map(span).collect()
    }

    /// `in_order` against the standard stable sort, the spans before `from[0]` left alone.
    fn check(firsts: &[u32], from: [usize; 3]) {
        let mut got = spans(firsts);
        let mut want = got.clone();
        want[from[0]..].sort_by_key(|s| s.first);
        in_order(&mut got, from);
        assert_eq!(got, want, "{firsts:?} {from:?}");
    }

    #[test]
    fn three_ordered_lists_merge_like_a_stable_sort() {
        // Ties across lists: the earlier list first.
        check(&[1, 4, 9, 4, 6, 0, 6], [0, 3, 5]);
        check(&[7, 2, 3, 5, 8, 3, 10], [1, 4, 6]);
        check(&[1, 2, 3], [0, 3, 3]);
        check(&[5, 1, 2], [0, 0, 1]);
    }

    #[test]
    fn a_list_out_of_order_is_sorted_all_the_same() {
        check(&[5, 2, 8, 3, 1], [0, 3, 4]);
        check(&[9, 1, 2, 7, 3, 6, 6], [1, 3, 5]);
        check(&[1, 2, 6, 4, 5, 0], [0, 2, 5]);
        // Many random cases: every split, lists sorted or not.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for _ in 0..2000 {
            let n = next(12) as usize;
            let mut firsts: Vec<u32> = (0..n).map(|_| next(8) as u32).collect();
            let mut cut = [next(n as u64 + 1) as usize, next(n as u64 + 1) as usize, next(n as u64 + 1) as usize];
            cut.sort_unstable();
            if next(2) == 0 {
                // Each list in order: the merging path.
                for r in [cut[0]..cut[1], cut[1]..cut[2], cut[2]..n] {
                    firsts[r].sort_unstable();
                }
            }
            check(&firsts, cut);
        }
    }
}
