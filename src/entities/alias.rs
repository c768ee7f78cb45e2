//! Alias merging: spans that name the same thing become one [`Entity`].
//!
//! Within one document: gazetteer aliases share their canonical entry ("U.S." → "United States");
//! case variants and possessives share a key ("NAIROBI", "Nairobi’s"); an acronym joins its
//! expansion, written beside it in brackets or matched by initials ("ASEAN" ↔ "Association of
//! Southeast Asian Nations"); part of a person's name joins the full name ("Kovalenko" →
//! "Olena Kovalenko"), preferring the nearest full name before it.

use crate::hash::FxMap as HashMap;

use super::hyphens::{split_places, Part};
use super::model::PLACE_HEADS;
use super::shared::ACRONYM_SKIPS;
use super::{Entity, EntityType, Evidence, Mention, Span};
use crate::text::normalize::{is_all_caps, strip_possessive, title_case};
use crate::text::{Doc, KeyIds};
use crate::wordset::words;

/// The spans being merged, read through the document: a span's text and key numbers are looked
/// up when needed rather than copied for every span (36 bytes each, most of merging's memory on a
/// long text).
#[derive(Clone, Copy)]
struct Items<'d, 'a> {
    doc: &'d Doc<'a>,
    spans: &'d [Span],
    /// The spans that name part of a word ("Uganda" of "Kenya-Uganda": `hyphens.rs`), by item.
    parts: &'d [Part],
}

impl<'d> Items<'d, '_> {
    fn len(&self) -> usize {
        self.spans.len()
    }

    /// Byte range of span `i`'s text: a possessive `’s` is not part of it, nor "-based" after a
    /// place ("Prague" of "Prague-based": `based.rs`); a part of a word is its own bytes.
    fn range(&self, i: usize) -> (usize, usize) {
        if !self.parts.is_empty() {
            if let Ok(k) = self.parts.binary_search_by_key(&(i as u32), |p| p.item) {
                return (self.parts[k].start as usize, self.parts[k].end as usize);
            }
        }
        let (span, tokens) = (&self.spans[i], &self.doc.seg.tokens);
        let last = tokens[span.last as usize - 1];
        let mut word = strip_possessive(last.text(self.doc.text));
        if span.ty == EntityType::Loc {
            word = crate::text::normalize::based_stem(word).unwrap_or(word);
        }
        (tokens[span.first as usize].start as usize, last.start as usize + word.len())
    }

    /// Whether span `i` names part of a word.
    fn is_part(&self, i: usize) -> bool {
        !self.parts.is_empty() && self.parts.binary_search_by_key(&(i as u32), |p| p.item).is_ok()
    }

    fn text(&self, i: usize) -> &'d str {
        let (start, end) = self.range(i);
        &self.doc.text[start..end]
    }

    /// The number of span `i`'s words: `keys(i).len()`, read from the span (no list of numbers
    /// made to be counted).
    fn word_count(&self, i: usize) -> usize {
        (self.spans[i].last - self.spans[i].first) as usize
    }

    /// The key numbers of span `i`'s words (equal numbers, equal keys).
    fn keys(&self, i: usize) -> KeyIds<'d> {
        self.doc.key_ids(self.spans[i].first as usize..self.spans[i].last as usize)
    }
}

/// What makes two spans the same name at first sight.
#[derive(PartialEq, Eq, Hash)]
enum Ident<'a> {
    /// The same gazetteer entry, whatever type each mention was given (one vote decides below).
    Entry(&'static str),
    /// One word: its key, or an acronym's letters in lower case ("U.S." and "US").
    Word(std::borrow::Cow<'a, str>),
    /// Several words: their keys.
    Words(KeyIds<'a>),
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    if a != b {
        // The earlier span stays the root.
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        parent[hi] = lo;
    }
}

/// Letters of an acronym: "U.N." → "UN"; None unless `word` is all capitals, 2–8 letters.
fn acronym(word: &str) -> Option<String> {
    let word = strip_possessive(word);
    if !is_all_caps(word) {
        return None;
    }
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=8).contains(&letters.chars().count()).then_some(letters)
}

/// Whether `acr` can be read off the words: each significant word gives its first letter and
/// up to two more of its letters in order, function words may give nothing. "ASEAN" ← Association, SouthEast, Asian, Nations.
fn initials_match(acr: &[char], words: &[&str]) -> bool {
    fn go(acr: &[char], words: &[Vec<char>], skippable: &[bool]) -> bool {
        match (acr.is_empty(), words.is_empty()) {
            (true, true) => true,
            (true, false) => words.iter().zip(skippable).all(|(_, &s)| s),
            (false, true) => false,
            (false, false) => {
                let w = &words[0];
                if skippable[0] && go(acr, &words[1..], &skippable[1..]) {
                    return true;
                }
                // The word's first letter, then up to two more of its letters in order
                // ("SouthEast" gives "SE"), then the rest.
                if w.first() != acr.first() {
                    return false;
                }
                let (mut n, mut from) = (1, 1);
                loop {
                    if go(&acr[n..], &words[1..], &skippable[1..]) {
                        return true;
                    }
                    if n == 3 || n == acr.len() {
                        return false;
                    }
                    match w[from..].iter().position(|&c| c == acr[n]) {
                        Some(p) => {
                            from += p + 1;
                            n += 1;
                        }
                        None => return false,
                    }
                }
            }
        }
    }
    let lower: Vec<Vec<char>> = words.iter().map(|w| letters(w).collect()).collect();
    let skippable: Vec<bool> = words.iter().map(|w| skippable(w)).collect();
    words.len() >= 2 && words.len() <= 12 && go(acr, &lower, &skippable)
}

/// A word's letters as [`initials_match`] compares them: alphabetic characters, in capitals.
fn letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_uppercase)
}

/// A function word, which may give an acronym no letter ([`ACRONYM_SKIPS`]).
fn skippable(word: &str) -> bool {
    ACRONYM_SKIPS.contains(word)
}

