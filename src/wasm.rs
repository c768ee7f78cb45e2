//! The WebAssembly binding: the only module that knows about wasm-bindgen.
//!
//! Text comes in as JS strings (lone surrogates become U+FFFD, one code unit each, so offsets stay
//! aligned); results go out as plain objects with UTF-16 offsets; every failure is a JS `Error`
//! whose message names the problem.

use wasm_bindgen::prelude::*;

use crate::json::{describe_number, ToJson};
use crate::{Analyzer, CorpusStats, Error, KwicOut, OptionValue, Options, Report, TaggerKind};

type JsResult<T> = Result<T, JsError>;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** CoNLL-2003 entity types. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Association measure used to sort co-occurrence pairs. */
export type SortMeasure = 'llr' | 'npmi' | 'pmi' | 'dice' | 'count';

export interface AnalyzeOptions {
  /** How many terms, phrases and co-occurrence pairs to return (entities and mentions are complete). 0 = all. Default 50. */
  top?: number;
  /** Replaces the built-in stopword list. */
  stopwords?: string[];
  /** Added to the stopword list in use. */
  extraStopwords?: string[];
  /** Stopword language: 'en' (default) or 'none'. */
  language?: 'en' | 'none';
  /** Collocation window for term co-occurrence: ±window words within a sentence. 1–50, default 5. */
  window?: number;
  /** Entity co-occurrence unit: 0 = same sentence (default); n = a window of n sentences either side of each sentence (overlapping windows: a pair one sentence apart is counted in every window holding both). 0–20. */
  entityWindow?: number;
  /** Minimum count for phrases and co-occurring pairs. 1–1000, default 2. */
  minCount?: number;
  /** Entity types to report: entities of these types, with all their mentions (a mention may carry another type). Default all four. */
  types?: EntityType[];
  /** Whether to compute phrases (bigrams and trigrams). Default true. */
  phrases?: boolean;
  /** Whether the words of the names reported (the mentions of `entities`) count as terms, in phrases and in term pairs. Default true; false leaves names to the entity lists ("African Union" is then neither two terms nor a phrase). */
  nameTerms?: boolean;
  /** Sort measure for co-occurrence pairs. Default 'llr' (log-likelihood G²). */
  sortBy?: SortMeasure;
  /** Reject longer input (UTF-16 code units) with an Error. Default 0 = no limit. */
  maxLength?: number;
  /** Entity tagger: 'model' (a compact averaged perceptron trained on CoNLL-2003, stacked on the rules; more accurate on wire text) or 'rules' (gazetteers, cues and alias rules alone; faster). Default: 'model' when its weights are loaded (init() loads them unless told `model: false`; in Node at import), else 'rules'. 'model' without weights throws an Error naming loadModel(). The result's `tagger` says which one ran. */
  tagger?: 'rules' | 'model';
}

export interface Mention {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
  /** The mention as written (a possessive ’s is not part of it). */
  text: string;
  /**
   * The type this mention was read as. Usually its entity's; a name the tagger read two ways
   * ("Leeds" the club and the city) is one entity, typed by its mentions' vote, whose mentions
   * keep their own types. A mention only guessed from its capitals takes the entity's type.
   */
  type: EntityType;
  /** Index into `entities`. */
  entity: number;
  /** Index of the sentence the mention is in. */
  sentence: number;
}

export interface Entity {
  /** Its index in `entities`. */
  id: number;
  /** Canonical name: the fullest form seen ("Olena Kovalenko", "Association of Southeast Asian Nations", "Nairobi"). */
  name: string;
  type: EntityType;
  /** Number of mentions. */
  count: number;
  /** Other forms seen in the text ("Kovalenko", "ASEAN", "NAIROBI"), in order of first appearance. */
  aliases: string[];
  /** Indices into `mentions`, in text order. */
  mentions: number[];
}

export interface Term {
  /** The counted form: case-folded, curly apostrophes straightened, possessive folded. */
  term: string;
  /** The commonest form as written ("Kenya", "ceasefire"). */
  display: string;
  count: number;
}

