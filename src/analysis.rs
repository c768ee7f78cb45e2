//! The pipeline: segment, tag, merge, count; and [`Analysis`], its result.

use crate::entities::{merge, Entity, EntityType, Mention, ModelTagger, RuleTagger, Span, Tagger};
use crate::error::Error;
use crate::json::ToJson;
use crate::options::{Options, TaggerKind};
use crate::stats::cooc::{entity_pairs, Pair};
use crate::stats::kwic::{kwic, KwicLine};
use crate::stats::terms::{phrases, term_pairs, terms, Term};
use crate::stats::{Stopwords, Vocab};
use crate::text::Doc;

/// Everything computed for one document. Offsets are bytes; [`crate::Report`] turns them into
/// UTF-16 code units for JavaScript.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Length of the text in UTF-16 code units.
    pub characters: usize,
    /// Word and number tokens.
    pub words: usize,
    /// Sentences, headlines and datelines.
    pub sentences: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// The tagger that found the entities: `"model"`, `"rules"` (see [`crate::Tagger::name`]).
    pub tagger: &'static str,
    /// Entity mentions in text order.
    pub mentions: Vec<Mention>,
    /// Entities by mention count (descending), ties by first mention.
    pub entities: Vec<Entity>,
    /// All content terms by count, ties by term (the first `top` of them from
    /// [`Analyzer::analyze_top`], as with the lists below).
    pub terms: Vec<Term>,
    /// All phrases by count, ties by term.
    pub phrases: Vec<Term>,
    /// Entity pairs sharing a sentence (or window) at least `minCount` times, sorted by the `sortBy` measure.
    pub entity_pairs: Vec<Pair<usize>>,
    /// Term pairs within the window, at least `minCount` times, sorted by the `sortBy` measure.
    pub term_pairs: Vec<Pair<String>>,
}

/// Analyses documents with one set of options. Build it once, use it for many texts.
///
/// ```
/// let analyzer = textlens::Analyzer::new(textlens::Options::default()).unwrap();
/// let a = analyzer.analyze("NAIROBI, Kenya — Foreign Minister Amina Wekesa flew to Kampala. Wekesa said talks went well.").unwrap();
/// let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["Amina Wekesa", "Nairobi", "Kenya", "Kampala"]);
/// assert_eq!(a.entities[0].aliases, ["Wekesa"]);
/// ```
pub struct Analyzer {
    options: Options,
    stop: Stopwords,
    tagger: Box<dyn Tagger + Send + Sync>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").field("options", &self.options).finish_non_exhaustive()
    }
}

impl Analyzer {
    /// An analyzer with the tagger `options.tagger` names (the trained model by default). Fails if
    /// a field of `options` is out of range.
    pub fn new(options: Options) -> Result<Analyzer, Error> {
        Analyzer::with_model(options, ModelTagger::new)
    }

    /// [`Analyzer::new`] with the model from `model`, called only when `options.tagger` is the
    /// model: the JS API passes the one it already took to choose the default tagger.
    pub(crate) fn with_model(options: Options, model: impl FnOnce() -> ModelTagger) -> Result<Analyzer, Error> {
        let tagger: Box<dyn Tagger + Send + Sync> = match options.tagger {
            TaggerKind::Rules if cfg!(feature = "rules") => Box::new(RuleTagger),
            TaggerKind::Rules => return Err(Error::bad_option("tagger", "\"rules\" is not in this build (built without the `rules` feature): load the model's weights and use \"model\"")),
            TaggerKind::Model => {
                let model = model();
                if !cfg!(feature = "model") {
                    return Err(Error::bad_option("tagger", "\"model\" is not in this build (built without the `model` feature): use \"rules\""));
                }
                if !model.has_weights() {
                    return Err(Error::bad_option("tagger", "\"model\" needs the model's weights, which are not loaded: call loadModel() first"));
                }
                Box::new(model)
            }
        };
        Analyzer::with_tagger(options, tagger)
    }

