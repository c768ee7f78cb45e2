//! The bundled word lists and gazetteers (src/data, see its README for sources and licences),
//! parsed once on first use.

use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::entities::EntityType;
use crate::text::normalize::term_key;
use crate::text::segment::{tokenize, Abbreviations};

/// One gazetteer entry: a canonical name and its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    pub canonical: &'static str,
    pub ty: EntityType,
    /// A country's demonym rather than the country.
    pub demonym: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub entry: u32,
    /// Matches only when written in capitals (acronyms: "WHO", "US").
    pub caps_only: bool,
}

/// Phrase tables keyed by the space-joined term keys of their words.
pub(crate) struct Phrases<T> {
    pub map: HashMap<&'static str, T>,
    pub longest: usize,
    /// The first words (one or more) of every phrase longer than them: a lookup that has read
    /// words no phrase goes on from stops there ("kenya said", after "kenya").
    pub longer: HashSet<&'static str>,
}

impl<T> Phrases<T> {
    /// Tables sized for `n` phrases, `longer` of them with more than one word.
    fn with_capacity(n: usize, longer: usize) -> Self {
        Phrases { map: HashMap::with_capacity_and_hasher(n, Default::default()), longest: 0, longer: HashSet::with_capacity_and_hasher(longer, Default::default()) }
    }

    /// Adds a phrase (the first value given for a key stays) and returns its key as kept and its
    /// first word.
    fn insert(&mut self, words: usize, key: Cow<'static, str>, value: T) -> (&'static str, &'static str) {
        let key = keep(key, |k| self.map.get_key_value(k).map(|(&k, _)| k));
        self.longest = self.longest.max(words);
        let mut first = key;
        // A key of one word has no space to look for.
        if words > 1 {
            for (at, b) in key.bytes().enumerate() {
                if b == b' ' {
                    if first.len() == key.len() {
                        first = &key[..at];
                    }
                    self.longer.insert(&key[..at]);
                }
            }
        }
        self.map.entry(key).or_insert(value);
        (key, first)
    }
}

pub(crate) struct Lexicon {
    pub stopwords: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    pub common: HashSet<&'static str>,
    pub titles: Phrases<()>,
    pub places: Vec<Place>,
    pub gazetteer: Phrases<Hit>,
    /// How many of `places` come from the countries' list (the countries and their demonyms).
    pub countries: usize,
    /// The canonical names of `places[..countries]`, sorted, made on first use
    /// ([`Lexicon::country`]): only a text about a match or with a results table asks.
    country_names: OnceLock<Vec<&'static str>>,
    /// The lists that hold each key, as [`lists`] bits ([`Lexicon::word_flags`]).
    flags: HashMap<&'static str, u16>,
}

/// A bundled file as the binary holds it: `text`, its lines without the comment lines (`#`:
/// notes on what a list holds, its sources and licence, which stay in the file) or blank lines,
/// made at compile time (`lines` reads the same entries either way); and `size`, the file's
/// length as written, from which the tables are sized (as before the comments were left out: on
/// the kept text, the gazetteer's entries would outgrow the room made for them).
#[derive(Clone, Copy)]
struct List {
    text: &'static str,
    size: usize,
}

macro_rules! data {
    ($file:literal) => {{
        const RAW: &[u8] = include_bytes!($file);
        const KEPT: &[u8] = &strip::<{ kept(RAW) }>(RAW);
        match std::str::from_utf8(KEPT) {
            Ok(text) => List { text, size: RAW.len() },
            Err(_) => panic!("a data file is not UTF-8"),
        }
    }};
}

/// The end of the line starting at `at` (its newline, or the end of `raw`), and whether the
/// line is kept: it has more than white space and does not start with `#`. Every line `lines`
/// reads is kept (it also skips a line of other white space, which this keeps).
const fn line(raw: &[u8], at: usize) -> (usize, bool) {
    let mut end = at;
    let mut blank = true;
    while end < raw.len() && raw[end] != b'\n' {
        blank &= raw[end].is_ascii_whitespace();
        end += 1;
    }
    (end, !blank && raw[at] != b'#')
}