/** Association scores, rounded to 6 decimal places. */
export interface Scores {
  /** Observed co-occurrences. */
  count: number;
  /** Pointwise mutual information, log2. */
  pmi: number;
  /** Normalised PMI in [-1, 1]. */
  npmi: number;
  /** Log-likelihood ratio G² (Dunning 1993). */
  llr: number;
  /** Dice coefficient in [0, 1]. */
  dice: number;
}

export interface EntityPair extends Scores {
  /** Entity ids, a < b. */
  a: number;
  b: number;
}

export interface TermPair extends Scores {
  a: string;
  b: string;
}

export interface Analysis {
  /** Length of the text in UTF-16 code units. */
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** The entity tagger that ran: 'model' or 'rules' (see AnalyzeOptions.tagger). */
  tagger: 'rules' | 'model';
  mentions: Mention[];
  entities: Entity[];
  terms: Term[];
  phrases: Term[];
  cooccurrence: { entities: EntityPair[]; terms: TermPair[] };
}

/** The binding's analysis: `mentions` five numbers each (start, end, type as its index in PER, ORG, LOC, MISC, entity, sentence); `www/api.js` makes them `Mention`s. */
export type RawAnalysis = Omit<Analysis, 'mentions'> & { mentions: Uint32Array };

export interface KwicOptions {
  /** Characters of context on each side (cut at word boundaries). 1–500, default 40. */
  width?: number;
  /** Maximum number of lines. 0 = all. Default 0. */
  limit?: number;
  /**
   * Also match a place inside a word, as the entities read it: "Ohio" in "Ohio-based", "Uganda" in
   * "Kenya-Uganda". Default false: whole words only, the occurrences a term's count counts.
   */
  parts?: boolean;
}

export interface KwicLine {
  /** UTF-16 offsets of the match in the text. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
  sentence: number;
}

export interface CorpusDocument {
  name: string;
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** Distinct entities in the document. */
  entities: number;
  /** The document's top terms by tf-idf. */
  keywords: { term: string; display: string; count: number; tfidf: number }[];
}

export interface CorpusResult {
  documents: CorpusDocument[];
  characters: number;
  words: number;
  sentences: number;
  /** Terms over all documents: `df` documents contain it; tfidf = count × (ln((1 + N) / (1 + df)) + 1). */
  terms: { term: string; display: string; count: number; df: number; tfidf: number }[];
  /** Entities matched across documents by canonical name and type. */
  entities: { name: string; type: EntityType; count: number; df: number; aliases: string[] }[];
  /** Per-document counts of the top terms and entities, in document order. */
  trends: {
    terms: { term: string; counts: number[] }[];
    entities: { name: string; type: EntityType; counts: number[] }[];
  };
}
"#;

fn error(e: Error) -> JsError {
    JsError::new(&e.message())
}

/// The error of an export whose part this build left out (Cargo.toml's features).
#[cold]
fn left_out(what: &str, feature: &str) -> JsError {
    JsError::new(&[what, " is not in this build of textlens (built without the `", feature, "` feature)"].concat())
}

#[cfg_attr(textlens_size, optimize(size))]
fn describe(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if v.is_undefined() {
        "undefined".into()
    } else if let Some(s) = v.as_string() {
        // Quoted as JSON: `{:?}` writes nothing in the release build (`-Zfmt-debug=none`).
        s.to_json()
    } else if let Some(n) = v.as_f64() {
        describe_number(n)
    } else if v.is_function() {
        "a function".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        ["a value of type ", &v.js_typeof().as_string().unwrap_or_default()].concat()
    }
}