/// The longer names an acronym may abbreviate, indexed so that an acronym reads only those
/// [`initials_match`] can accept rather than every name (3,000 distinct acronyms beside 3,000
/// names in a 400 KB text took 17 s when each read them all; 0.4 s so). A match gives every significant word's first letter, in
/// order, so those initials are a subsequence of the acronym's letters: names are indexed by
/// them, and an acronym looks up each subsequence of its letters (at most 255 for 8 letters).
/// Only the first span of each wording is indexed (a later one reads the same).
struct Expansions {
    /// Per initials of the significant words (as [`initials_key`] numbers them: two sets of
    /// initials may share a number, which only adds a name that `initials_match` then refuses),
    /// spans in text order.
    by_initials: HashMap<u32, Vec<usize>>,
}

/// A number for a sequence of initials.
fn initials_key(initials: impl Iterator<Item = char>) -> u32 {
    initials.fold(0x811c_9dc5u32, |h, c| (h ^ c as u32).wrapping_mul(0x0100_0193))
}

impl Expansions {
    /// The spans of two words or more that are not people's names.
    fn new(items: Items<'_, '_>) -> Expansions {
        let doc = items.doc;
        let mut by_initials: HashMap<u32, Vec<usize>> = HashMap::default();
        // The spans indexed, by a number for their wording and listing: a span is compared with
        // those of its number, not with all of its initials' (thousands of names with the same
        // initials, each worded otherwise, were quadratic).
        let mut by_wording: HashMap<u32, Vec<usize>> = HashMap::default();
        let same = |a: &Span, b: &Span| a.last - a.first == b.last - b.first && (0..a.last - a.first).all(|t| doc.word((a.first + t) as usize) == doc.word((b.first + t) as usize));
        for (j, span) in items.spans.iter().enumerate() {
            if items.word_count(j) < 2 || span.ty == EntityType::Per {
                continue;
            }
            let words = words(doc, span);
            // A significant word with no letter, or more significant words than an acronym has
            // letters (8), can match no acronym.
            let initials: Option<Vec<char>> = words.iter().filter(|w| !skippable(w)).map(|w| letters(w).next()).collect();
            let Some(initials) = initials.filter(|i| i.len() <= 8) else { continue };
            // (One entry per wording and listing: a long text writes one name thousands of times.)
            let wording = words.iter().flat_map(|w| w.bytes().chain([0])).fold(u32::from(span.canonical.is_some()), |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
            let seen = by_wording.entry(wording).or_default();
            if !seen.iter().any(|&i| items.spans[i].canonical.is_some() == span.canonical.is_some() && same(&items.spans[i], span)) {
                seen.push(j);
                by_initials.entry(initials_key(initials.into_iter())).or_default().push(j);
            }
        }
        Expansions { by_initials }
    }

    fn is_empty(&self) -> bool {
        self.by_initials.is_empty()
    }

    /// The indexed spans whose initials are a subsequence of `acr` (and a few more), in text
    /// order, into `out`.
    fn candidates(&self, acr: &[char], out: &mut Vec<usize>) {
        out.clear();
        for mask in 0u32..1 << acr.len() {
            let key = initials_key(acr.iter().enumerate().filter(|(k, _)| mask >> k & 1 == 1).map(|(_, &c)| c));
            if let Some(list) = self.by_initials.get(&key) {
                out.extend_from_slice(list);
            }
        }
        // (The crate's sort: `sort_unstable` would bring its own code into the .wasm.)
        crate::sort::sort_by(out, |a, b| a.cmp(b));
        out.dedup();
    }
}

/// Groups `spans` (in token order, not overlapping) into entities and their mentions. Places
/// joined by a hyphen inside one word are first split into one span a place ("the Kenya-Uganda
/// border": Kenya, Uganda; `hyphens.rs`), each with a byte range inside the word.
pub fn merge(doc: &Doc<'_>, spans: &[Span]) -> (Vec<Mention>, Vec<Entity>) {
    let split = split_places(doc, spans, |i| Items { doc, spans, parts: &[] }.range(i));
    let (spans, parts) = match &split {
        Some((spans, parts)) => (&spans[..], &parts[..]),
        None => (spans, &[][..]),
    };
    let items = Items { doc, spans, parts };
    // A span's text, out of line: read in eight places below, each of which had its own copy.
    #[inline(never)]
    fn span_text<'d>(items: Items<'d, '_>, i: usize) -> &'d str {
        items.text(i)
    }
    // Made first, at its size, so that a long text's list takes the room the tagger left before
    // the lists and the many small names below are made (wasm memory never shrinks: the order
    // sets its peak).
    let mut mentions: Vec<Mention> = Vec::with_capacity(spans.len());
    let mut parent: Vec<usize> = (0..items.len()).collect();

    // Words that two people's full names hold ("Otieno" of "Daniel Otieno" and "Grace Otieno"):
    // such a word alone joins the nearest name below, not every other mention of the word.
    // Per key: the first full name's span holding it, `SHARED` once another name does.
    const NONE: u32 = u32::MAX;
    const SHARED: u32 = u32::MAX - 1;
    let mut holder = vec![NONE; doc.key_count()];
    for (j, span) in spans.iter().enumerate() {
        let keys = items.keys(j);
        if span.ty == EntityType::Per && keys.len() >= 2 {
            for k in keys.iter() {
                let h = &mut holder[k as usize];
                if *h == NONE {
                    *h = j as u32;
                } else if *h != SHARED && items.keys(*h as usize) != keys {
                    *h = SHARED;
                }
            }
        }
    }

    // Same gazetteer entry, or same key.
    let mut seen: HashMap<Ident, usize> = HashMap::with_capacity_and_hasher(spans.len().min(4096), Default::default());
    // A gazetteer name is also its words: a span the tagger typed otherwise, or found without the
    // gazetteer, joins it ("Sri Lanka" in a headline read as an organisation).
    for (i, span) in spans.iter().enumerate() {
        let keys = items.keys(i);
        let words = if keys.len() == 1 {
            match acronym(span_text(items, i)) {
                Some(letters) => Ident::Word(letters.to_lowercase().into()),
                // (a span that is part of its word is its own text: "Prague" of "Prague-based",
                // "Uganda" of "Kenya-Uganda")
                None if (span.ty == EntityType::Loc && crate::text::normalize::based_stem(doc.word(span.first as usize)).is_some()) || items.is_part(i) => {
                    Ident::Word(crate::text::normalize::term_key(span_text(items, i)).into_owned().into())
                }
                None => Ident::Word(doc.key_of(keys.get(0)).into()),
            }
        } else {
            Ident::Words(keys)
        };
        let shared = keys.len() == 1 && span.canonical.is_none() && holder[keys.get(0) as usize] == SHARED;
        // A people in the plural is a name of its own, not its singular's ("Kenyans" and
        // "Kenyan"): it joins only the same word.
        let entry = span.canonical.filter(|&c| !(span.ty == EntityType::Misc && keys.len() == 1 && plural_of(span_text(items, i), c)));
        for ident in entry.map(Ident::Entry).into_iter().chain((!shared).then_some(words)) {
            match seen.get(&ident) {
                Some(&j) => union(&mut parent, j, i),
                None => {
                    seen.insert(ident, i);
                }
            }
        }
    }

    // Let go before the lists below are made (a long text's map is about 1 MB).
    drop((seen, holder));

    // The rules below join aliases; a build without the `aliases` feature leaves them out and
    // joins only the same key or gazetteer entry (the block is not indented: its lines stay as
    // they were, for merges).
    // Per item: an organisation's short name (below).
    // (Per span joined to a longer name: the longer name's type, the only one it votes for below.)
    let mut named: Vec<Option<EntityType>> = vec![None; items.len()];
    if cfg!(feature = "aliases") {
    // "Association of Southeast Asian Nations (ASEAN)" and "ASEAN (Association of …)".
    let tokens = &doc.seg.tokens;
    for w in 0..items.len().saturating_sub(1) {
        let (al, bf, bl) = (spans[w].last as usize, spans[w + 1].first as usize, spans[w + 1].last as usize);
        let bracketed = bf == al + 1 && doc.word(al) == "(" && bl < tokens.len() && doc.word(bl) == ")";
        if !bracketed {
            continue;
        }
        // A dateline's sender is no name of the place before it, whatever that place's spelling
        // (acc23: "TRURO, N.S. (Harbour Trade Wire)", the province's abbreviation read by no list).
        if super::shared::dateline_sender(doc, &doc.seg.sentences[doc.sentence_of(al)]) == Some((al, bl)) {
            continue;
        }
        let (a, b) = (items.word_count(w), items.word_count(w + 1));
        let a_acr = (a == 1).then(|| acronym(span_text(items, w))).flatten();
        let b_acr = (b == 1).then(|| acronym(span_text(items, w + 1))).flatten();
        // A listed place on either side joins only by initials: "DAKAR (Coastline News)" is a
        // dateline and its agency, "Democratic Party of Côte d'Ivoire (PDCI)" a name cut short.
        let place = |k: usize| spans[k].canonical.is_some() && spans[k].ty == EntityType::Loc;
        let by_initials = |acr: &str, long: usize| initials_match(&acr.chars().collect::<Vec<_>>(), &words(doc, &spans[long]));
        let join = match (&a_acr, &b_acr) {
            (_, Some(acr)) if a >= 2 => !(place(w) || place(w + 1)) || by_initials(acr, w),
            (Some(acr), _) if b >= 2 => !(place(w) || place(w + 1)) || by_initials(acr, w + 1),
            // An organisation's short name of one word in mixed case, no list's, opening with one
            // of the name's initials: "the Namibian Ports Authority (Namport)", "the National
            // Fisheries and Aquaculture Service (Sernapesca)".
            (None, None) if a >= 2 && b == 1 => {
                let (long, short) = (&spans[w], &spans[w + 1]);
                let first = span_text(items, w + 1).chars().next();
                long.ty == EntityType::Org
                    && short.canonical.is_none()
                    && short.evidence != Evidence::Gazetteer
                    && short.ty != EntityType::Loc
                    && !is_all_caps(span_text(items, w + 1))
                    && words(doc, long).iter().any(|x| !skippable(x) && letters(x).next() == first)
            }
            _ => false,
        };
        if join {
            union(&mut parent, w, w + 1);
        }
    }

    // An acronym whose letters are the initials of a longer name in the document.
    let long = Expansions::new(items);
    let mut cands: Vec<usize> = Vec::new();
    for i in 0..if long.is_empty() { 0 } else { items.len() } {
        if items.word_count(i) != 1 || find(&mut parent, i) != i {
            continue;
        }
        let Some(letters) = acronym(span_text(items, i)) else { continue };
        let acr: Vec<char> = letters.chars().collect();
        // A listed acronym of three letters or more joins only a name no list holds (the name a
        // tagger read whole where the list spells it otherwise: "Co-operation", "Cooperation").
        let listed = spans[i].canonical.is_some();
        if listed && acr.len() < 3 {
            continue;
        }
        long.candidates(&acr, &mut cands);
        if let Some(&j) = cands.iter().find(|&&j| !(listed && spans[j].canonical.is_some()) && initials_match(&acr, &words(doc, &spans[j]))) {
            union(&mut parent, j, i);
        }
    }

    // An acronym the text introduces as one in another language: "the Palm Oil Association, known
    // by its Indonesian initials GAPKI", "the authority, known by its Spanish initials ACP" after
    // "the Panama Canal Authority": the name just before, or the nearest organisation of two words
    // or more whose last word is the noun just before (up to 64 names back).
    for i in 0..items.len() {
        let t = spans[i].first as usize;
        // (or right after ", known as": "the International Ski Federation, known as FIS", acc21)
        let cue = |t: usize| words!["initials", "acronym", "abbreviation"].contains(doc.key(t - 1)) || (doc.key(t - 1) == "as" && doc.key(t - 2) == "known");
        if t < 4 || items.word_count(i) != 1 || find(&mut parent, i) != i || !cue(t) || acronym(span_text(items, i)).is_none() {
            continue;
        }
        // ", known by its [Spanish] initials" or ", known as", after a word (not at the text's
        // start: the noun before the comma is read)
        let Some(comma) = (t.saturating_sub(6).max(1)..t - 1).rev().find(|&c| doc.word(c) == "," && doc.key(c + 1) == "known") else { continue };
        let org = |j: &usize| spans[*j].ty == EntityType::Org && items.word_count(*j) >= 2;
        let head = doc.key_id_outlined(comma - 1);
        let before = (i.saturating_sub(64)..i).rev().filter(org);
        // (after "known as", only the name just before: "the uMkhonto weSizwe party, known as
        // MK" is no other party)
        let noun = doc.key(t - 1) != "as";
        let found = before.clone().find(|&j| spans[j].last as usize == comma).or_else(|| before.clone().find(|&j| noun && items.keys(j).get(items.word_count(j) - 1) == head));
        if let Some(j) = found {
            union(&mut parent, j, i);
        }
    }

    // An organisation named by the first or last words of one longer organisation's name no list
    // holds is that organisation: "Broncos" and "Brisbane" after "Brisbane Broncos", "Gulf Gate"
    // after "Gulf Gate Logistics Group", "Coast Guard" after "Canadian Coast Guard" (all words
    // but one first word). Not where two such names share the words ("Penrith
    // Panthers" and "Sharp Panthers"), nor a listed name or an acronym.
    let own_name = |s: &Span| s.ty == EntityType::Org && s.unlisted();
    // A company's name with its legal form, last ("Northgate Packaging Ltd", "Kasumi Motor Co.",
    // "Minera Cóndor Andino S.A.") or first ("PT Kampar Hijau Lestari"): its first words, or its
    // words after the first, name the company whatever a tagger read them as ("Kasumi said").
    let legal = |j: usize| {
        let (f, l) = (spans[j].first as usize, spans[j].last as usize);
        let form = doc.word(l - 1);
        // (and a Canadian band's "Lakeshore First Nation": "Lakeshore" alone, acc23)
        super::kinds::legal_form(form)
            || super::kinds::company_word(doc.key(l - 1))
            || matches!(form, "Co." | "Co")
            || matches!(doc.word(f), "PT" | "Grupo")
            || (l - f >= 3 && form == "Nation" && doc.word(l - 2) == "First")
    };
    let mut by_end: HashMap<u32, Vec<usize>> = HashMap::default();
    // (Such a word is no person's: "Penrith" the club after "Penrith Panthers", not "Josh Penrith".
    // `named`, made before the block: the type vote below reads it.)
    for (j, span) in spans.iter().enumerate() {
        let keys = items.keys(j);
        if own_name(span) && (2..=5).contains(&keys.len()) {
            let second = if keys.len() >= 3 && legal(j) { keys.get(1) } else { keys.get(0) };
            for end in [keys.get(0), keys.get(keys.len() - 1), second] {
                // (at most four wordings a word: more are too many to name one, and a long text's
                // thousands of "… Water Board" would be compared with each other)
                let list = by_end.entry(end).or_default();
                if list.len() <= 4 && !list.iter().any(|&i| items.keys(i) == keys) {
                    list.push(j);
                }
            }
        }
    }
    if !by_end.is_empty() {
        // A word some listed name is written as ("Panama" the country, not "Panama Canal
        // Authority").
        let mut listed_key = vec![false; doc.key_count()];
        for (j, span) in spans.iter().enumerate() {
            if (span.canonical.is_some() || span.evidence == Evidence::Gazetteer) && items.word_count(j) == 1 {
                listed_key[items.keys(j).get(0) as usize] = true;
            }
        }
        for (i, x) in spans.iter().enumerate() {
            let own = items.keys(i);
            // (a place no list holds may be a company's short form: "Gulf Gate" after "Gulf Gate
            // Logistics Group")
            let place = x.ty == EntityType::Loc && x.unlisted() && own.len() >= 2;
            // (any other name no list holds joins only a company's name with its legal form; not
            // one opening with a given name: "Lucas Martin" may be the founder)
            let lex = crate::lexicon::Lexicon::get();
            let loose = !(own_name(x) || place) && x.unlisted() && !(x.ty == EntityType::Per && lex.listed(doc.key_of(own.get(0)), crate::lexicon::lists::GIVEN));
            if !(own_name(x) || place || loose) || own.len() > 3 || tokens[x.first as usize].has(crate::text::segment::ALL_CAPS) || listed_key[own.get(0) as usize] {
                continue;
            }
            // (A word before a kind of place names the place: "Kalobo" is not "Kalobo Hospital";
            // one word first is a club's town or a company's name: "Brisbane Broncos", "Acme Ltd".)
            let fits = |j: &&usize| {
                let keys = items.keys(**j);
                let m = keys.len();
                let n = own.len();
                if m > n && legal(**j) && (keys.slice(0..n) == own || (n >= 2 && m > n + 1 && keys.slice(1..n + 1) == own)) {
                    return true;
                }
                if loose {
                    return false;
                }
                let rest_company = (1..m).all(|k| lex.listed(doc.key_of(keys.get(k)), crate::lexicon::lists::COMPANY));
                let club = m == 2 && doc.key_of(keys.get(1)).ends_with('s');
                m > own.len()
                    && (!place || lex.listed(doc.key_of(keys.get(m - 1)), crate::lexicon::lists::COMPANY))
                    && ((keys.slice(0..own.len()) == own && (own.len() >= 2 || rest_company || club)) || (own.len() == 1 && keys.slice(m - 1..m) == own) || (own.len() >= 2 && m == own.len() + 1 && !place && keys.slice(1..m) == own))
            };
            let ends = [own.get(0), own.get(own.len() - 1)];
            let mut found = ends.iter().take(if ends[0] == ends[1] { 1 } else { 2 }).filter_map(|e| by_end.get(e).filter(|l| l.len() <= 4)).flatten().filter(fits);
            let Some(&j) = found.next() else { continue };
            if found.all(|&k| items.keys(k) == items.keys(j) || find(&mut parent, k) == find(&mut parent, j)) {
                union(&mut parent, j, i);
                named[i] = Some(spans[j].ty);
            }
        }
    }
    drop(by_end);

    // Part of a person's name joins the full name: nearest one before, else the first after.
    // Each wording asked for (a query) gets, in text order, the spans of every longer full name
    // holding it, so a lookup is one binary search however many names hold the wording (thousands
    // of distinct names sharing a word were quadratic when each span read each such name).
    let mut name_of: HashMap<KeyIds, usize> = HashMap::default();
    let mut names: Vec<KeyIds> = Vec::new();
    // The full names' spans in text order, each with its name's number.
    let mut full: Vec<(usize, usize)> = Vec::new();
    // Per key: some full name holds it.
    let mut in_name = vec![false; doc.key_count()];
    for (j, span) in spans.iter().enumerate() {
        let keys = items.keys(j);
        if span.ty == EntityType::Per && keys.len() >= 2 {
            let n = *name_of.entry(keys).or_insert_with(|| {
                names.push(keys);
                for k in keys.iter() {
                    in_name[k as usize] = true;
                }
                names.len() - 1
            });
            full.push((j, n));
        }
    }
    // The wordings asked for, each with whether it is a particle alone (which a full name must
    // begin with: "the mayor of Van" is not "Ludwig van Beethoven"), and the spans asking.
    let mut query_of: HashMap<KeyIds, usize> = HashMap::default();
    let mut lone_particle: Vec<bool> = Vec::new();
    let mut asks: Vec<(usize, usize)> = Vec::new();
    // Per key: some query begins with it.
    let mut starts_query = vec![false; doc.key_count()];
    for (i, x) in spans.iter().enumerate() {
        let own = items.keys(i);
        if (x.canonical.is_some() && x.evidence == Evidence::Gazetteer && x.ty != EntityType::Per) || named[i].is_some() || !in_name[own.get(0) as usize] {
            continue;
        }
        let q = *query_of.entry(own).or_insert_with(|| {
            lone_particle.push(own.len() == 1 && super::particles::is_particle(doc.key_of(own.get(0))));
            starts_query[own.get(0) as usize] = true;
            lone_particle.len() - 1
        });
        asks.push((i, q));
    }
    // Per name, the queries it holds as a shorter run of its words (`held[held_at[n]..held_at[n + 1]]`).
    let (mut held, mut held_at): (Vec<usize>, Vec<usize>) = (Vec::new(), vec![0]);
    for keys in &names {
        let m = keys.len();
        for at in (0..m).filter(|&at| starts_query[keys.get(at) as usize]) {
            for end in at + 1..=m.min(at + m - 1) {
                if let Some(&q) = query_of.get(&keys.slice(at..end)) {
                    if !(lone_particle[q] && at > 0) {
                        held.push(q);
                    }
                }
            }
        }
        held_at.push(held.len());
    }
    // Per query, the spans of the names holding it, in text order.
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); lone_particle.len()];
    for &(j, n) in &full {
        for &q in &held[held_at[n]..held_at[n + 1]] {
            // (a name holding the wording twice, "Kim Jong Kim", lists its span once)
            if holders[q].last() != Some(&j) {
                holders[q].push(j);
            }
        }
    }
    for &(i, q) in &asks {
        let at = &holders[q];
        // at[p] > i: item i is not among a longer name's items.
        let p = at.partition_point(|&j| j < i);
        if let Some(&j) = p.checked_sub(1).map(|b| &at[b]).or(at.get(p)) {
            union(&mut parent, j, i);
        }
    }