/// The end of the line `raw[at..end]` without its trailing ASCII white space: an entry with no
/// aliases ("Cornwall<TAB>") is kept without the tab, which its readers do without (2,693 of
/// `places_world.tsv`'s 3,244 lines end so), and a kept line needs no trimming when read
/// ([`entries`]).
const fn untabbed(raw: &[u8], at: usize, mut end: usize) -> usize {
    while end > at && raw[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end
}

/// The number of bytes of `raw`'s kept lines, each with its newline.
const fn kept(raw: &[u8]) -> usize {
    let (mut at, mut n) = (0, 0);
    while at < raw.len() {
        let (end, keep) = line(raw, at);
        if keep {
            n += untabbed(raw, at, end) + 1 - at;
        }
        at = end + 1;
    }
    n
}

/// `raw`'s kept lines without their trailing white space, each ending in a newline.
const fn strip<const N: usize>(raw: &[u8]) -> [u8; N] {
    let mut out = [b'\n'; N];
    let (mut at, mut n) = (0, 0);
    while at < raw.len() {
        let (end, keep) = line(raw, at);
        if keep {
            let mut i = at;
            while i < untabbed(raw, at, end) {
                out[n] = raw[i];
                n += 1;
                i += 1;
            }
            n += 1;
        }
        at = end + 1;
    }
    out
}

/// A sorted list as the binary holds it: its kept lines (as in [`List`]) front-coded at compile
/// time, each written as the number of leading bytes it shares with the line before (0 to 31, a
/// byte below 32) and the rest of its bytes, with no newline. Sorted neighbours share much
/// ("president", "presidential"): the three lists' 39.7 KB in 20.6 KB, and the .wasm 3.8 KB
/// smaller gzipped. Decoding them costs about 0.6M instructions once, at the first analysis (12.98M
/// before). `size` as in [`List`].
#[derive(Clone, Copy)]
struct Sorted {
    coded: &'static [u8],
    size: usize,
    /// The length of the lines decoded.
    len: usize,
}

macro_rules! sorted {
    ($file:literal) => {{
        const TEXT: List = data!($file);
        const CODED: &[u8] = &front_code::<{ front_coded(TEXT.text.as_bytes()) }>(TEXT.text.as_bytes());
        Sorted { coded: CODED, size: TEXT.size, len: TEXT.text.len() }
    }};
}

/// The number of leading bytes the line `text[at..end]` shares with the line before it,
/// `text[before..at - 1]`: at most 31, and never part of a character.
const fn shared(text: &[u8], before: usize, at: usize, end: usize) -> usize {
    let mut n = 0;
    while n < 31 && at + n < end && before + n < at - 1 && text[before + n] == text[at + n] {
        n += 1;
    }
    while n > 0 && at + n < end && text[at + n] & 0xC0 == 0x80 {
        n -= 1;
    }
    n
}

/// The end (its newline) of the line of `text` that starts at `at`. A line holds no other byte
/// below 32, which would read as a count when front-coded.
const fn line_end(text: &[u8], at: usize) -> usize {
    let mut end = at;
    while text[end] != b'\n' {
        assert!(text[end] >= 32, "a sorted list holds a control character");
        end += 1;
    }
    end
}

/// The length of `text` (lines that each end in a newline) front-coded.
const fn front_coded(text: &[u8]) -> usize {
    let (mut at, mut before, mut n) = (0, 0, 0);
    while at < text.len() {
        let end = line_end(text, at);
        n += 1 + end - at - if at == 0 { 0 } else { shared(text, before, at, end) };
        (before, at) = (at, end + 1);
    }
    n
}

/// `text` (lines that each end in a newline) front-coded.
const fn front_code<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    let (mut at, mut before, mut n) = (0, 0, 0);
    while at < text.len() {
        let end = line_end(text, at);
        let mut i = at + if at == 0 { 0 } else { shared(text, before, at, end) };
        out[n] = (i - at) as u8;
        n += 1;
        while i < end {
            out[n] = text[i];
            n += 1;
            i += 1;
        }
        (before, at) = (at, end + 1);
    }
    out
}