/// `Utf8Error`'s message as its `Display` writes it, without `std::fmt` (which the .wasm then
/// leaves out: every message here is joined from its parts).
fn utf8_error(e: std::str::Utf8Error) -> String {
    let at = e.valid_up_to().to_json();
    match e.error_len() {
        Some(n) => ["invalid utf-8 sequence of ", &usize::from(n).to_json(), " bytes from index ", &at].concat(),
        None => ["incomplete utf-8 byte sequence from index ", &at].concat(),
    }
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &js_sys::JsString, into: &mut [u8]) -> Encoded;
    /// `encodeInto`'s answer: code units read, bytes written.
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// A JS string as UTF-8, written by the engine's `encodeInto` straight into wasm memory (about
/// twice as fast in Chromium as `encode` and a copy of its bytes in: README, "Speed, memory and
/// size", session 16). First into a byte a code unit and a 32nd more, which holds ASCII text and
/// English news (its curly quotes and dashes) whole; what is left then takes at most three bytes a
/// code unit. The bytes then shrink in place to their exact size. Growing them instead moves them
/// (dlmalloc grows wasm memory by a whole request when the room at its top is short), which put
/// the 10 MB bench's peak at 48.06 MB, not 46.44. wasm-bindgen's own string passing reserves three
/// bytes a code unit at once (30 MB for a 10 MB article, and wasm memory never shrinks), after a
/// loop in JS over the ASCII head.
fn text_arg(what: &str, v: &JsValue) -> JsResult<String> {
    let text: &js_sys::JsString = v.dyn_ref().ok_or_else(|| JsError::new(&[what, " must be a string, got ", &describe(v)].concat()))?;
    let units = text.length() as usize;
    let mut bytes = vec![0; units + units / 32];
    let done = ENCODER.with(|e| e.encode_into(text, &mut bytes));
    let (read, mut written) = (done.read() as usize, done.written() as usize);
    if read < units {
        bytes.resize(written + 3 * (units - read), 0);
        written += ENCODER.with(|e| e.encode_into(&text.slice(read as u32, units as u32), &mut bytes[written..])).written() as usize;
    }
    bytes.truncate(written);
    bytes.shrink_to_fit();
    // encodeInto writes well-formed UTF-8 (a lone surrogate becomes U+FFFD), so this cannot fail.
    String::from_utf8(bytes).map_err(|e| JsError::new(&[what, ": the text did not encode as UTF-8 (", &utf8_error(e.utf8_error()), ")"].concat()))
}

/// The object's own enumerable properties, with `undefined` values skipped. `what` names it in errors.
#[cfg_attr(textlens_size, optimize(size))]
fn entries(what: &str, v: &JsValue) -> JsResult<Vec<(String, JsValue)>> {
    if v.is_undefined() || v.is_null() {
        return Ok(Vec::new());
    }
    if !v.is_object() || js_sys::Array::is_array(v) || v.is_function() {
        return Err(JsError::new(&[what, " must be an object, got ", &describe(v)].concat()));
    }
    let obj: &js_sys::Object = v.unchecked_ref();
    let mut out = Vec::new();
    for pair in js_sys::Object::entries(obj).iter() {
        let pair: js_sys::Array = pair.unchecked_into();
        let value = pair.get(1);
        if !value.is_undefined() {
            out.push((pair.get(0).as_string().unwrap_or_default(), value));
        }
    }
    Ok(out)
}

#[cfg_attr(textlens_size, optimize(size))]
fn value(name: &str, v: &JsValue) -> JsResult<OptionValue> {
    if let Some(b) = v.as_bool() {
        Ok(OptionValue::Bool(b))
    } else if let Some(n) = v.as_f64() {
        Ok(OptionValue::Number(n))
    } else if let Some(s) = v.as_string() {
        Ok(OptionValue::Str(s))
    } else if js_sys::Array::is_array(v) {
        let arr: &js_sys::Array = v.unchecked_ref();
        arr.iter()
            .map(|item| item.as_string().ok_or_else(|| JsError::new(&["invalid option `", name, "`: must be an array of strings, got an element ", &describe(&item)].concat())))
            .collect::<JsResult<Vec<String>>>()
            .map(OptionValue::List)
    } else {
        Err(JsError::new(&["invalid option `", name, "`: unsupported value ", &describe(v)].concat()))
    }
}

