// textlens: the analysis API. Types of results and options come from the wasm-bindgen output.
import type { Analysis, AnalyzeOptions, KwicLine, KwicOptions, CorpusResult } from '../pkg/textlens.js';
export type {
  Analysis, AnalyzeOptions, KwicLine, KwicOptions, CorpusResult, CorpusDocument, Entity, EntityType, Mention,
  Term, Scores, EntityPair, TermPair, SortMeasure,
} from '../pkg/textlens.js';

/** What init() accepts: a URL or path of the .wasm, a Response, bytes, or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the WebAssembly module; idempotent (every call returns the same promise). In Node it is already done at import. */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;
/**
 * Loads the trained tagger's weights so that `analyze(text, { tagger: 'model' })` can be used. By
 * default the package's `textlens/model.bin` is fetched (read from disk in Node). Throws before
 * init() has finished, like every call; rejects with an Error naming the problem for a failed
 * fetch or bytes that are not a model file.
 */
export function loadModel(source?: URL | string | Response | ArrayBuffer | Uint8Array): Promise<void>;
/** True once init() has finished. */
export function isReady(): boolean;
/** Analyses one document. Offsets are UTF-16 code units: `text.slice(m.start, m.end) === m.text`. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;
/** Keyword in context: every whole-word, case-folded occurrence of any query with the words around it. */
export function kwic(text: string, query: string | string[], options?: KwicOptions): KwicLine[];
/**
 * For each group of queries, the [start, end) UTF-16 offsets `kwic(text, group)` would match, as a
 * flat Uint32Array (start, end, start, end, …). The text is segmented once for all groups.
 */
export function kwicSpans(text: string, groups: (string | string[])[]): Uint32Array[];
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