impl Sorted {
    /// Decodes the list into `out` (`len` bytes): its lines, each ending in a newline. Byte by
    /// byte: the parts are a few bytes long, shorter than a call to copy them costs.
    fn decode(self, out: &mut [u8]) {
        let (coded, mut at, mut n, mut before) = (self.coded, 0, 0, 0);
        while at < coded.len() {
            let start = n;
            for k in before..before + usize::from(coded[at]) {
                out[n] = out[k];
                n += 1;
            }
            at += 1;
            while at < coded.len() && coded[at] >= 32 {
                out[n] = coded[at];
                (n, at) = (n + 1, at + 1);
            }
            out[n] = b'\n';
            (n, before) = (n + 1, start);
        }
    }

    /// The list decoded in ASCII lower case, in a buffer kept for the life of the process (as the
    /// lexicon is) with room for `size` bytes, as [`Data::new`] makes.
    fn lower(self) -> &'static str {
        let mut out = Vec::with_capacity(self.size);
        out.resize(self.len, 0);
        self.decode(&mut out);
        out.make_ascii_lowercase();
        String::from_utf8(out).map_or("", |text| text.leak())
    }

    /// The list decoded, as written.
    #[cfg(test)]
    fn list(self) -> List {
        let mut out = vec![0; self.len];
        self.decode(&mut out);
        List { text: String::from_utf8(out).unwrap().leak(), size: self.size }
    }
}

const STOPWORDS: List = data!("data/stopwords_en.txt");
const ABBREVIATIONS: List = data!("data/abbreviations.txt");
const COMMON: Sorted = sorted!("data/common_words.txt");
const GIVEN: Sorted = sorted!("data/given_names.txt");
const GIVEN_AMBIGUOUS: Sorted = sorted!("data/given_names_ambiguous.txt");
const ORG_CUES: List = data!("data/org_cues.txt");
const LOC_CUES: List = data!("data/loc_cues.txt");
const COMPANY_WORDS: List = data!("data/company_words.txt");
const TITLES: List = data!("data/titles.txt");
/// Titles added after the bundled weights were trained (acc25: "Commodore", "Undersecretary"):
/// read by the tagger, left out by `train` (`Lexicon::as_trained`), as [`PLACES_WORLD`] is.
const TITLES_LATER: List = data!("data/titles_later.txt");
const COUNTRIES: List = data!("data/countries.tsv");
const PLACES: List = data!("data/places.tsv");
/// Places added after the bundled weights were trained: read by the tagger, left out by `train`
/// (`Lexicon::as_trained`). Empty in a build without the `world-places` feature.
#[cfg(feature = "world-places")]
const PLACES_WORLD: List = data!("data/places_world.tsv");
#[cfg(not(feature = "world-places"))]
const PLACES_WORLD: List = List { text: "", size: 0 };
const ORGANIZATIONS: List = data!("data/organizations.tsv");
const MISC: List = data!("data/misc.tsv");

/// A data file with a copy in ASCII lower case, made once and kept for the life of the process
/// (as the lexicon is: it is never dropped). Lower-casing ASCII leaves every byte where it was,
/// so each part of the file has a twin at the same place in the copy: the key of most entries,
/// borrowed instead of made one by one.
struct Data {
    text: &'static str,
    lower: &'static str,
}

impl Data {
    /// The copy takes the room of the file as written, comments and all. It held that much before
    /// the comments were left out of the binary, and where the allocator puts the large blocks of a
    /// long text depends on it: with copies 5.5 KB smaller in all, the peak wasm memory of the
    /// bench's 10 MB with the rules went from 41.44 to 56.44 MiB (its budget is 48).
    fn new(list: List) -> Data {
        let mut lower = String::with_capacity(list.size);
        lower.push_str(list.text);
        lower.make_ascii_lowercase();
        Data { text: list.text, lower: lower.leak() }
    }

    /// A sorted list decoded in lower case: its own twin.
    fn lower(list: Sorted) -> Data {
        let text = list.lower();
        Data { text, lower: text }
    }