/// An analyzer with the options in `v`. Without a `tagger`, the model if its weights are loaded,
/// else the rules. The installed weights are taken once, for both.
#[cfg_attr(textlens_size, optimize(size))]
fn analyzer(v: &JsValue) -> JsResult<Analyzer> {
    let model = crate::ModelTagger::new();
    let mut o = Options::default();
    if !model.has_weights() {
        o.tagger = TaggerKind::Rules;
    }
    for (name, v) in entries("options", v)? {
        o.set(&name, value(&name, &v)?).map_err(error)?;
    }
    Analyzer::with_model(o, || model).map_err(error)
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string (js-sys's takes a `&str`).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_js_string(text: &js_sys::JsString) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// The pieces of a long JSON text [`to_js`] has handed over so far, joined in one JS string.
    static PIECES: std::cell::RefCell<Option<js_sys::JsString>> = const { std::cell::RefCell::new(None) };
}

/// The result as JS objects: one JSON text, parsed by the engine's `JSON.parse` (far fewer
/// boundary crossings than building each object field by field from Rust). A long text goes to
/// JavaScript a piece of about 64 KB at a time as it is written ([`crate::json::in_pieces`]).
/// `dyn`: one copy of this for every kind of result, not one each (README, "Size").
fn to_js(value: &dyn ToJson) -> JsResult<JsValue> {
    // Nothing from a call that stopped part way (a trap) is taken into this one; and the engine's
    // `concat` runs outside the borrow, so a throw there leaves the cell free.
    PIECES.with_borrow_mut(Option::take);
    let tail = crate::json::in_pieces(value, |piece| {
        let piece = js_sys::JsString::from(piece);
        let text = match PIECES.with_borrow_mut(Option::take) {
            Some(t) => t.concat(&piece),
            None => piece,
        };
        PIECES.with_borrow_mut(|slot| *slot = Some(text));
    });
    let parsed = match PIECES.with_borrow_mut(Option::take) {
        None => js_sys::JSON::parse(&tail),
        Some(text) => parse_js_string(&text.concat(&js_sys::JsString::from(tail.as_str()))),
    };
    parsed.map_err(|_| JsError::new("internal error: the result is not valid JSON"))
}

/// An analysis of `text` for JavaScript: the report as [`to_js`] makes it, but its `mentions` one
/// `Uint32Array` ([`crate::report::mention_columns`]), which `www/api.js` turns into objects.
fn report_js(text: &str, analysis: &crate::Analysis, top: usize) -> JsResult<JsValue> {
    let out = to_js(&Report::summary(analysis, top))?;
    let columns = js_sys::Uint32Array::from(crate::report::mention_columns(text, analysis).as_slice());
    js_sys::Reflect::set(&out, &"mentions".into(), &columns).map_err(|_| JsError::new("internal error: the result took no mentions"))?;
    Ok(out)
}

/// Analyses one document: entity mentions and entities, terms, phrases, co-occurrence.
/// Offsets are UTF-16 code units. The mentions come as numbers (see `RawAnalysis`); `www/api.js`
/// makes the `Analysis`, where `text.slice(m.start, m.end) === m.text`.
#[wasm_bindgen(unchecked_return_type = "RawAnalysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions")] options: Option<JsValue>,
) -> JsResult<JsValue> {
    let text = text_arg("analyze(text): text", &text)?;
    let analyzer = analyzer(&options.unwrap_or(JsValue::UNDEFINED))?;
    let top = analyzer.options().top;
    let analysis = analyzer.analyze_top(&text, top).map_err(error)?;
    report_js(&text, &analysis, top)
}

