//! The bundled word lists and gazetteers (src/data, see its README for sources and licences),
//! parsed once on first use.

use crate::hash::{FxMap as HashMap, FxSet as HashSet};
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
    pub map: HashMap<String, T>,
    pub longest: usize,
    /// The first word of every phrase: a lookup that cannot start here is skipped at once.
    pub firsts: HashSet<String>,
    /// The first words (one or more) of every phrase longer than them: a lookup that has read
    /// words no phrase goes on from stops there ("kenya said", after "kenya").
    pub longer: HashSet<String>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases { map: HashMap::default(), longest: 0, firsts: HashSet::default(), longer: HashSet::default() }
    }
}

impl<T> Phrases<T> {
    fn insert(&mut self, words: usize, key: String, value: T) {
        self.longest = self.longest.max(words);
        let first = key.split(' ').next().unwrap_or_default();
        if !self.firsts.contains(first) {
            self.firsts.insert(first.to_string());
        }
        for (at, _) in key.match_indices(' ') {
            if !self.longer.contains(&key[..at]) {
                self.longer.insert(key[..at].to_string());
            }
        }
        self.map.entry(key).or_insert(value);
    }
}

pub(crate) struct Lexicon {
    pub stopwords: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    pub common: HashSet<&'static str>,
    pub given: HashSet<String>,
    pub given_ambiguous: HashSet<String>,
    pub org_cues: HashSet<String>,
    pub loc_cues: HashSet<String>,
    pub titles: Phrases<()>,
    pub places: Vec<Place>,
    pub gazetteer: Phrases<Hit>,
}

const STOPWORDS: &str = include_str!("data/stopwords_en.txt");
const ABBREVIATIONS: &str = include_str!("data/abbreviations.txt");
const COMMON: &str = include_str!("data/common_words.txt");
const GIVEN: &str = include_str!("data/given_names.txt");
const GIVEN_AMBIGUOUS: &str = include_str!("data/given_names_ambiguous.txt");
const ORG_CUES: &str = include_str!("data/org_cues.txt");
const LOC_CUES: &str = include_str!("data/loc_cues.txt");
const TITLES: &str = include_str!("data/titles.txt");
const COUNTRIES: &str = include_str!("data/countries.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");
const MISC: &str = include_str!("data/misc.tsv");

/// ASCII letters and spaces only, as most entries are: nothing for segmentation to repair (no
/// dots, hyphens or apostrophes), so [`plain_key`] gives the key without segmenting (a third of
/// the word lists' load time).
fn is_plain(phrase: &str) -> bool {
    phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
}

/// The phrase key of a plain phrase: its words in lower case, joined by one space.
fn plain_key(phrase: &str) -> Option<(usize, String)> {
    let mut key = String::with_capacity(phrase.len());
    let mut n = 0;
    for word in phrase.split(' ').filter(|w| !w.is_empty()) {
        if n > 0 {
            key.push(' ');
        }
        key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        n += 1;
    }
    (n > 0).then_some((n, key))
}

/// Non-comment, non-blank lines.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A set of `data`'s lines, sized for them up front (lines run about seven bytes).
fn set<T: std::hash::Hash + Eq>(data: &'static str, item: impl Fn(&'static str) -> T) -> HashSet<T> {
    let mut out = HashSet::with_capacity_and_hasher(data.len() / 7, Default::default());
    out.extend(lines(data).map(item));
    out
}

fn keys(data: &'static str) -> HashSet<String> {
    set(data, |l| term_key(l).into_owned())
}

