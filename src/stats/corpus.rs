//! Several documents together: totals, document frequency, tf-idf, per-document counts.
//!
//! [`CorpusStats`] is a monoid: [`CorpusStats::merge`] is associative, so documents can be
//! summarised separately (in workers, say) and combined in any grouping; totals do not depend on
//! the order either.

#![allow(missing_docs)] // Serialized shapes: each field is documented in the TypeScript definitions (src/wasm.rs).

use crate::analysis::Analysis;
use crate::entities::EntityType;
use crate::hash::FxMap;
use crate::json::{json_object, JsonWriter, ToJson};

#[derive(Clone, Debug, PartialEq)]
/// One document of a corpus.
pub struct DocumentInfo {
    pub name: String,
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// Distinct entities.
    pub entities: usize,
}

/// A term's or an entity's counts: one type for both maps, keyed by `String` both, so the .wasm
/// holds one copy of the hash map's code for them, not two.
#[derive(Clone, Debug, PartialEq)]
struct Stats {
    /// A term's display form (empty for an entity).
    display: String,
    /// An entity's aliases, sorted, each once (empty for a term).
    aliases: Vec<String>,
    /// (document, count), documents ascending.
    per_doc: Vec<(usize, usize)>,
}

/// An entity's key in [`CorpusStats`]'s map: its type's place in [`EntityType::ALL`] as a digit,
/// then its name.
fn entity_key(name: &str, ty: EntityType) -> String {
    let place = EntityType::ALL.iter().position(|&t| t == ty).unwrap_or(0) as u8;
    [char::from(b'0' + place).encode_utf8(&mut [0; 4]), name].concat()
}

/// The name and type an [`entity_key`] was made of.
fn entity_of(key: &str) -> (&str, EntityType) {
    (&key[1..], EntityType::ALL[usize::from(key.as_bytes()[0] - b'0')])
}

/// Summaries of documents, mergeable. The maps are hash maps, not ordered ones (their code
/// weighed 12 KB in the .wasm): every list [`CorpusStats::result`] makes is sorted by a total order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusStats {
    docs: Vec<DocumentInfo>,
    terms: FxMap<String, Stats>,
    /// Keyed by [`entity_key`].
    entities: FxMap<String, Stats>,
}

/// Adds `names` to the sorted set `set`.
fn add_aliases(set: &mut Vec<String>, names: impl IntoIterator<Item = String>) {
    for name in names {
        if let Err(at) = set.binary_search(&name) {
            set.insert(at, name);
        }
    }
}

/// Which of two display forms to keep, independent of order: a capitalised form over the key, then the smaller.
fn pick_display(a: &str, b: &str, key: &str) -> String {
    match (a == key, b == key) {
        (true, false) => b.to_string(),
        (false, true) => a.to_string(),
        _ => a.min(b).to_string(),
    }
}

impl CorpusStats {
    /// The summary of one analysed document.
    pub fn of(name: &str, a: &Analysis) -> CorpusStats {
        let mut s = CorpusStats::default();
        s.docs.push(DocumentInfo {
            name: name.to_string(),
            characters: a.characters,
            words: a.words,
            sentences: a.sentences,
            paragraphs: a.paragraphs,
            entities: a.entities.len(),
        });
        for t in &a.terms {
            s.terms.insert(t.term.clone(), Stats { display: t.display.clone(), aliases: Vec::new(), per_doc: vec![(0, t.count)] });
        }
        for e in &a.entities {
            let entry = s.entities.entry(entity_key(&e.name, e.ty)).or_insert_with(|| Stats { display: String::new(), aliases: Vec::new(), per_doc: vec![(0, 0)] });
            add_aliases(&mut entry.aliases, e.aliases.iter().cloned());
            entry.per_doc[0].1 += e.count();
        }
        s
    }