/// Keyword in context: each whole-word, case-folded occurrence of any of `query` with the words
/// around it.
#[wasm_bindgen(unchecked_return_type = "KwicLine[]")]
#[cfg_attr(textlens_size, optimize(size))]
pub fn kwic(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | string[]")] query: JsValue,
    #[wasm_bindgen(unchecked_param_type = "KwicOptions")] options: Option<JsValue>,
) -> JsResult<JsValue> {
    if !cfg!(feature = "kwic") {
        return Err(left_out("kwic", "kwic"));
    }
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let text = text_arg("kwic(text, query): text", &text)?;
    let queries = match value("query", &query) {
        Ok(OptionValue::Str(s)) => vec![s],
        Ok(OptionValue::List(l)) => l,
        _ => return Err(JsError::new(&["kwic(text, query): query must be a string or an array of strings, got ", &describe(&query)].concat())),
    };
    let (mut width, mut limit) = (40usize, 0usize);
    let mut parts = false;
    for (name, v) in entries("kwic options", &options)? {
        let n = v.as_f64().filter(|n| n.fract() == 0.0);
        match (name.as_str(), n) {
            ("parts", _) => parts = parts_option(&v)?,
            ("width", Some(n)) if (1.0..=500.0).contains(&n) => width = n as usize,
            ("limit", Some(n)) if (0.0..=1e6).contains(&n) => limit = n as usize,
            ("width", _) => return Err(JsError::new(&["invalid option `width`: must be a whole number from 1 to 500, got ", &describe(&v)].concat())),
            ("limit", _) => return Err(JsError::new(&["invalid option `limit`: must be a whole number from 0 to 1000000, got ", &describe(&v)].concat())),
            _ => return Err(JsError::new(&["invalid option `", &name, "`: unknown option; known options are width, limit, parts"].concat())),
        }
    }
    // Context lines need the segmentation only, not an analyzer (nor its tagger).
    to_js(&KwicOut::all(&text, crate::stats::kwic::kwic(&crate::Doc::new(&text), &queries, width, limit, parts)))
}

/// The `parts` option of `kwic` and `kwicSpans`: a boolean.
fn parts_option(v: &JsValue) -> JsResult<bool> {
    v.as_bool().ok_or_else(|| JsError::new(&["invalid option `parts`: must be a boolean, got ", &describe(v)].concat()))
}

/// Where each group of queries occurs: for every group, the [start, end) UTF-16 offsets that
/// `kwic(text, group)` would give, as one flat `Uint32Array` (start, end, start, end, …). The text
/// is segmented once for all groups, so a caller can cut context lines for many queries (as
/// `<text-lens>` does) without analysing the text again for each one.
#[wasm_bindgen(js_name = kwicSpans, unchecked_return_type = "Uint32Array[]")]
#[cfg_attr(textlens_size, optimize(size))]
pub fn kwic_spans(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "(string | string[])[]")] groups: JsValue,
    #[wasm_bindgen(unchecked_param_type = "{ parts?: boolean }")] options: Option<JsValue>,
) -> JsResult<js_sys::Array> {
    if !cfg!(feature = "kwic") {
        return Err(left_out("kwicSpans", "kwic"));
    }
    let text = text_arg("kwicSpans(text, groups): text", &text)?;
    let mut parts = false;
    for (name, v) in entries("kwicSpans options", &options.unwrap_or(JsValue::UNDEFINED))? {
        match name.as_str() {
            "parts" => parts = parts_option(&v)?,
            _ => return Err(JsError::new(&["invalid option `", &name, "`: unknown option; known options are parts"].concat())),
        }
    }
    let bad = |v: &JsValue| JsError::new(&["kwicSpans(text, groups): groups must be an array of strings or arrays of strings, got ", &describe(v)].concat());
    if !js_sys::Array::is_array(&groups) {
        return Err(bad(&groups));
    }
    let groups = js_sys::Array::from(&groups)
        .iter()
        .map(|g| match value("groups", &g) {
            Ok(OptionValue::Str(s)) => Ok(vec![s]),
            Ok(OptionValue::List(l)) => Ok(l),
            _ => Err(bad(&g)),
        })
        .collect::<JsResult<Vec<Vec<String>>>>()?;
    let map = crate::Utf16Map::new(&text);
    let out = js_sys::Array::new();
    for spans in crate::stats::kwic::spans(&crate::Doc::new(&text), &groups, parts) {
        let flat: Vec<u32> = spans.iter().flat_map(|&(s, e)| [map.at(s) as u32, map.at(e) as u32]).collect();
        out.push(&js_sys::Uint32Array::from(flat.as_slice()));
    }
    Ok(out)
}