    // A natural place named without its kind is the place: "the Surma" after "the Surma River"
    // (a place of two words whose last names a natural place's kind: river, lake, sea …). Not
    // when either is a listed place: "Taiwan Strait" is not "Taiwan", nor "Niger River" "Niger";
    // but after "the", a river's or a venue's first word is it, listed or not, whatever a tagger
    // read ("the Atbara" after "the Atbara River", "outside the Crucible" after "the Crucible
    // Theatre"; "the Mekong" is not "the Mekong Delta").
    let listed = |span: &Span| span.canonical.is_some() || span.evidence == Evidence::Gazetteer;
    // A place of two words: whether it joins its first word alone without "the", and with it.
    let kinds = |j: usize| {
        let keys = items.keys(j);
        let head = doc.key_of(keys.get(keys.len() - 1));
        let ok = spans[j].ty == EntityType::Loc && spans[j].last - spans[j].first == 2 && keys.len() == 2;
        (ok && PLACE_HEADS.contains(head) && !listed(&spans[j]), ok && words!["river", "stadium", "theatre", "theater", "arena"].contains(head))
    };
    // Per first word, the first such place.
    let mut natural: HashMap<u32, usize> = HashMap::default();
    for j in 0..items.len() {
        if kinds(j) != (false, false) {
            natural.entry(items.keys(j).get(0)).or_insert(j);
        }
    }
    if !natural.is_empty() {
        for (i, span) in spans.iter().enumerate() {
            let keys = items.keys(i);
            if span.last - span.first != 1 || keys.len() != 1 {
                continue;
            }
            if let Some(&j) = natural.get(&keys.get(0)) {
                let (plain, with_the) = kinds(j);
                // (not where a tagger cut a longer name: "the Johor Bahru-Singapore line")
                let (f, l) = (span.first as usize, span.last as usize);
                let the = with_the && f > 0 && doc.key(f - 1) == "the" && !tokens.get(l).is_some_and(|t| t.has(crate::text::segment::CAP));
                if (plain && span.ty == EntityType::Loc && !listed(span)) || (the && span.ty != EntityType::Per) {
                    union(&mut parent, j, i);
                    named[i] = Some(spans[j].ty);
                }
            }
        }
    }
    // A storm's name alone is the storm named with its word ("Idai" after "Cyclone Idai",
    // `storms.rs`): a MISC span of one word joins the first MISC name of two to four words whose
    // last word it is, after a storm's word.
    let storm = |j: usize| {
        // (the type first: most spans are no MISC)
        spans[j].ty == EntityType::Misc && spans[j].last - spans[j].first >= 2 && {
            let keys = items.keys(j);
            (2..=4).contains(&keys.len()) && super::storms::storm_key(doc.key_of(keys.get(keys.len() - 2)))
        }
    };
    if (0..items.len()).any(storm) {
        let mut named_storm: HashMap<u32, usize> = HashMap::default();
        for j in (0..items.len()).filter(|&j| storm(j)) {
            named_storm.entry(items.keys(j).get(items.keys(j).len() - 1)).or_insert(j);
        }
        for (i, span) in spans.iter().enumerate() {
            let keys = items.keys(i);
            if span.ty == EntityType::Misc && keys.len() == 1 {
                if let Some(&j) = named_storm.get(&keys.get(0)) {
                    union(&mut parent, j, i);
                }
            }
        }
    }
    drop((long, cands, name_of, names, full, query_of, asks, held, holders));
    }

    // Collect groups in order of first mention.
    // Per root item: its group's number, `usize::MAX` until it has one.
    let mut group_of: Vec<usize> = vec![usize::MAX; items.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..items.len() {
        let r = find(&mut parent, i);
        if group_of[r] == usize::MAX {
            group_of[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[group_of[r]].push(i);
    }

    // (which words the text writes in mixed case somewhere: found once, when a name is only in
    // capitals)
    let mixed = std::cell::OnceCell::new();
    let mut entities: Vec<(Entity, usize)> = groups
        .iter()
        .map(|members| {
            let mut votes = [0usize; 4];
            for &i in members {
                let s = &spans[i];
                // (a company's short form a tagger read as a place or a person has no vote, nor
                // "the Crucible" read as an organisation)
                if named[i].is_some_and(|t| t != s.ty) {
                    continue;
                }
                let weight = match s.evidence {
                    Evidence::Weak => 1,
                    Evidence::Cue => 3,
                    Evidence::Gazetteer => 8,
                } * items.word_count(i);
                votes[s.ty as usize] += weight;
            }
            let best = (0..4).max_by_key(|&t| (votes[t], 3 - t)).unwrap_or(0);
            let ty = EntityType::ALL[best];
            let name = canonical_name(items, members, ty, &mixed);
            // The other wordings in order of first mention; past 16 of them, also in a set
            // (thousands of distinct wordings, each compared with all before it, were quadratic).
            let mut aliases: Vec<String> = Vec::new();
            let mut more: crate::hash::FxSet<&str> = Default::default();
            for (k, &i) in members.iter().enumerate() {
                let surface = span_text(items, i);
                if surface == name {
                    continue;
                }
                let new = if aliases.len() < 16 {
                    !aliases.iter().any(|a| a == surface)
                } else {
                    if more.is_empty() {
                        more.extend(members[..k].iter().map(|&m| span_text(items, m)));
                    }
                    more.insert(surface)
                };
                if new {
                    aliases.push(surface.to_string());
                }
            }
            (Entity { name, ty, aliases, mentions: members.clone() }, members[0])
        })
        .collect();
    crate::sort::sort_by(&mut entities, |a, b| b.0.mentions.len().cmp(&a.0.mentions.len()).then(a.1.cmp(&b.1)));

    mentions.extend((0..spans.len()).map(|i| {
        let (start, end) = items.range(i);
        Mention { start, end, ty: spans[i].ty, entity: 0, sentence: doc.sentence_of(spans[i].first as usize) }
    }));
    let entities: Vec<Entity> = entities
        .into_iter()
        .enumerate()
        .map(|(id, (e, _))| {
            for &m in &e.mentions {
                mentions[m].entity = id;
                if spans[m].evidence == Evidence::Weak {
                    mentions[m].ty = e.ty;
                }
            }
            e
        })
        .collect();
    (mentions, entities)
}

fn words<'a>(doc: &'a Doc<'_>, span: &Span) -> Vec<&'a str> {
    (span.first..span.last).map(|i| doc.word(i as usize)).collect()
}

/// The fullest form written in the text, in mixed case where one exists ("Côte d'Ivoire" stays as
/// written); the gazetteer's name when the text has only abbreviations of it ("U.S." → "United
/// States", "NAIROBI" → "Nairobi"). A name written only in capitals keeps them ("FTSE 100"), but
/// a person's or place's ("KALOBO" of a dateline: see `name_in_capitals`) and one whose every word
/// the text also writes in mixed case elsewhere ("VELMORA ROVERS" of a headline beside "Velmora"
/// and "Rovers") are title-cased.
/// `mixed` holds, once asked, whether each key number is written in mixed case somewhere.
fn canonical_name(items: Items<'_, '_>, members: &[usize], ty: EntityType, mixed: &std::cell::OnceCell<Vec<bool>>) -> String {
    let written = |i: usize| items.text(i);
    // (an abbreviation: in capitals, or words of a few letters with dots, "U.S.", "Nr."; not
    // "St. Lawrence", a name as the text writes it)
    let abbreviated = |s: &str| is_all_caps(s) || (s.contains('.') && s.split(' ').all(|w| w.contains('.') || w.chars().count() <= 3));
    // A listed word joined to a longer name no list holds is named by that name ("the Koshi" and
    // "the Koshi River", "Kasumi" and "Kasumi Motor Co.").
    let unlisted_longer = ty != EntityType::Misc
        && members.iter().all(|&i| items.spans[i].canonical.is_none() || items.word_count(i) == 1)
        && members.iter().any(|&i| items.spans[i].canonical.is_none() && items.word_count(i) > 1);
    if let Some(c) = members.iter().find_map(|&i| items.spans[i].canonical).filter(|_| !unlisted_longer) {
        // A demonym is named by its singular ("Kenyans" → "Kenyan"); a name the text also
        // writes in full keeps that form, but an acronym the text also expands is named by the
        // expansion ("United Nations Children's Fund (UNICEF)").
        let expanded = is_all_caps(c) && members.iter().any(|&i| items.word_count(i) >= 2 && !abbreviated(written(i)));
        // An organisation the text writes only as an acronym without dots is named by it, as the
        // text names it ("NATO" for a text that never writes "North Atlantic Treaty Organization").
        let only_acronym = ty == EntityType::Org && members.iter().all(|&i| !written(i).contains('.') && acronym(written(i)).is_some());
        if only_acronym {
            return strip_possessive(written(members[0])).to_string();
        }
        // (a people written only in the plural is named so: "Germans")
        if ty == EntityType::Misc && members.iter().all(|&i| plural_of(written(i), c)) {
            return written(members[0]).to_string();
        }
        // (a list's name in plain letters that the text also writes with its diacritics is named
        // as the text writes them: "Gdańsk" of "Gdansk", "Bogotá" of "Bogota")
        if let Some(&i) = members.iter().find(|&&i| accented_of(written(i), c)) {
            return written(i).to_string();
        }
        if ty == EntityType::Misc || members.iter().all(|&i| abbreviated(written(i))) || (!expanded && members.iter().any(|&i| written(i) == c)) {
            return c.to_string();
        }
    }
    let best = members
        .iter()
        .copied()
        .max_by_key(|&i| {
            let s = items.text(i);
            (!is_all_caps(s), items.word_count(i), s.len(), std::cmp::Reverse(i))
        })
        .unwrap_or(members[0]);
    let surface = items.text(best);
    let acronym_like = ty == EntityType::Org && acronym(surface).is_some();
    if is_all_caps(surface) && !acronym_like && (titled_elsewhere(items, best, mixed) || name_in_capitals(surface, ty)) {
        title_case(surface)
    } else {
        surface.to_string()
    }
}

/// Whether `written` is the listed name `c`, written in plain letters, with diacritics on some of
/// them ("Gdańsk" of "Gdansk", "Bogotá" of "Bogota"): as many characters, the same where both are
/// ASCII, and where they differ a letter beyond ASCII in `written` for an ASCII letter of `c`.
fn accented_of(written: &str, c: &str) -> bool {
    if written.is_ascii() || !c.is_ascii() || written.chars().count() != c.len() {
        return false;
    }
    written.chars().zip(c.chars()).all(|(w, a)| w == a || (!w.is_ascii() && w.is_alphabetic() && a.is_ascii_alphabetic() && w.is_lowercase() == a.is_ascii_lowercase()))
}

/// Whether `written` is the plural of the listed name `c` as the text writes it: `c` and "s" or
/// "es" ("Kenyans" of "Kenyan").
fn plural_of(written: &str, c: &str) -> bool {
    written.len() > c.len() && written.starts_with(c) && matches!(&written[c.len()..], "s" | "es")
}

/// A person's or place's name a headline or dateline writes in capitals ("KALOBO —", "PORT
/// MORESBY"): title-cased, unless it is an abbreviation of three letters or fewer ("UAE", "DRC") or
/// holds a digit. Indexes, companies and other names keep their capitals ("FTSE 100", "KOSPI").
fn name_in_capitals(surface: &str, ty: EntityType) -> bool {
    matches!(ty, EntityType::Per | EntityType::Loc)
        && !surface.chars().any(|c| c.is_ascii_digit())
        && surface.split(' ').any(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
}

/// Every word of span `i` in capitals is written in mixed case somewhere in the text.
fn titled_elsewhere(items: Items<'_, '_>, i: usize, mixed: &std::cell::OnceCell<Vec<bool>>) -> bool {
    let doc = items.doc;
    let mixed = mixed.get_or_init(|| {
        let mut m = vec![false; doc.key_count()];
        for k in 0..doc.seg.tokens.len() {
            if !is_all_caps(doc.word(k)) {
                m[doc.key_id(k) as usize] = true;
            }
        }
        m
    });
    let span = &items.spans[i];
    (span.first as usize..span.last as usize).all(|k| !is_all_caps(doc.word(k)) || mixed[doc.key_id(k) as usize])
}

#[cfg(test)]
mod tests {
    use super::initials_match;

    #[test]
    fn acronyms_read_off_initials() {
        let yes: &[(&str, &[&str])] = &[
            ("ASEAN", &["Association", "of", "Southeast", "Asian", "Nations"]),
            ("EAC", &["East", "African", "Community"]),
            ("NATO", &["North", "Atlantic", "Treaty", "Organization"]),
            ("UNHCR", &["United", "Nations", "High", "Commissioner", "for", "Refugees"]),
        ];
        for (acr, words) in yes {
            let a: Vec<char> = acr.chars().collect();
            assert!(initials_match(&a, words), "{acr}");
        }
        let no: &[(&str, &[&str])] = &[("EAC", &["African", "Union"]), ("UN", &["European", "Union"]), ("AB", &["Alpha"]), ("ANA", &["National", "Water", "Authority"])];
        for (acr, words) in no {
            let a: Vec<char> = acr.chars().collect();
            assert!(!initials_match(&a, words), "{acr}");
        }
    }

    #[test]
    fn an_acronym_reads_only_names_its_letters_can_abbreviate() {
        use super::{initials_match, words, Expansions, Items};
        use crate::entities::{EntityType, Evidence, Span};
        // 1,000 invented names of three words and 1,000 distinct acronyms, from a fixed
        // pseudo-random sequence; one acronym in ten is a name's initials.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut letter = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (b'A' + (state % 26) as u8) as char
        };
        let (mut text, mut seen) = (String::new(), std::collections::HashSet::new());
        for k in 0..1000 {
            let initials: String = (0..3).map(|_| letter()).collect();
            let name: Vec<String> = initials.chars().enumerate().map(|(n, c)| format!("{c}{}ra", "lo".repeat(n + k % 7))).collect();
            let mut acr: String = if k % 10 == 0 { initials.clone() } else { (0..4).map(|_| letter()).collect() };
            while !seen.insert(acr.clone()) {
                acr.push(letter());
            }
            text.push_str(&format!("{} met {acr} today; ", name.join(" ")));
        }
        let doc = crate::Doc::new(&text);
        let span = |first: usize, last: usize| Span { first: first as u32, last: last as u32, ty: EntityType::Org, evidence: Evidence::Cue, canonical: None };
        let mut spans = Vec::new();
        let mut i = 0;
        while i < doc.seg.tokens.len() {
            let mut j = i;
            while j < doc.seg.tokens.len() && doc.word(j).starts_with(|c: char| c.is_ascii_uppercase()) {
                j += 1;
            }
            if j > i {
                spans.push(span(i, j));
            }
            i = j + 1;
        }
        let items = Items { doc: &doc, spans: &spans, parts: &[] };
        let long = Expansions::new(items);
        let (mut read, mut joined, mut cands) = (0, 0, Vec::new());
        for (i, s) in spans.iter().enumerate().filter(|(_, s)| s.last - s.first == 1) {
            let acr: Vec<char> = doc.word(s.first as usize).chars().collect();
            long.candidates(&acr, &mut cands);
            read += cands.len();
            let found = cands.iter().copied().find(|&j| initials_match(&acr, &words(&doc, &spans[j])));
            // The first name of all that the acronym's letters match, as reading every one finds it.
            if i < 200 {
                let every = (0..spans.len()).find(|&j| spans[j].last - spans[j].first >= 2 && initials_match(&acr, &words(&doc, &spans[j])));
                assert_eq!(found, every, "{}", doc.word(s.first as usize));
            }
            joined += found.is_some() as usize;
        }
        assert_eq!(spans.len(), 2000);
        assert!(joined >= 100, "{joined}");
        // Reading every name would be 1,000,000 reads.
        assert!(read < 2000, "{read} names read");
    }

    #[test]
    fn merging_splits_places_joined_by_a_hyphen() {
        // Whoever merges a tagger's spans gets the parts (debts6: the split ran after merging,
        // in the analysis alone), each its own bytes, joined to the place's other mentions.
        use crate::entities::{RuleTagger, Tagger};
        let text = "Trucks queued at the Kenya-Uganda border on Tuesday. Officials in Kenya said so.";
        let doc = crate::Doc::new(text);
        let mut spans = Vec::new();
        RuleTagger.tag(&doc, &mut spans);
        let (mentions, entities) = super::merge(&doc, &spans);
        assert_eq!(mentions.iter().map(|m| &text[m.start..m.end]).collect::<Vec<_>>(), ["Kenya", "Uganda", "Kenya"]);
        assert_eq!(entities.iter().map(|e| (e.name.as_str(), e.mentions.clone())).collect::<Vec<_>>(), [("Kenya", vec![0, 2]), ("Uganda", vec![1])]);
        assert!(mentions.iter().all(|m| m.ty == crate::entities::EntityType::Loc));

        // Not two places the text names as one, joined by "and".
        use crate::entities::{EntityType, Evidence, Span};
        let text = "Velmora and Tavolu voted. Buses left Velmora for Tavolu, and the Velmora-Tavolu road shut.";
        let doc = crate::Doc::new(text);
        let at = |w: &str| doc.seg.tokens.iter().enumerate().filter(|(i, _)| doc.word(*i) == w).map(|(i, _)| i as u32).collect::<Vec<_>>();
        let span = |first: u32, last: u32| Span { first, last, ty: EntityType::Loc, evidence: Evidence::Cue, canonical: None };
        let (v, t, vt) = (at("Velmora"), at("Tavolu"), at("Velmora-Tavolu")[0]);
        let spans = [span(v[0], t[0] + 1), span(v[1], v[1] + 1), span(t[1], t[1] + 1), span(vt, vt + 1)];
        for (spans, split) in [(&spans[..], false), (&spans[1..], true)] {
            let (mentions, _) = super::merge(&doc, spans);
            let slices: Vec<&str> = mentions.iter().map(|m| &text[m.start..m.end]).collect();
            assert_eq!(slices.contains(&"Velmora-Tavolu"), !split, "{slices:?}");
        }
    }

    #[test]
    fn a_gazetteer_name_typed_two_ways_is_one_entity() {
        use crate::entities::{EntityType, Evidence, Span};
        let doc = crate::Doc::new("Sri Lanka Court Rules\n\nThe court in Sri Lanka ruled. Sri Lanka’s lenders waited.");
        let at = |n: usize| doc.seg.tokens.iter().enumerate().filter(|(i, _)| doc.word(*i) == "Sri").nth(n).unwrap().0 as u32;
        let span = |n: usize, ty, canonical| Span { first: at(n), last: at(n) + 2, ty, evidence: Evidence::Cue, canonical };
        let spans = [span(0, EntityType::Org, None), span(1, EntityType::Loc, Some("Sri Lanka")), span(2, EntityType::Loc, Some("Sri Lanka"))];
        let (mentions, entities) = super::merge(&doc, &spans);
        assert_eq!(entities.len(), 1);
        assert_eq!((entities[0].name.as_str(), entities[0].ty, entities[0].mentions.len()), ("Sri Lanka", EntityType::Loc, 3));
        assert!(mentions.iter().all(|m| m.entity == 0));
        // A mention read from context keeps its type; one guessed from its capitals takes the entity's.
        assert_eq!(mentions.iter().map(|m| m.ty).collect::<Vec<_>>(), [EntityType::Org, EntityType::Loc, EntityType::Loc]);
        let weak = [Span { evidence: Evidence::Weak, ..spans[0] }, spans[1], spans[2]];
        let (mentions, _) = super::merge(&doc, &weak);
        assert!(mentions.iter().all(|m| m.ty == crate::entities::EntityType::Loc));
    }
}
