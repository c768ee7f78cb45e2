// textlens: the analysis API. Call `await init()` once (idempotent), then use analyze/kwic/Corpus.
// In Node the module initialises itself from the installed .wasm file, so `import { analyze }`
// works without init(). Node's fs comes from process.getBuiltinModule (Node 20.16+), not from an
// `import 'node:fs'`: bundlers for the browser then see no Node built-in and no top-level await.
import wasmInit, * as wasm from '../pkg/textlens.js';

const WASM_URL = new URL('../pkg/textlens_bg.wasm', import.meta.url);
const MODEL_URL = new URL('../pkg/textlens_model.bin', import.meta.url);
let ready = null;
let initialised = false;

/** Node's fs module; undefined in browsers and workers. */
const fs = globalThis.process?.getBuiltinModule?.('node:fs');

/**
 * Loads the WebAssembly module. Safe to call many times: every call returns the same promise.
 * `input` may be a URL, a Response, a BufferSource or a WebAssembly.Module; by default the .wasm
 * file next to this package's pkg/ folder is fetched.
 */
export function init(input) {
  if (!ready) {
    ready = (async () => {
      let source = input ?? WASM_URL;
      if (source instanceof URL && source.protocol === 'file:' && fs) {
        source = await fs.promises.readFile(source);
      }
      await wasmInit({ module_or_path: source });
      initialised = true;
    })();
    ready.catch(() => { ready = null; });
  }
  return ready;
}

/** True once init() has finished. */
export function isReady() {
  return initialised;
}

function check(name) {
  if (!initialised) {
    throw new Error(`textlens: ${name}() called before the WebAssembly module was loaded; await init() first`);
  }
}

/** Analyses one document. See Analysis in the type definitions. */
export function analyze(text, options) {
  check('analyze');
  return wasm.analyze(text, options);
}

/** Keyword-in-context lines for `query` (a string or an array of strings) in `text`. */
export function kwic(text, query, options) {
  check('kwic');
  return wasm.kwic(text, query, options);
}

/**
 * For each group of queries (a string or an array of strings), the [start, end) UTF-16 offsets
 * kwic(text, group) would match, as a flat Uint32Array; the text is segmented once for all groups.
 */
export function kwicSpans(text, groups) {
  check('kwicSpans');
  return wasm.kwicSpans(text, groups);
}

/**
 * Loads the trained tagger's weights (about 28 KB gzipped) so that `analyze(text, { tagger:
 * 'model' })` can be used; they are not part of the .wasm. `source`: a URL (by default the
 * package's `textlens/model.bin`), a Response, or the bytes. Loading again replaces them. Like
 * every call, it throws before init() has finished.
 */
export function loadModel(source = MODEL_URL) {
  check('loadModel'); // like every call, refused before init() has finished (a throw, not a rejection)
  return fetchModel(source);
}

async function fetchModel(source) {
  let bytes = source;
  if (typeof bytes === 'string') bytes = new URL(bytes, globalThis.location?.href ?? MODEL_URL);
  if (bytes instanceof URL) {
    if (bytes.protocol === 'file:' && fs) {
      bytes = await fs.promises.readFile(bytes);
    } else {
      const response = await fetch(bytes);
      if (!response.ok) throw new Error(`textlens: loadModel() could not fetch ${bytes}: HTTP ${response.status}`);
      bytes = response;
    }
  }
  if (typeof Response !== 'undefined' && bytes instanceof Response) bytes = await bytes.arrayBuffer();
  if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
  wasm.loadModel(bytes);
}

/** Bytes of WebAssembly memory held now (it grows on demand and never shrinks). */
export function memoryBytes() {
  check('memoryBytes');
  return wasm.memoryBytes();
}

/** Number of words (UAX #29 segments with a letter or digit): segmentation alone. */
export function wordCount(text) {
  check('wordCount');
  return wasm.wordCount(text);
}

/** The library version. */
export function version() {
  check('version');
  return wasm.version();
}

/** Several documents analysed together. Call free() when done. */
export class Corpus extends wasm.Corpus {
  constructor(options) {
    check('new Corpus');
    super(options);
  }
}

// Node: initialise at import time from the file on disk, so no caller has to fetch the .wasm.
if (fs && WASM_URL.protocol === 'file:') {
  wasm.initSync({ module: fs.readFileSync(WASM_URL) });
  initialised = true;
  ready = Promise.resolve();
}