    /// An analyzer with another tagger (a trained model, say); `options.tagger` is ignored.
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn with_tagger(options: Options, tagger: Box<dyn Tagger + Send + Sync>) -> Result<Analyzer, Error> {
        validate(&options)?;
        Ok(Analyzer { stop: Stopwords::new(&options), options, tagger })
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses one document.
    pub fn analyze(&self, text: &str) -> Result<Analysis, Error> {
        self.analyze_top(text, 0)
    }

    /// [`Analyzer::analyze`] with each ranked list (terms, phrases, and both kinds of pairs) cut
    /// to its first `top` items, all of them if `top` is 0: what a [`Report`](crate::Report) of
    /// `top` items shows, for less work, as the rest is neither ordered nor made. Mentions and
    /// entities are all kept.
    ///
    /// ```
    /// use textlens::{Analyzer, Options};
    /// let analyzer = Analyzer::new(Options::default()).unwrap();
    /// let text = "Kenya and Uganda met in Kampala. Kenya and Uganda signed a trade pact. Trade rose.";
    /// let (all, first) = (analyzer.analyze(text).unwrap(), analyzer.analyze_top(text, 2).unwrap());
    /// assert_eq!(first.terms, all.terms[..2]);
    /// assert_eq!(first.mentions, all.mentions);
    /// ```
    pub fn analyze_top(&self, text: &str, top: usize) -> Result<Analysis, Error> {
        let characters = utf16_len(text);
        if self.options.max_length > 0 && characters > self.options.max_length {
            return Err(Error::too_long(characters, self.options.max_length));
        }
        let o = &self.options;
        let doc = Doc::new(text);
        let mut spans: Vec<Span> = Vec::new();
        self.tagger.tag(&doc, &mut spans);
        // Taggers grow the list by doubling: give back the spare half before merging, and the
        // list itself after (wasm memory never shrinks, so its peak is what counts).
        spans.shrink_to_fit();
        let (mentions, entities) = merge(&doc, &spans);
        drop(spans);
        let (mentions, entities) = keep_types(mentions, entities, &o.types);

        let mut per_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.seg.sentences.len()];
        for m in &mentions {
            per_sentence[m.sentence].push(m.entity);
        }
        // Counted, and the list let go, before the term counts are made (12 bytes a sentence).
        let entity_pairs = entity_pairs(&per_sentence, o.entity_window, o.min_count, o.sort_by, top);
        drop(per_sentence);
        let vocab = if o.name_terms { Vocab::new(&doc, &self.stop) } else { Vocab::leaving_out(&doc, &self.stop, name_tokens(&doc, &mentions)) };
        Ok(Analysis {
            characters,
            words: doc.seg.tokens.iter().filter(|t| matches!(t.kind, crate::TokenKind::Word | crate::TokenKind::Number)).count(),
            sentences: doc.seg.sentences.len(),
            paragraphs: doc.seg.paragraphs,
            tagger: self.tagger.name(),
            entity_pairs,
            term_pairs: term_pairs(&doc, &vocab, o.window, o.min_count, o.sort_by, top),
            terms: terms(&vocab, top),
            phrases: if o.phrases { phrases(&doc, &vocab, o.min_count, top) } else { Vec::new() },
            mentions,
            entities,
        })
    }

    /// Keyword-in-context lines for any of `queries` in `text` (see [`KwicLine`]): whole words,
    /// so for a term or phrase of [`Analyzer::analyze`] exactly the occurrences its count counts.
    pub fn kwic(&self, text: &str, queries: &[String], width: usize, limit: usize) -> Vec<KwicLine> {
        kwic(&Doc::new(text), queries, width, limit, false)
    }

    /// [`Analyzer::kwic`], where a place also matches inside a word as the entities read it:
    /// "Ohio" in "Ohio-based", "Uganda" in "Kenya-Uganda" (a name's mentions are among its lines).
    pub fn kwic_parts(&self, text: &str, queries: &[String], width: usize, limit: usize) -> Vec<KwicLine> {
        kwic(&Doc::new(text), queries, width, limit, true)
    }

    /// For each group of queries, the byte spans [`Analyzer::kwic`] (with `parts`,
    /// [`Analyzer::kwic_parts`]) would match, from one segmentation of `text` (the context lines
    /// can then be cut without analysing it again).
    pub fn kwic_spans(&self, text: &str, groups: &[Vec<String>], parts: bool) -> Vec<Vec<(usize, usize)>> {
        crate::stats::kwic::spans(&Doc::new(text), groups, parts)
    }
}

/// Analyses `text` with `options` (a shortcut for [`Analyzer::new`] then [`Analyzer::analyze`]).
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    Analyzer::new(options.clone())?.analyze(text)
}

pub(crate) fn utf16_len(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    crate::report::utf16_units(text.as_bytes())
}

