// textlens: the analysis API. Call `await init()` once (idempotent), then use analyze/kwic/Corpus.
// init() fetches the .wasm and the trained tagger's weights in parallel; `init({ model: false })`
// skips the weights, and the rule tagger is then the default. In Node the module initialises itself
// (.wasm and weights) from the installed files, so `import { analyze }` works without init().
// Node's fs comes from process.getBuiltinModule (Node 20.16+), not from an
// `import 'node:fs'`: bundlers for the browser then see no Node built-in and no top-level await.
import wasmInit, * as wasm from '../pkg/textlens.js';

const WASM_URL = new URL('../pkg/textlens_bg.wasm', import.meta.url);
const MODEL_URL = new URL('../pkg/textlens_model.bin', import.meta.url);
let ready = null;
let initialised = false;
let modelLoaded = false;
/** Where the loaded weights came from, for a worker to load the same: the absolute URL they were
 * read from, or a copy of their bytes when they came as bytes or a Response. */
let modelFrom = null;

/** Node's fs module; undefined in browsers and workers. */
const fs = globalThis.process?.getBuiltinModule?.('node:fs');

/** A plain object: init()'s `{ wasm, model }` rather than a source of the .wasm. */
function isOptions(input) {
  if (input === null || typeof input !== 'object') return false;
  const proto = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/**
 * Loads the WebAssembly module and the trained tagger's weights, fetched in parallel. Safe to call
 * many times: every call returns the same promise (later arguments are ignored). `input` is the
 * .wasm (a URL, a Response, a BufferSource or a WebAssembly.Module; by default the package's
 * `textlens_bg.wasm`), or `{ wasm, model }`: `model` is the weights (a URL or string, a Response
 * or the bytes; by default the package's `model.bin`, found the way the .wasm is), or `false` to
 * skip them. It rejects with an Error naming the file when either cannot be loaded.
 */
export function init(input) {
  if (!ready) {
    const { wasm: given, model } = isOptions(input) ? input : { wasm: input };
    // Bytes are copied now, before the first await: the caller may reuse or transfer its buffer
    // as soon as init() returns.
    const wasmSource = ownBytes(given);
    ready = (async () => {
      const source = model ?? MODEL_URL;
      const [, bytes] = await Promise.all([loadWasm(wasmSource ?? WASM_URL), model === false ? null : modelBytes(source, 'init()')]);
      if (bytes) installModel(bytes, source);
      initialised = true;
    })();
    ready.catch(() => { ready = null; });
  }
  return ready;
}

async function loadWasm(source) {
  if (source instanceof URL && source.protocol === 'file:' && fs) {
    source = await fs.promises.readFile(source);
  }
  await wasmInit({ module_or_path: source });
}

/** True once init() has finished. */
export function isReady() {
  return initialised;
}

/** True once the trained tagger's weights are loaded: the model is then the default tagger. */
export function isModelLoaded() {
  return modelLoaded;
}

function check(name) {
  if (!initialised) {
    throw new Error(`textlens: ${name}() called before the WebAssembly module was loaded; await init() first`);
  }
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The binding's analysis of `text` with its mentions made objects: they come as one Uint32Array,
 * five numbers each (start, end, type, entity, sentence), far cheaper to hand over than their JSON
 * (README, "Speed, memory and size", session 16). A mention's text is its slice of `text` as the
 * binding read it, lone surrogates as U+FFFD.
 */
function withMentions(analysis, text) {
  const n = analysis.mentions;
  const mentions = [];
  if (n.length && !text.isWellFormed?.()) text = wellFormed(text);
  for (let i = 0; i < n.length; i += 5) {
    mentions.push({ start: n[i], end: n[i + 1], text: text.slice(n[i], n[i + 1]), type: TYPES[n[i + 2]], entity: n[i + 3], sentence: n[i + 4] });
  }
  analysis.mentions = mentions;
  return analysis;
}

/** `text` with each lone surrogate as U+FFFD, as TextEncoder reads it. */
function wellFormed(text) {
  return text.toWellFormed?.() ?? text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (s) => (s.length > 1 ? s : '\uFFFD'));
}

/** Analyses one document. See Analysis in the type definitions. */
export function analyze(text, options) {
  check('analyze');
  return withMentions(wasm.analyze(text, options), text);
}

/** Keyword-in-context lines for `query` (a string or an array of strings) in `text`. */
export function kwic(text, query, options) {
  check('kwic');
  return wasm.kwic(text, query, options);
}

/**
 * For each group of queries (a string or an array of strings), the [start, end) UTF-16 offsets
 * kwic(text, group, options) would match, as a flat Uint32Array; the text is segmented once for all groups.
 */
export function kwicSpans(text, groups, options) {
  check('kwicSpans');
  return wasm.kwicSpans(text, groups, options);
}

/**
 * Loads the trained tagger's weights (about 28 KB gzipped), which init() already does unless told
 * `model: false`; they are not part of the .wasm. `source`: a URL (by default the package's
 * `textlens/model.bin`), a Response, or the bytes. Loading again replaces them. Like every call,
 * it throws before init() has finished.
 */
export function loadModel(source = MODEL_URL) {
  check('loadModel'); // like every call, refused before init() has finished (a throw, not a rejection)
  return modelBytes(source, 'loadModel()').then((bytes) => installModel(bytes, source));
}

/**
 * Where the loaded weights came from, for a worker to load the same ones: their absolute URL, a
 * copy of their bytes when they were given as bytes or a Response (this module's own: copy it
 * again to send it), or false when none are loaded. For engine.js; not part of the documented API.
 * @internal
 * @returns {string | Uint8Array | false}
 */
export function modelSource() {
  return modelLoaded && modelFrom;
}

/** `source` (see loadModel) as an absolute URL, or null when it is not a URL or string. */
function modelUrl(source) {
  if (typeof source === 'string') return new URL(source, globalThis.location?.href ?? MODEL_URL);
  return source instanceof URL ? source : null;
}

/** A copy of `source` if it is bytes (an ArrayBuffer or a view of one), else `source` itself. */
function ownBytes(source) {
  if (source instanceof ArrayBuffer) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  return source;
}

/**
 * The bytes of the weights from `source` (see loadModel); `who` names the caller in errors.
 * Bytes given are copied before this returns its promise (see ownBytes), so the caller's buffer is
 * read once, at the call, and never kept.
 */
async function modelBytes(source, who) {
  let bytes = modelUrl(source) ?? ownBytes(source);
  if (bytes instanceof URL) {
    const url = bytes;
    const hint = who === 'init()' ? ' (init({ model: false }) skips the weights; init({ model: url }) says where they are)' : '';
    if (url.protocol === 'file:' && fs) {
      bytes = await fs.promises.readFile(url).catch((e) => {
        throw new Error(`textlens: ${who} could not read the model weights ${url}: ${e.message}${hint}`, { cause: e });
      });
    } else {
      const response = await fetch(url).catch((e) => {
        throw new Error(`textlens: ${who} could not fetch the model weights ${url}: ${e.message}${hint}`, { cause: e });
      });
      if (!response.ok) throw new Error(`textlens: ${who} could not fetch the model weights ${url}: HTTP ${response.status}${hint}`);
      bytes = response;
    }
  }
  if (typeof Response !== 'undefined' && bytes instanceof Response) bytes = await bytes.arrayBuffer();
  if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
  return bytes;
}

function installModel(bytes, source) {
  wasm.loadModel(bytes); // throws an Error if `bytes` is not a model file
  modelLoaded = true;
  // Bytes are this module's own (modelBytes copied the caller's, or read a Response): a worker
  // started later gets exactly these weights.
  modelFrom = modelUrl(source)?.href ?? bytes;
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

  add(text, name) {
    return withMentions(super.add(text, name), text);
  }
}

// Node: initialise at import time from the files on disk (the .wasm and the weights), so no caller
// has to fetch them. A package without its model.bin is a broken install: say so at once.
if (fs && WASM_URL.protocol === 'file:') {
  wasm.initSync({ module: fs.readFileSync(WASM_URL) });
  let bytes;
  try {
    bytes = fs.readFileSync(MODEL_URL);
  } catch (e) {
    throw new Error(`textlens: cannot read the model weights ${MODEL_URL}: ${e.message}`, { cause: e });
  }
  installModel(bytes, MODEL_URL);
  initialised = true;
  ready = Promise.resolve();
}