    /// `part` (a slice of the file's text) in lower case.
    fn twin(&self, part: &'static str) -> &'static str {
        let at = part.as_ptr() as usize - self.text.as_ptr() as usize;
        &self.lower[at..at + part.len()]
    }
}

/// A key made while loading, kept for the life of the process like the lower-case copies (it is
/// made only for the few entries that are not their own key in lower case): the copy a table
/// already holds (`held`), else the key itself. A key made again is not kept twice, so every kept
/// key stays in a table (a leak checker finds none).
fn keep(key: Cow<'static, str>, held: impl FnOnce(&str) -> Option<&'static str>) -> &'static str {
    match key {
        Cow::Borrowed(key) => key,
        Cow::Owned(key) => held(&key).unwrap_or_else(|| key.leak()),
    }
}

/// The number of words of a phrase of letters, single spaces between words and hyphens inside
/// them ("Guinea-Bissau" is one token), as most entries are: nothing for segmentation to repair
/// or split off (no dots, apostrophes or digits), so the phrase in lower case is its key
/// (segmenting one costs some 1,500 instructions); and whether it is ASCII, when its key is its
/// twin in the lower-case copy. Letters past ASCII are Latin ones ("Şanlıurfa", "Île-de-France",
/// 290 of the lists' forms), which segmentation keeps in one word as it does ASCII ones.
fn plain_words(phrase: &str) -> Option<(usize, bool)> {
    let mut words = 1;
    let mut after_letter = false;
    for b in phrase.bytes() {
        if b.is_ascii_alphabetic() {
            after_letter = true;
        } else if after_letter && (b == b' ' || b == b'-') {
            words += usize::from(b == b' ');
            after_letter = false;
        } else if b >= 0x80 {
            return latin_words(phrase).map(|n| (n, false));
        } else {
            return None;
        }
    }
    after_letter.then_some((words, true))
}

/// [`plain_words`] for a phrase with letters past ASCII: the same test, a character at a time.
fn latin_words(phrase: &str) -> Option<usize> {
    let mut words = 1;
    let mut after_letter = false;
    for c in phrase.chars() {
        if c.is_ascii_alphabetic() || (c.is_alphabetic() && matches!(u32::from(c), 0xC0..=0x24F | 0x1E00..=0x1EFF)) {
            after_letter = true;
        } else if after_letter && (c == ' ' || c == '-') {
            words += usize::from(c == ' ');
            after_letter = false;
        } else {
            return None;
        }
    }
    after_letter.then_some(words)
}

/// The kept lines of a bundled list's text ([`List`]): none is blank, a comment or ends in white
/// space (left out or trimmed at compile time), so none is trimmed or skipped here. The entries
/// [`lines`] reads.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    pieces(text, b'\n')
}

/// `text` cut at each `sep` (an ASCII byte), as `split_terminator` cuts it: by a byte scan, which
/// takes fewer steps than `split`'s search on pieces this short.
fn pieces(text: &'static str, sep: u8) -> impl Iterator<Item = &'static str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        (!rest.is_empty()).then(|| {
            let (piece, after) = cut(rest, sep);
            rest = after;
            piece
        })
    })
}

/// `text` before its first `sep` (an ASCII byte) and after it ("" without one).
fn cut(text: &'static str, sep: u8) -> (&'static str, &'static str) {
    match text.bytes().position(|b| b == sep) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    }
}

/// Non-comment, non-blank lines, trimmed at their ends: what a bundled list holds, read from its
/// file as written.
#[cfg(test)]
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = data;
    let next = move || {
        (!rest.is_empty()).then(|| {
            let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
            let line = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or("");
            line
        })
    };
    std::iter::from_fn(next).map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A set of `list`'s lines, sized for them up front (lines run about seven bytes).
fn set(list: List) -> HashSet<&'static str> {
    let mut out = HashSet::with_capacity_and_hasher(list.size / 7, Default::default());
    out.extend(entries(list.text));
    out
}

impl Abbreviations for Lexicon {
    fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }
    fn is_stopword(&self, key: &str) -> bool {
        self.stopwords.contains(key)
    }
    fn word_flags(&self, key: &str) -> u16 {
        Lexicon::word_flags(self, key)
    }
}