fn validate(o: &Options) -> Result<(), Error> {
    let check = |name: &str, v: usize, lo: usize, hi: usize| {
        if v < lo || v > hi {
            Err(Error::bad_option(name, ["must be a whole number from ", &lo.to_json(), " to ", &hi.to_json(), ", got ", &v.to_json()].concat()))
        } else {
            Ok(())
        }
    };
    check("top", o.top, 0, 100_000)?;
    check("window", o.window, 1, 50)?;
    check("entityWindow", o.entity_window, 0, 20)?;
    check("minCount", o.min_count, 1, 1000)?;
    Ok(())
}

/// One bit per token of `doc`, set for the tokens of `mentions` (a possessive's token too).
fn name_tokens(doc: &Doc, mentions: &[Mention]) -> Vec<u64> {
    let tokens = &doc.seg.tokens;
    let mut bits = vec![0u64; tokens.len().div_ceil(64)];
    for m in mentions {
        let mut i = tokens.partition_point(|t| t.end() as usize <= m.start);
        while i < tokens.len() && (tokens[i].start as usize) < m.end {
            bits[i / 64] |= 1 << (i % 64);
            i += 1;
        }
    }
    bits
}

/// Drops entities of types not asked for, renumbering the rest.
fn keep_types(mentions: Vec<Mention>, entities: Vec<Entity>, types: &[EntityType]) -> (Vec<Mention>, Vec<Entity>) {
    if EntityType::ALL.iter().all(|t| types.contains(t)) {
        return (mentions, entities);
    }
    let mut new_id = vec![usize::MAX; entities.len()];
    let kept: Vec<Entity> = entities
        .into_iter()
        .enumerate()
        .filter(|(_, e)| types.contains(&e.ty))
        .enumerate()
        .map(|(new, (old, e))| {
            new_id[old] = new;
            e
        })
        .collect();
    let mut new_mention = vec![usize::MAX; mentions.len()];
    let mentions: Vec<Mention> = mentions
        .into_iter()
        .enumerate()
        .filter(|(_, m)| new_id[m.entity] != usize::MAX)
        .enumerate()
        .map(|(new, (old, mut m))| {
            new_mention[old] = new;
            m.entity = new_id[m.entity];
            m
        })
        .collect();
    let kept = kept
        .into_iter()
        .map(|mut e| {
            e.mentions = e.mentions.iter().map(|&m| new_mention[m]).collect();
            e
        })
        .collect();
    (mentions, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::TaggerKind;

    /// Holds in every build (Cargo.toml's named feature sets): `cargo test --lib every_build
    /// --no-default-features --features minimal` checks one (README, "Size").
    #[test]
    fn every_build_analyses_a_short_text() {
        let text = "NAIROBI, Kenya — Olena Kovalenko met farmers from Kenya on Monday. Kovalenko said the \
                    Association of Southeast Asian Nations (ASEAN) would help.";
        // The model where it is built, else the rules.
        let kind = if cfg!(feature = "model") { TaggerKind::Model } else { TaggerKind::Rules };
        let a = analyze(text, &Options { tagger: kind, ..Options::default() }).unwrap();
        assert_eq!(a.tagger, if cfg!(feature = "model") { "model" } else { "rules" });
        let find = |name: &str| a.entities.iter().find(|e| e.name == name).map(|e| (e.ty, e.count()));
        assert_eq!(find("Kenya").map(|(ty, _)| ty), Some(EntityType::Loc));
        assert_eq!(find("Nairobi").map(|(ty, _)| ty), Some(EntityType::Loc));
        let olena = find("Olena Kovalenko");
        assert_eq!(olena.map(|(ty, _)| ty), Some(EntityType::Per));
        // Alias merging beyond the same key joins "Kovalenko" to the full name.
        assert_eq!(olena.map(|(_, n)| n), Some(if cfg!(feature = "aliases") { 2 } else { 1 }));
        // Each tagger is a choice only where it is built.
        let model = Analyzer::new(Options::default());
        assert_eq!(model.is_ok(), cfg!(feature = "model"));
        if let Err(e) = model {
            assert!(e.to_string().contains("`model` feature"), "{e}");
        }
        let rules = Analyzer::new(Options { tagger: TaggerKind::Rules, ..Options::default() });
        match rules {
            Ok(r) => {
                assert!(cfg!(feature = "rules"));
                assert_eq!(r.analyze(text).unwrap().tagger, "rules");
            }
            Err(e) => {
                assert!(!cfg!(feature = "rules"));
                assert!(e.to_string().contains("`rules` feature"), "{e}");
            }
        }
    }
}
