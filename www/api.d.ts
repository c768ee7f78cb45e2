// textlens: the analysis API. Types of results and options come from the wasm-bindgen output.
import type { Analysis, AnalyzeOptions, KwicLine, KwicOptions, CorpusResult } from '../pkg/textlens.js';
export type {
  Analysis, AnalyzeOptions, KwicLine, KwicOptions, CorpusResult, CorpusDocument, Entity, EntityType, Mention,
  Term, Scores, EntityPair, TermPair, SortMeasure,
} from '../pkg/textlens.js';

/** What init() accepts for the .wasm: a URL or path, a Response, bytes, or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** The trained tagger's weights: a URL or string (resolved against the page), a Response, or the bytes. */
export type ModelInput = URL | string | Response | ArrayBuffer | Uint8Array;

/** init()'s options: where the .wasm and the weights come from. */
export interface InitOptions {
  /** The .wasm; by default the package's `textlens_bg.wasm`. */
  wasm?: InitInput | Promise<InitInput>;
  /** The weights of the trained tagger (the default tagger); by default the package's `model.bin`. `false`: do not load them; the rules are then the default tagger. */
  model?: ModelInput | false;
}

/**
 * Loads the WebAssembly module and the trained tagger's weights, in parallel; idempotent (every
 * call returns the same promise). Rejects with an Error naming the file if either cannot be
 * loaded. In Node both are already loaded at import.
 */
export function init(input?: InitInput | Promise<InitInput> | InitOptions): Promise<void>;
/**
 * Loads (or replaces) the trained tagger's weights; init() does it already unless told
 * `model: false`. By default the package's `textlens/model.bin` is fetched (read from disk in
 * Node). Throws before init() has finished, like every call; rejects with an Error naming the
 * problem for a failed fetch or bytes that are not a model file. Bytes are copied (the element's
 * worker is sent the copy): the caller's buffer is neither kept nor changed.
 */
export function loadModel(source?: ModelInput): Promise<void>;
/** True once init() has finished. */
export function isReady(): boolean;
/** True once the trained tagger's weights are loaded: `tagger: 'model'` is then the default. */
export function isModelLoaded(): boolean;
/** Analyses one document. Offsets are UTF-16 code units: `text.slice(m.start, m.end) === m.text`. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;
/**
 * Keyword in context: every whole-word, case-folded occurrence of any query with the words around it
 * (for a term or phrase of an analysis, the occurrences its count counts; `parts: true` adds a place
 * inside a word, "Uganda" in "Kenya-Uganda", as an entity's mentions hold it).
 */
export function kwic(text: string, query: string | string[], options?: KwicOptions): KwicLine[];
/**
 * For each group of queries, the [start, end) UTF-16 offsets `kwic(text, group, options)` would match, as a
 * flat Uint32Array (start, end, start, end, …). The text is segmented once for all groups.
 */
export function kwicSpans(text: string, groups: (string | string[])[], options?: { parts?: boolean }): Uint32Array[];
/** The library version. */
export function version(): string;
/** Number of words (UAX #29 segments with a letter or digit): segmentation alone. */
export function wordCount(text: string): number;
/** Bytes of WebAssembly memory held now (it grows on demand and never shrinks). */
export function memoryBytes(): number;

/** Several documents analysed together. */
export class Corpus {
  constructor(options?: AnalyzeOptions);
  /** Analyses `text`, adds it, and returns its analysis. `name` defaults to "document N". */
  add(text: string, name?: string): Analysis;
  /** Totals, document frequency, tf-idf and per-document trends over all documents so far. */
  result(): CorpusResult;
  /** Number of documents added. */
  readonly length: number;
  /** Releases the corpus's WebAssembly memory. */
  free(): void;
  [Symbol.dispose](): void;
}

declare global {
  // `Corpus` (here and in the wasm-bindgen output) has a `[Symbol.dispose]()` method, for
  // `using corpus = new Corpus()`. TypeScript's lib files declare `Symbol.dispose` only from
  // `esnext.disposable` on; this declaration (the one @types/node makes too) lets projects with an
  // older `lib` type-check the package without skipLibCheck. It merges with the lib's own.
  interface SymbolConstructor {
    readonly dispose: unique symbol;
  }
}
