//! # textlens
//!
//! News text analytics for the browser (through WebAssembly) and the command line:
//!
//! - **entity mentions** of CoNLL-2003 types ([`EntityType`]: PER, ORG, LOC, MISC), grouped into
//!   [`Entity`]s with their aliases merged: "Kovalenko" → "Olena Kovalenko", "ASEAN" ↔
//!   "Association of Southeast Asian Nations", "Kenya’s" → "Kenya", a "NAIROBI —" dateline →
//!   "Nairobi";
//! - **term frequencies** and **phrases**, stopwords out, possessives folded, no sentiment;
//! - **co-occurrence** of entities (same sentence) and terms (a word window), with PMI, NPMI,
//!   log-likelihood G² and Dice scores; **keyword in context**;
//! - a **corpus** of several documents with document frequency, tf-idf and per-document trends.
//!
//! Offsets inside Rust are byte offsets; [`Report`] converts them to UTF-16 code units for
//! JavaScript, where `text.slice(m.start, m.end) === m.text`.
//!
//! ```
//! use textlens::{analyze, Options, EntityType};
//!
//! let text = "NAIROBI, Kenya — The Association of Southeast Asian Nations (ASEAN) met \
//!             Olena Kovalenko on Monday. Kovalenko said ASEAN would help Kenya’s farmers.";
//! let a = analyze(text, &Options::default()).unwrap();
//! let kovalenko = a.entities.iter().find(|e| e.name == "Olena Kovalenko").unwrap();
//! assert_eq!((kovalenko.ty, kovalenko.count()), (EntityType::Per, 2));
//! let asean = a.entities.iter().find(|e| e.aliases.contains(&"ASEAN".to_string())).unwrap();
//! assert_eq!(asean.name, "Association of Southeast Asian Nations");
//! let kenya = a.entities.iter().find(|e| e.name == "Kenya").unwrap();
//! assert_eq!(kenya.count(), 2); // "Kenya" and "Kenya’s"
//! assert_eq!(a.terms[0].term, "asean");
//! ```
#![deny(missing_docs, unsafe_code)]
// A build that leaves parts out (Cargo.toml's features) leaves their code unused.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

mod analysis;
mod entities;
mod error;
mod hash;
mod json;
mod lexicon;
mod options;
mod report;
mod sort;
mod stats;
mod text;
mod wordset;
/// The WebAssembly binding (wasm32 only): what JavaScript calls.
#[cfg(target_arch = "wasm32")]
pub mod wasm_api {
    pub use crate::wasm::{analyze, kwic, kwic_spans, memory_bytes, version, word_count, Corpus};
}
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{analyze, Analysis, Analyzer};
pub use entities::{Entity, EntityType, Evidence, Mention, ModelTagger, RuleTagger, Span, Tagger};
/// Training the [`ModelTagger`] (used by `src/bin/train.rs`; not a stable API).
#[doc(hidden)]
pub use entities::train;
pub use error::Error;
pub use json::{JsonWriter, ToJson};
pub use options::{Language, Measure, OptionValue, Options, TaggerKind, OPTION_NAMES};
pub use report::{Cooccurrence, EntityOut, KwicOut, MentionOut, PairOut, Report, Utf16Map};
pub use stats::cooc::{Pair, Scores};
pub use stats::corpus::{
    CorpusDocument, CorpusEntity, CorpusResult, CorpusStats, CorpusTerm, DocumentInfo, EntityTrend, Keyword, TermTrend, Trends,
};
pub use stats::kwic::KwicLine;
pub use stats::terms::Term;
pub use text::normalize::{fold, strip_possessive, term_key};
pub use text::{Doc, SegmentKind, Segmented, Sentence, Token, TokenKind, MAX_TOKEN_BYTES};

/// The built-in English stopword list.
pub fn default_stopwords() -> impl Iterator<Item = &'static str> {
    lexicon::Lexicon::default_stopwords()
}