    /// Appends `other`'s documents after this one's.
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn merge(mut self, other: CorpusStats) -> CorpusStats {
        let shift = self.docs.len();
        self.docs.extend(other.docs);
        for (key, t) in other.terms {
            let moved = t.per_doc.iter().map(|&(d, c)| (d + shift, c));
            match self.terms.get_mut(&key) {
                Some(mine) => {
                    mine.display = pick_display(&mine.display, &t.display, &key);
                    mine.per_doc.extend(moved);
                }
                None => {
                    self.terms.insert(key, Stats { display: t.display, aliases: Vec::new(), per_doc: moved.collect() });
                }
            }
        }
        for (key, e) in other.entities {
            let mine = self.entities.entry(key).or_insert_with(|| Stats { display: String::new(), aliases: Vec::new(), per_doc: Vec::new() });
            add_aliases(&mut mine.aliases, e.aliases);
            mine.per_doc.extend(e.per_doc.iter().map(|&(d, c)| (d + shift, c)));
        }
        self
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// True when no document has been added.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Totals, document frequencies, tf-idf and trends; lists cut to `top` (0 = all).
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn result(&self, top: usize) -> CorpusResult {
        let n = self.docs.len();
        let idf = |df: usize| libm::log((1.0 + n as f64) / (1.0 + df as f64)) + 1.0;
        let limit = |len: usize| if top == 0 { len } else { top.min(len) };
        let total = |per_doc: &[(usize, usize)]| per_doc.iter().map(|p| p.1).sum::<usize>();
        let series = |per_doc: &[(usize, usize)]| {
            let mut v = vec![0; n];
            for &(d, c) in per_doc {
                v[d] += c;
            }
            v
        };

        let mut terms: Vec<CorpusTerm> = self
            .terms
            .iter()
            .map(|(key, t)| {
                let count = total(&t.per_doc);
                let df = t.per_doc.len();
                CorpusTerm { term: key.clone(), display: t.display.clone(), count, df, tfidf: count as f64 * idf(df) }
            })
            .collect();
        crate::sort::sort_by(&mut terms, |a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));

        let mut entities: Vec<CorpusEntity> = self
            .entities
            .iter()
            .map(|(key, e)| (entity_of(key), e))
            .map(|((name, ty), e)| CorpusEntity {
                name: name.to_string(),
                ty,
                count: total(&e.per_doc),
                df: e.per_doc.len(),
                aliases: e.aliases.iter().filter(|a| *a != name).cloned().collect(),
            })
            .collect();
        crate::sort::sort_by(&mut entities, |a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)).then(a.ty.cmp(&b.ty)));

        // Per-document keywords: the terms with the highest tf-idf in each document.
        let mut keywords: Vec<Vec<Keyword>> = vec![Vec::new(); n];
        for (key, t) in &self.terms {
            let weight = idf(t.per_doc.len());
            for &(d, c) in &t.per_doc {
                keywords[d].push(Keyword { term: key.clone(), display: t.display.clone(), count: c, tfidf: c as f64 * weight });
            }
        }
        for k in &mut keywords {
            crate::sort::sort_by(k, |a, b| b.tfidf.total_cmp(&a.tfidf).then_with(|| a.term.cmp(&b.term)));
            k.truncate(10);
        }

        let trend_terms = terms[..limit(terms.len())].iter().map(|t| TermTrend { term: t.term.clone(), counts: series(&self.terms[&t.term].per_doc) }).collect();
        let trend_entities = entities[..limit(entities.len())]
            .iter()
            .map(|e| EntityTrend { name: e.name.clone(), ty: e.ty, counts: series(&self.entities[&entity_key(&e.name, e.ty)].per_doc) })
            .collect();
        terms.truncate(limit(terms.len()));
        entities.truncate(limit(entities.len()));
        CorpusResult {
            documents: self.docs.iter().cloned().zip(keywords).map(|(info, keywords)| CorpusDocument { info, keywords }).collect(),
            characters: self.docs.iter().map(|d| d.characters).sum(),
            words: self.docs.iter().map(|d| d.words).sum(),
            sentences: self.docs.iter().map(|d| d.sentences).sum(),
            terms,
            entities,
            trends: Trends { terms: trend_terms, entities: trend_entities },
        }
    }
}

/// A document in the corpus result.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusDocument {
    pub info: DocumentInfo,
    /// Top terms of the document by tf-idf.
    pub keywords: Vec<Keyword>,
}

/// A term's weight in one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub term: String,
    pub display: String,
    pub count: usize,
    pub tfidf: f64,
}

/// A term over the whole corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusTerm {
    pub term: String,
    pub display: String,
    pub count: usize,
    /// Documents that contain it.
    pub df: usize,
    /// count × (ln((1 + N) / (1 + df)) + 1).
    pub tfidf: f64,
}

/// An entity over the whole corpus, matched across documents by canonical name and type.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusEntity {
    pub name: String,
    pub ty: EntityType,
    pub count: usize,
    pub df: usize,
    pub aliases: Vec<String>,
}

/// Per-document counts of a term.
#[derive(Clone, Debug, PartialEq)]
pub struct TermTrend {
    pub term: String,
    pub counts: Vec<usize>,
}

/// Per-document counts of an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityTrend {
    pub name: String,
    pub ty: EntityType,
    pub counts: Vec<usize>,
}

/// Per-document counts of the top terms and entities.
#[derive(Clone, Debug, PartialEq)]
pub struct Trends {
    pub terms: Vec<TermTrend>,
    pub entities: Vec<EntityTrend>,
}

/// The corpus as JavaScript sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusResult {
    pub documents: Vec<CorpusDocument>,
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub terms: Vec<CorpusTerm>,
    pub entities: Vec<CorpusEntity>,
    pub trends: Trends,
}

json_object!(Keyword { term, display, count, tfidf });
json_object!(CorpusTerm { term, display, count, df, tfidf });
json_object!(CorpusEntity { name, ty => "type", count, df, aliases });
json_object!(TermTrend { term, counts });
json_object!(EntityTrend { name, ty => "type", counts });
json_object!(Trends { terms, entities });
json_object!(CorpusResult { documents, characters, words, sentences, terms, entities, trends });

impl ToJson for CorpusDocument {
    fn write_json(&self, w: &mut JsonWriter) {
        let i = &self.info;
        w.begin_object();
        w.member("name", &i.name);
        w.member("characters", &i.characters);
        w.member("words", &i.words);
        w.member("sentences", &i.sentences);
        w.member("paragraphs", &i.paragraphs);
        w.member("entities", &i.entities);
        w.member("keywords", &self.keywords);
        w.end_object();
    }

}