impl Abbreviations for Lexicon {
    fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }
    fn is_stopword(&self, key: &str) -> bool {
        self.stopwords.contains(key)
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
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    /// The lists that hold `key` (a term key), as the bits above: one lookup in a map made at
    /// first use, instead of one a list. Both taggers read a key's lists this way.
    pub fn word_flags(&'static self, key: &str) -> u16 {
        static FLAGS: OnceLock<HashMap<&'static str, u16>> = OnceLock::new();
        let flags = FLAGS.get_or_init(|| {
            let mut flags = HashMap::default();
            let mut add = |words: &mut dyn Iterator<Item = &'static str>, bit: u16| {
                for w in words {
                    *flags.entry(w).or_insert(0) |= bit;
                }
            };
            add(&mut self.given.iter().map(String::as_str), lists::GIVEN);
            add(&mut self.given_ambiguous.iter().map(String::as_str), lists::GIVEN_AMBIGUOUS);
            add(&mut self.stopwords.iter().copied(), lists::STOPWORD);
            add(&mut self.common.iter().copied(), lists::COMMON);
            add(&mut self.org_cues.iter().map(String::as_str), lists::ORG_CUE);
            add(&mut self.loc_cues.iter().map(String::as_str), lists::LOC_CUE);
            add(&mut self.titles.map.keys().map(String::as_str), lists::TITLE);
            add(&mut self.gazetteer.firsts.iter().map(String::as_str), lists::STARTS_ENTRY);
            add(&mut self.titles.firsts.iter().map(String::as_str), lists::STARTS_TITLE);
            flags
        });
        flags.get(key).copied().unwrap_or(0)
    }

    fn load() -> Lexicon {
        let mut lex = Lexicon {
            stopwords: set(STOPWORDS, |l| l),
            abbreviations: set(ABBREVIATIONS, |l| l),
            common: set(COMMON, |l| l),
            given: keys(GIVEN),
            given_ambiguous: keys(GIVEN_AMBIGUOUS),
            org_cues: keys(ORG_CUES),
            loc_cues: keys(LOC_CUES),
            titles: Phrases::default(),
            places: Vec::new(),
            gazetteer: Phrases::default(),
        };
        for title in lines(TITLES) {
            if let Some((n, key)) = lex.phrase_key(title) {
                lex.titles.insert(n, key, ());
            }
        }
        for line in lines(COUNTRIES) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or("");
            let aliases = cols.next().unwrap_or("");
            let demonyms = cols.next().unwrap_or("");
            lex.add_entry(name, aliases, EntityType::Loc, false);
            // Each demonym is its own entry ("Filipino" and "Philippine" are different words);
            // a plural joins its singular ("Kenyans" → "Kenyan").
            let forms: Vec<&'static str> = demonyms.split('|').map(str::trim).filter(|d| !d.is_empty()).collect();
            for &form in &forms {
                if !forms.iter().any(|&other| other != form && form.starts_with(other) && form.len() - other.len() <= 2) {
                    let plurals = forms.iter().copied().filter(|&other| other != form && other.starts_with(form) && other.len() - form.len() <= 2);
                    lex.add_forms(form, plurals, EntityType::Misc, true);
                }
            }
        }
        for (data, ty) in [(ORGANIZATIONS, EntityType::Org), (PLACES, EntityType::Loc), (MISC, EntityType::Misc)] {
            for line in lines(data) {
                let (name, aliases) = line.split_once('\t').unwrap_or((line, ""));
                lex.add_entry(name, aliases, ty, false);
            }
        }
        lex
    }

    fn add_entry(&mut self, name: &'static str, aliases: &'static str, ty: EntityType, demonym: bool) {
        self.add_forms(name, aliases.split('|'), ty, demonym);
    }

    fn add_forms(&mut self, name: &'static str, aliases: impl Iterator<Item = &'static str>, ty: EntityType, demonym: bool) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        let entry = self.places.len() as u32;
        self.places.push(Place { canonical: name, ty, demonym });
        for form in std::iter::once(name).chain(aliases) {
            let form = form.trim();
            if let Some((n, key)) = self.phrase_key(form) {
                let caps_only = n == 1 && form.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && form.chars().filter(|c| c.is_alphabetic()).count() <= 5;
                self.gazetteer.insert(n, key, Hit { entry, caps_only });
            }
        }
    }

    /// The lookup key of a phrase: its words' term keys joined by spaces.
    fn phrase_key(&self, phrase: &str) -> Option<(usize, String)> {
        if is_plain(phrase) {
            plain_key(phrase)
        } else {
            self.segmented_key(phrase)
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

    /// The default English stopword list.
    pub fn default_stopwords() -> impl Iterator<Item = &'static str> {
        lines(STOPWORDS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_keys_equal_segmented_keys_for_every_bundled_form() {
        let lex = Lexicon::get();
        let mut plain = 0;
        for data in [TITLES, COUNTRIES, PLACES, ORGANIZATIONS, MISC, GIVEN, COMMON] {
            for form in lines(data).flat_map(|l| l.split(['\t', '|'])).map(str::trim) {
                if is_plain(form) {
                    plain += 1;
                    assert_eq!(plain_key(form), lex.segmented_key(form), "{form:?}");
                }
            }
        }
        assert!(plain > 5000, "most forms take the plain path ({plain})");
        for form in ["Kenya", "  United   Nations ", "", " "] {
            assert_eq!(plain_key(form), lex.segmented_key(form), "{form:?}");
        }
    }

    #[test]
    fn gazetteer_names_fit_16_bits() {
        // The model numbers a document's gazetteer names in 16 bits (with one number for none).
        assert!(Lexicon::get().places.len() < usize::from(u16::MAX));
    }
}