/// Several documents analysed together: per-document results, totals, document frequency,
/// tf-idf and per-document trends. Call `free()` when done to release its memory at once.
#[wasm_bindgen]
pub struct Corpus {
    analyzer: Analyzer,
    stats: CorpusStats,
}

#[wasm_bindgen]
impl Corpus {
    /// A corpus whose documents are analysed with `options`.
    #[wasm_bindgen(constructor)]
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "AnalyzeOptions")] options: Option<JsValue>) -> JsResult<Corpus> {
        if !cfg!(feature = "corpus") {
            return Err(left_out("Corpus", "corpus"));
        }
        let analyzer = self::analyzer(&options.unwrap_or(JsValue::UNDEFINED))?;
        Ok(Corpus { analyzer, stats: CorpusStats::default() })
    }

    /// Analyses `text`, adds it to the corpus, and returns its analysis (mentions as numbers, as
    /// [`analyze`]'s). `name` defaults to "document N".
    #[wasm_bindgen(unchecked_return_type = "RawAnalysis")]
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn add(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] name: Option<JsValue>,
    ) -> JsResult<JsValue> {
        if !cfg!(feature = "corpus") {
            return Err(left_out("Corpus", "corpus"));
        }
        let text = text_arg("Corpus.add(text, name): text", &text)?;
        let name = match name {
            None => ["document ", &(self.stats.len() + 1).to_json()].concat(),
            Some(n) => text_arg("Corpus.add(text, name): name", &n)?,
        };
        let analysis = self.analyzer.analyze(&text).map_err(error)?;
        let report = report_js(&text, &analysis, self.analyzer.options().top)?;
        let stats = std::mem::take(&mut self.stats);
        self.stats = stats.merge(CorpusStats::of(&name, &analysis));
        Ok(report)
    }

    /// Totals over all documents added so far.
    #[wasm_bindgen(unchecked_return_type = "CorpusResult")]
    #[cfg_attr(textlens_size, optimize(size))]
    pub fn result(&self) -> JsResult<JsValue> {
        if !cfg!(feature = "corpus") {
            return Err(left_out("Corpus", "corpus"));
        }
        to_js(&self.stats.result(self.analyzer.options().top))
    }

    /// Number of documents added.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.stats.len()
    }
}

/// Loads the trained tagger's weights (the bytes of the package's `model.bin`), after which the
/// model is the default tagger. They are not part of the .wasm, so a page that opts out of them
/// (`init({ model: false })`) loads 28 KB gzipped less. Loading again replaces them.
#[wasm_bindgen(js_name = loadModel)]
#[cfg_attr(textlens_size, optimize(size))]
pub fn load_model(#[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue) -> JsResult<()> {
    if !cfg!(feature = "model") {
        return Err(left_out("loadModel", "model"));
    }
    let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() else {
        return Err(JsError::new(&["loadModel(bytes): bytes must be a Uint8Array, got ", &describe(&bytes)].concat()));
    };
    if crate::ModelTagger::install(&array.to_vec()) {
        Ok(())
    } else {
        Err(JsError::new(&["loadModel(bytes): not a textlens model file (", &(array.length() as usize).to_json(), " bytes; expected the package's model.bin)"].concat()))
    }
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Bytes of WebAssembly memory the module holds now (it grows on demand and never shrinks).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}

/// Number of UAX #29 words (segments with a letter or digit) in `text`: segmentation alone, the
/// floor the benchmark compares the full analysis with.
#[wasm_bindgen(js_name = wordCount)]
pub fn word_count(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsResult<u32> {
    use unicode_segmentation::UnicodeSegmentation;
    let text = text_arg("wordCount(text): text", &text)?;
    Ok(text.split_word_bounds().filter(|w| w.chars().any(char::is_alphanumeric)).count() as u32)
}