/// The lists [`Lexicon::word_flags`] tells of, a bit each.
#[allow(missing_docs)]
pub(crate) mod lists {
    pub const GIVEN: u16 = 1;
    pub const GIVEN_AMBIGUOUS: u16 = 2;
    pub const STOPWORD: u16 = 4;
    pub const COMMON: u16 = 8;
    pub const ORG_CUE: u16 = 16;
    pub const LOC_CUE: u16 = 32;
    /// A title, whole ("president", "foreign minister").
    pub const TITLE: u16 = 64;
    /// The first word of a gazetteer entry.
    pub const STARTS_ENTRY: u16 = 128;
    /// The first word of a title.
    pub const STARTS_TITLE: u16 = 256;
    /// A word that ends a company's name ("group", "gmbh").
    pub const COMPANY: u16 = 512;
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// (Never inlined: called from over 60 places, each of which had its own test of the lock.)
    #[inline(never)]
    pub fn get() -> &'static Lexicon {
        LEXICON.get_or_init(|| Lexicon::load(true))
    }

    /// The lexicon as the bundled weights were trained with it, for `train`: without
    /// `places_world.tsv` and `titles_later.txt`, whose entries were added after them (weights retrained with them scored
    /// lower; README, "Accuracy", session 14), so that `train` rebuilds `model.bin` byte for byte.
    /// Every later `get` returns it. False if the lexicon was already loaded.
    pub fn as_trained() -> bool {
        LEXICON.set(Lexicon::load(false)).is_ok()
    }

    /// The lists that hold `key` (a term key), as the bits above: one lookup in a map made with
    /// the lists, instead of one a list. Both taggers read a key's lists this way.
    pub fn word_flags(&self, key: &str) -> u16 {
        self.flags.get(key).copied().unwrap_or(0)
    }

    /// Whether one of the lists in `bits` holds `key`.
    pub fn listed(&self, key: &str, bits: u16) -> bool {
        self.word_flags(key) & bits != 0
    }

    /// Whether `canonical` is the canonical name of a listed country or of its people (one of
    /// `places[..countries]`): one binary search, not a comparison a country.
    pub fn country(&self, canonical: &str) -> bool {
        let names = self.country_names.get_or_init(|| {
            let mut names: Vec<&'static str> = self.places[..self.countries].iter().map(|p| p.canonical).collect();
            crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
            names
        });
        names.binary_search(&canonical).is_ok()
    }

    #[cfg_attr(textlens_size, optimize(size))]
    fn load(world: bool) -> Lexicon {
        // Sizes up front, from the lengths of the files (a map that grows rehashes all it holds).
        let gazetteer = COUNTRIES.size + PLACES.size + PLACES_WORLD.size * world as usize + ORGANIZATIONS.size + MISC.size;
        // The common words are decoded into static memory: a new block on the heap, even of 24 KB
        // and made before the rest, moved where the allocator put the large blocks of a long text
        // (the bench's 10 MB with the rules: peak wasm memory 41.44 -> 56.44 MiB, budget 48).
        static COMMON_TEXT: OnceLock<[u8; COMMON.len]> = OnceLock::new();
        let common = COMMON_TEXT.get_or_init(|| {
            let mut out = [0; COMMON.len];
            COMMON.decode(&mut out);
            out
        });
        let common = List { text: std::str::from_utf8(common).unwrap_or(""), size: COMMON.size };
        let (stopwords, common) = (set(STOPWORDS), set(common));
        let mut flags = HashMap::with_capacity_and_hasher((STOPWORDS.size + COMMON.size + GIVEN.size) / 7 + gazetteer / 16, Default::default());
        for (words, bit) in [(&stopwords, lists::STOPWORD), (&common, lists::COMMON)] {
            for &word in words {
                *flags.entry(word).or_insert(0) |= bit;
            }
        }
        let mut lex = Lexicon {
            stopwords,
            abbreviations: set(ABBREVIATIONS),
            common,
            titles: Phrases::with_capacity((TITLES.size + TITLES_LATER.size) / 12, (TITLES.size + TITLES_LATER.size) / 24),
            places: Vec::with_capacity(gazetteer / 22),
            gazetteer: Phrases::with_capacity(gazetteer / 12, gazetteer / 32),
            countries: 0,
            country_names: OnceLock::new(),
            flags,
        };
        lex.flag_lines(Data::lower(GIVEN), lists::GIVEN);
        lex.flag_lines(Data::lower(GIVEN_AMBIGUOUS), lists::GIVEN_AMBIGUOUS);
        lex.flag_lines(Data::new(ORG_CUES), lists::ORG_CUE);
        lex.flag_lines(Data::new(LOC_CUES), lists::LOC_CUE);
        lex.flag_lines(Data::new(COMPANY_WORDS), lists::COMPANY);
        for list in if world { [TITLES, TITLES_LATER].as_slice() } else { [TITLES].as_slice() } {
            let titles = Data::new(*list);
            for title in entries(titles.text) {
                if let Some((n, key)) = lex.phrase_key(&titles, title) {
                    let (key, first) = lex.titles.insert(n, key, ());
                    lex.flag(key, lists::TITLE);
                    lex.flag(first, lists::STARTS_TITLE);
                }
            }
        }
        let countries = Data::new(COUNTRIES);
        for line in entries(countries.text) {
            let mut cols = pieces(line, b'\t');
            let name = cols.next().unwrap_or("");
            let aliases = cols.next().unwrap_or("");
            let demonyms = cols.next().unwrap_or("");
            lex.add_entry(&countries, name, aliases, EntityType::Loc, false);
            // Each demonym is its own entry ("Filipino" and "Philippine" are different words);
            // a plural joins its singular ("Kenyans" → "Kenyan").
            let forms = move || pieces(demonyms, b'|').map(str::trim_ascii).filter(|d| !d.is_empty());
            for form in forms() {
                if !forms().any(|other| other != form && form.starts_with(other) && form.len() - other.len() <= 2) {
                    let plurals = forms().filter(move |&other| other != form && other.starts_with(form) && other.len() - form.len() <= 2);
                    lex.add_forms(&countries, form, plurals, EntityType::Misc, true);
                }
            }
        }
        lex.countries = lex.places.len();
        let world = if world { PLACES_WORLD } else { List { text: "", size: 0 } };
        for (data, ty) in [(ORGANIZATIONS, EntityType::Org), (PLACES, EntityType::Loc), (world, EntityType::Loc), (MISC, EntityType::Misc)] {
            let data = Data::new(data);
            for line in entries(data.text) {
                let (name, aliases) = cut(line, b'\t');
                lex.add_entry(&data, name, aliases, ty, false);
            }
        }
        lex
    }

    /// Flags the term key of every line of `data` with `bit`.
    #[cfg_attr(textlens_size, optimize(size))]
    fn flag_lines(&mut self, data: Data, bit: u16) {
        for line in entries(data.text) {
            self.flag(term_key(data.twin(line)), bit);
        }
    }

    fn flag(&mut self, key: impl Into<Cow<'static, str>>, bit: u16) {
        let key = keep(key.into(), |k| self.flags.get_key_value(k).map(|(&k, _)| k));
        *self.flags.entry(key).or_insert(0) |= bit;
    }

    #[cfg_attr(textlens_size, optimize(size))]
    fn add_entry(&mut self, data: &Data, name: &'static str, aliases: &'static str, ty: EntityType, demonym: bool) {
        self.add_forms(data, name, pieces(aliases, b'|'), ty, demonym);
    }

    fn add_forms(&mut self, data: &Data, name: &'static str, aliases: impl Iterator<Item = &'static str>, ty: EntityType, demonym: bool) {
        // ASCII trims: no form begins or ends in other white space (a test reads them all).
        let name = name.trim_ascii();
        if name.is_empty() {
            return;
        }
        let entry = self.places.len() as u32;
        self.places.push(Place { canonical: name, ty, demonym });
        // An entry without aliases has one empty form: it has no key.
        for form in std::iter::once(name).chain(aliases).map(str::trim_ascii).filter(|form| !form.is_empty()) {
            if let Some((n, key)) = self.phrase_key(data, form) {
                let caps_only = n == 1 && form.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && form.chars().filter(|c| c.is_alphabetic()).count() <= 5;
                let (_, first) = self.gazetteer.insert(n, key, Hit { entry, caps_only });
                self.flag(first, lists::STARTS_ENTRY);
            }
        }
    }

    /// The lookup key of a phrase of `data` (its words' term keys joined by spaces) and its
    /// number of words.
    fn phrase_key(&self, data: &Data, phrase: &'static str) -> Option<(usize, Cow<'static, str>)> {
        match plain_words(phrase) {
            Some((n, true)) => Some((n, Cow::Borrowed(data.twin(phrase)))),
            Some((n, false)) => Some((n, Cow::Owned(phrase.chars().flat_map(char::to_lowercase).collect()))),
            None => self.segmented_key(phrase).map(|(n, key)| (n, Cow::Owned(key))),
        }
    }

    /// [`Lexicon::phrase_key`] by segmenting the phrase as a text would be.
    fn segmented_key(&self, phrase: &str) -> Option<(usize, String)> {
        let mut key = String::new();
        let mut n = 0;
        for t in tokenize(phrase, self).iter().filter(|t| t.is_word()) {
            if n > 0 {
                key.push(' ');
            }
            key.push_str(&term_key(t.text(phrase)));
            n += 1;
        }
        (n > 0).then_some((n, key))
    }

    pub fn place(&self, hit: Hit) -> Place {
        self.places[hit.entry as usize]
    }

    /// The listed place (not a people's word) keyed `key`, if written as the list writes it: an
    /// entry in capitals only ("US") needs `caps`, the words written in capitals.
    pub fn listed_place(&self, key: &str, caps: bool) -> Option<Place> {
        let hit = *self.gazetteer.map.get(key)?;
        let p = self.place(hit);
        (p.ty == EntityType::Loc && !p.demonym && (caps || !hit.caps_only)).then_some(p)
    }

    /// The default English stopword list.
    pub fn default_stopwords() -> impl Iterator<Item = &'static str> {
        entries(STOPWORDS.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_keys_equal_segmented_keys_for_every_bundled_form() {
        let lex = Lexicon::get();
        let mut plain = 0;
        for data in [TITLES, COUNTRIES, PLACES, PLACES_WORLD, ORGANIZATIONS, MISC, GIVEN.list(), COMMON.list()] {
            let data = Data::new(data);
            for form in lines(data.text).flat_map(|l| l.split(['\t', '|'])) {
                // The loader trims forms as ASCII: no form has other white space at its ends.
                assert_eq!(form.trim(), form.trim_ascii(), "{form:?}");
                let form = form.trim();
                if plain_words(form).is_some() {
                    plain += 1;
                    let key = lex.phrase_key(&data, form).map(|(n, key)| (n, key.into_owned()));
                    assert_eq!(key, lex.segmented_key(form), "{form:?}");
                }
            }
        }
        assert!(plain > 5000, "most forms take the plain path ({plain})");
        assert_eq!(plain_words("United Nations"), Some((2, true)));
        assert_eq!(plain_words("Guinea-Bissau"), Some((1, true)));
        assert_eq!(plain_words("al-Shabaab militants"), Some((2, true)));
        assert_eq!(plain_words("Provence-Alpes-Côte Azur"), Some((2, false)));
        assert_eq!(plain_words("Şanlıurfa"), Some((1, false)));
        for form in ["", " ", " Kenya", "Kenya ", "United  Nations", "-Kenya", "Kenya-", "Guinea--Bissau", "Guinea -Bissau", "U.S.", "Côte d'Ivoire", "G7", "G-7", "Côte ", "Zürich-", "東京", "Zürich\u{a0}"] {
            assert_eq!(plain_words(form), None, "{form:?}");
        }
    }

    #[test]
    fn keys_from_the_lower_case_copy_equal_term_keys() {
        for data in [GIVEN.list(), GIVEN_AMBIGUOUS.list(), ORG_CUES, LOC_CUES, COMPANY_WORDS] {
            let data = Data::new(data);
            for line in lines(data.text) {
                assert_eq!(data.twin(line), line.to_ascii_lowercase());
                assert_eq!(term_key(data.twin(line)), term_key(line), "{line:?}");
            }
        }
    }

    #[test]
    fn bundled_lists_hold_the_files_entries_without_their_comments() {
        let files = [
            (STOPWORDS, include_str!("data/stopwords_en.txt")),
            (ABBREVIATIONS, include_str!("data/abbreviations.txt")),
            (COMMON.list(), include_str!("data/common_words.txt")),
            (GIVEN.list(), include_str!("data/given_names.txt")),
            (GIVEN_AMBIGUOUS.list(), include_str!("data/given_names_ambiguous.txt")),
            (ORG_CUES, include_str!("data/org_cues.txt")),
            (LOC_CUES, include_str!("data/loc_cues.txt")),
            (COMPANY_WORDS, include_str!("data/company_words.txt")),
            (TITLES, include_str!("data/titles.txt")),
            (TITLES_LATER, include_str!("data/titles_later.txt")),
            (COUNTRIES, include_str!("data/countries.tsv")),
            (PLACES, include_str!("data/places.tsv")),
            (PLACES_WORLD, include_str!("data/places_world.tsv")),
            (ORGANIZATIONS, include_str!("data/organizations.tsv")),
            (MISC, include_str!("data/misc.tsv")),
        ];
        for (list, file) in files {
            assert_eq!(list.size, file.len());
            assert!(file.starts_with("# textlens ") && file.contains("Licence: MIT"), "the file keeps its notes");
            // What the loader reads at run time without trimming is what `lines` reads in the file.
            assert_eq!(entries(list.text).collect::<Vec<_>>(), lines(file).collect::<Vec<_>>());
            assert!(list.text.lines().all(|l| !l.trim_end().is_empty() && !l.starts_with('#')), "{:?}", &list.text[..40]);
            assert!(list.text.ends_with('\n') && list.text.len() < file.len());
        }
        let kept = |raw: &'static [u8]| String::from_utf8(strip::<64>(raw)[..kept(raw)].to_vec()).unwrap();
        assert_eq!(kept(b"# notes\n\nalpha\n \n  #beta \n#\n\tgamma\t\ndelta"), "alpha\n  #beta\n\tgamma\ndelta\n");
        assert_eq!(kept(b""), "");
    }

    #[test]
    fn sorted_lists_are_front_coded() {
        for (list, file) in [(COMMON, include_str!("data/common_words.txt")), (GIVEN, include_str!("data/given_names.txt")), (GIVEN_AMBIGUOUS, include_str!("data/given_names_ambiguous.txt"))] {
            let text: String = lines(file).map(|l| format!("{l}\n")).collect();
            assert!(list.coded.len() < text.len() * 9 / 10, "{} of {}", list.coded.len(), text.len());
            assert_eq!(list.list().text, text);
            assert_eq!(list.lower(), text.to_ascii_lowercase());
            assert_eq!(list.coded[0], 0);
        }
        // Shared bytes stop before a character's continuation bytes, and at 31.
        const TEXT: &str = "Zoé\nZoë\nZoëlla\nabcdefghijklmnopqrstuvwxyzabcdefghij\nabcdefghijklmnopqrstuvwxyzabcdefghijk\nb\n";
        const CODED: &[u8] = &front_code::<{ front_coded(TEXT.as_bytes()) }>(TEXT.as_bytes());
        assert_eq!(CODED[..12], *b"\0Zo\xc3\xa9\x02\xc3\xab\x04lla");
        assert_eq!(CODED[12..], *b"\0abcdefghijklmnopqrstuvwxyzabcdefghij\x1ffghijk\0b");
        assert_eq!(Sorted { coded: CODED, size: 0, len: TEXT.len() }.list().text, TEXT);
    }

    #[test]
    fn gazetteer_names_fit_16_bits() {
        // The model numbers a document's gazetteer names in 16 bits (with one number for none).
        assert!(Lexicon::get().places.len() < usize::from(u16::MAX));
    }
}
