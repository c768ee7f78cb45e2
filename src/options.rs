//! Analysis options, validated one by one so an error can name the option at fault.

use crate::entities::EntityType;
use crate::error::Error;
use crate::json::ToJson;

/// Association measure used to sort co-occurring pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// Log-likelihood ratio G² (Dunning 1993): favours pairs that are both frequent and associated.
    Llr,
    /// Normalised pointwise mutual information, in [-1, 1].
    Npmi,
    /// Pointwise mutual information (log2): favours rare, exclusive pairs.
    Pmi,
    /// Dice coefficient.
    Dice,
    /// Raw co-occurrence count.
    Count,
}

impl Measure {
    const NAMES: [(&'static str, Measure); 5] =
        [("llr", Measure::Llr), ("npmi", Measure::Npmi), ("pmi", Measure::Pmi), ("dice", Measure::Dice), ("count", Measure::Count)];
}

/// Stopword language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    /// The bundled English list.
    English,
    /// No built-in list (only `stopwords` / `extraStopwords`).
    None,
}

/// Which entity tagger [`crate::Analyzer::new`] uses. The default is the model, whose weights
/// native builds bundle; a WebAssembly build loads them at run time (`loadModel()` in JS), and
/// its JS API uses the rules when no `tagger` is given and no weights are loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaggerKind {
    /// The rule tagger ([`crate::RuleTagger`]).
    Rules,
    /// The trained model ([`crate::ModelTagger`]), stacked on the rules.
    Model,
}

/// A dynamically typed option value, as the bindings and the CLI receive it.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// A string.
    Str(String),
    /// A list of strings.
    List(Vec<String>),
}

impl OptionValue {
    /// The value as an error message quotes it. Strings are quoted as JSON, not by `{:?}`: the
    /// release .wasm is built with `-Zfmt-debug=none`, where `{:?}` writes nothing.
    fn describe(&self) -> String {
        match self {
            OptionValue::Number(n) => crate::json::describe_number(*n),
            OptionValue::Bool(b) => if *b { "true" } else { "false" }.into(),
            OptionValue::Str(s) => s.to_json(),
            OptionValue::List(_) => "a list".to_string(),
        }
    }
}

/// What to compute and how much of it to report.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Terms, phrases and pairs to report; 0 = all. Default 50.
    pub top: usize,
    /// Replaces the built-in stopword list when set.
    pub stopwords: Option<Vec<String>>,
    /// Added to the stopword list in use.
    pub extra_stopwords: Vec<String>,
    /// Built-in stopword language. Default English.
    pub language: Language,
    /// Term co-occurrence window: ±`window` words in a sentence. 1–50, default 5.
    pub window: usize,
    /// Entity co-occurrence unit: sentences within ±`entity_window`. 0–20, default 0 (same sentence).
    pub entity_window: usize,
    /// Minimum count of a phrase or a co-occurring term pair. 1–1000, default 2.
    pub min_count: usize,
    /// Entity types to report: entities of these types, with all their mentions (a mention read
    /// as another type stays with its entity; see [`crate::Mention::ty`]). Default all.
    pub types: Vec<EntityType>,
    /// Whether to find phrases. Default true.
    pub phrases: bool,
    /// Whether the words of the entity mentions reported count as terms, in phrases and in term
    /// pairs. Default true; false leaves names to the entity lists: "African Union" is then
    /// neither the terms "african" and "union" nor a phrase (a name still takes its places in
    /// the term pairs' window, and no phrase spans it).
    pub name_terms: bool,
    /// Sort measure for co-occurring pairs. Default [`Measure::Llr`].
    pub sort_by: Measure,
    /// Longest text accepted, in UTF-16 code units; 0 = no limit.
    pub max_length: usize,
    /// The entity tagger. Default [`TaggerKind::Model`].
    pub tagger: TaggerKind,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            top: 50,
            stopwords: None,
            extra_stopwords: Vec::new(),
            language: Language::English,
            window: 5,
            entity_window: 0,
            min_count: 2,
            types: EntityType::ALL.to_vec(),
            phrases: true,
            name_terms: true,
            sort_by: Measure::Llr,
            max_length: 0,
            tagger: TaggerKind::Model,
        }
    }
}

/// The option names, as JavaScript spells them.
pub const OPTION_NAMES: [&str; 13] =
    ["top", "stopwords", "extraStopwords", "language", "window", "entityWindow", "minCount", "types", "phrases", "nameTerms", "sortBy", "maxLength", "tagger"];

fn whole(name: &str, v: &OptionValue, lo: usize, hi: usize) -> Result<usize, Error> {
    match v {
        OptionValue::Number(n) if n.fract() == 0.0 && *n >= lo as f64 && *n <= hi as f64 => Ok(*n as usize),
        _ => Err(Error::bad_option(name, ["must be a whole number from ", &lo.to_json(), " to ", &hi.to_json(), ", got ", &v.describe()].concat())),
    }
}

fn flag(name: &str, v: OptionValue) -> Result<bool, Error> {
    match v {
        OptionValue::Bool(b) => Ok(b),
        other => Err(Error::bad_option(name, ["must be true or false, got ", &other.describe()].concat())),
    }
}

fn words(name: &str, v: OptionValue) -> Result<Vec<String>, Error> {
    match v {
        OptionValue::List(list) => Ok(list.iter().map(|w| crate::term_key(w.trim()).into_owned()).collect()),
        other => Err(Error::bad_option(name, ["must be an array of strings, got ", &other.describe()].concat())),
    }
}

impl Options {
    /// Sets one option by its JavaScript name, checking its type and range.
    ///
    /// ```
    /// use textlens::{Options, OptionValue};
    /// let mut o = Options::default();
    /// o.set("top", OptionValue::Number(10.0)).unwrap();
    /// assert_eq!(o.top, 10);
    /// let e = o.set("colour", OptionValue::Bool(true)).unwrap_err();
    /// assert!(e.to_string().starts_with("invalid option `colour`: unknown option"));
    /// ```
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn set(&mut self, name: &str, value: OptionValue) -> Result<(), Error> {
        match name {
            "top" => self.top = whole(name, &value, 0, 100_000)?,
            "window" => self.window = whole(name, &value, 1, 50)?,
            "entityWindow" => self.entity_window = whole(name, &value, 0, 20)?,
            "minCount" => self.min_count = whole(name, &value, 1, 1000)?,
            "maxLength" => self.max_length = whole(name, &value, 0, u32::MAX as usize)?,
            "stopwords" => self.stopwords = Some(words(name, value)?),
            "extraStopwords" => self.extra_stopwords = words(name, value)?,
            "phrases" => self.phrases = flag(name, value)?,
            "nameTerms" => self.name_terms = flag(name, value)?,
            "language" => match value {
                OptionValue::Str(s) if s == "en" => self.language = Language::English,
                OptionValue::Str(s) if s == "none" => self.language = Language::None,
                other => return Err(Error::bad_option(name, ["must be \"en\" or \"none\", got ", &other.describe()].concat())),
            },
            "tagger" => match value {
                OptionValue::Str(s) if s == "rules" => self.tagger = TaggerKind::Rules,
                OptionValue::Str(s) if s == "model" => self.tagger = TaggerKind::Model,
                other => return Err(Error::bad_option(name, ["must be \"rules\" or \"model\", got ", &other.describe()].concat())),
            },
            "sortBy" => match &value {
                OptionValue::Str(s) if Measure::NAMES.iter().any(|(n, _)| n == s) => {
                    self.sort_by = Measure::NAMES.iter().find(|(n, _)| n == s).map(|p| p.1).unwrap_or(Measure::Llr)
                }
                other => {
                    return Err(Error::bad_option(name, ["must be one of \"llr\", \"npmi\", \"pmi\", \"dice\", \"count\", got ", &other.describe()].concat()))
                }
            },
            "types" => match value {
                OptionValue::List(list) => {
                    let mut types = Vec::new();
                    for t in &list {
                        match EntityType::parse(t) {
                            Some(ty) if !types.contains(&ty) => types.push(ty),
                            Some(_) => {}
                            None => return Err(Error::bad_option(name, ["must list only \"PER\", \"ORG\", \"LOC\", \"MISC\", got ", &t.to_json()].concat())),
                        }
                    }
                    self.types = types;
                }
                other => return Err(Error::bad_option(name, ["must be an array of entity types, got ", &other.describe()].concat())),
            },
            _ => return Err(Error::bad_option(name, ["unknown option; known options are ", &OPTION_NAMES.join(", ")].concat())),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OptionValue::*;

    #[test]
    fn each_bad_value_names_its_option() {
        let table: Vec<(&str, OptionValue, &str)> = vec![
            ("top", Number(-1.0), "must be a whole number from 0 to 100000, got -1"),
            ("top", Number(2.5), "must be a whole number from 0 to 100000, got 2.5"),
            ("top", Str("10".into()), "must be a whole number from 0 to 100000, got \"10\""),
            ("window", Number(51.0), "must be a whole number from 1 to 50, got 51"),
            ("minCount", Number(0.0), "must be a whole number from 1 to 1000, got 0"),
            ("entityWindow", Number(f64::NAN), "must be a whole number from 0 to 20, got NaN"),
            ("phrases", Str("yes".into()), "must be true or false, got \"yes\""),
            ("nameTerms", Number(0.0), "must be true or false, got 0"),
            ("language", Str("fr".into()), "must be \"en\" or \"none\", got \"fr\""),
            ("tagger", Str("crf".into()), "must be \"rules\" or \"model\", got \"crf\""),
            ("tagger", Bool(true), "must be \"rules\" or \"model\", got true"),
            ("sortBy", Str("t".into()), "must be one of \"llr\", \"npmi\", \"pmi\", \"dice\", \"count\", got \"t\""),
            ("types", List(vec!["PER".into(), "PERSON".into()]), "must list only \"PER\", \"ORG\", \"LOC\", \"MISC\", got \"PERSON\""),
            ("stopwords", Str("the".into()), "must be an array of strings, got \"the\""),
        ];
        for (name, value, message) in table {
            let err = Options::default().set(name, value).unwrap_err();
            assert_eq!(err.option(), Some(name));
            assert_eq!(err.to_string(), format!("invalid option `{name}`: {message}"));
        }
    }

    #[test]
    fn good_values_are_kept() {
        let mut o = Options::default();
        o.set("types", List(vec!["LOC".into(), "PER".into(), "LOC".into()])).unwrap();
        o.set("sortBy", Str("npmi".into())).unwrap();
        o.set("extraStopwords", List(vec![" Kenya’s ".into()])).unwrap();
        o.set("language", Str("none".into())).unwrap();
        o.set("tagger", Str("model".into())).unwrap();
        o.set("nameTerms", Bool(false)).unwrap();
        assert!(!o.name_terms);
        assert_eq!(o.tagger, TaggerKind::Model);
        assert_eq!(o.types, [EntityType::Loc, EntityType::Per]);
        assert_eq!(o.sort_by, Measure::Npmi);
        assert_eq!(o.extra_stopwords, ["kenya"]);
        assert_eq!(o.language, Language::None);
    }
}
