// Module worker for <text-lens>: runs analyze() and kwicSpans() off the main thread for
// long texts. Messages in: { id, method, args }; out: { id, result } or { id, error }.
// An analysis goes out packed as typed-array columns (columns.js), transferred, not copied.
// The trained tagger's weights are loaded (fetched, or from the bytes the page sent) at the first
// analysis that uses the model, not at start, unless an init() before this module's (a bundle's,
// with the weights' URL) has loaded them already. The model is the default tagger, as on the
// page: engine.js sets the page's choice with `defaults` once the page has initialised, and again
// only when it changes.
import { init, isModelLoaded, analyze, kwicSpans, loadModel } from './api.js';
import { pack } from './columns.js';

/** The page's weights: null for this module's own (the package's, or a bundle's), the URL of
 * others or their bytes (a copy sent by the page), false for none (the rules are then the default
 * here too). Once bytes are installed, a stand-in for them (see load()). */
let pageModel = null;

const methods = {
  analyze: (text, options) => {
    const a = analyze(text, pageModel === false && options?.tagger === undefined ? { ...options, tagger: 'rules' } : options);
    return pack(a, text);
  },
  kwicSpans: (...args) => {
    const spans = kwicSpans(...args);
    return { message: spans, transfer: spans.map((s) => s.buffer) };
  },
  defaults: ({ model }) => {
    pageModel = model;
    return { message: null, transfer: [] };
  },
};
const ready = init({ model: false });

/** Which weights are loaded: null for this module's own (if any are), else the pageModel they
 * were loaded for. */
let loadedModel = null;
/** The load under way, if any: { model, done }. */
let loading = null;

/** The weights an analysis with the model should use now: the page's, else this module's own. */
const wanted = () => (pageModel === false ? null : pageModel);

/** Starts loading `model` (see pageModel; null: this module's own). */
function load(model) {
  const entry = { model, done: loadModel(model ?? undefined).then(() => {
    // Bytes, once installed, are in the wasm, and api.js keeps its own copy (loadModel copies what
    // it is given): keeping these too would be a second copy. A stand-in takes their place here
    // and in pageModel, so the weights still read as loaded and wanted; bytes the page sends later
    // are a new object, loaded anew.
    if (model instanceof Uint8Array) {
      const stand = {};
      if (pageModel === model) pageModel = stand;
      model = entry.model = stand;
    }
    loadedModel = model;
  }) };
  const settled = () => { if (loading === entry) loading = null; };
  entry.done.then(settled, settled);
  return entry;
}

/**
 * Loads the weights last told unless they are loaded already, one load at a time. The page may
 * name others while a load is under way (loadModel(B) while the worker still fetches A), so when
 * a load settles, look again: an analysis always runs with the weights most recently told.
 */
async function loadWeights() {
  for (let want = wanted(); !(isModelLoaded() && loadedModel === want); want = wanted()) {
    loading ??= load(want);
    const { model, done } = loading;
    try {
      await done;
    } catch (error) {
      // A failed fetch fails the analyses waiting for those weights (the next one tries again);
      // if the page has named others since, load those instead.
      if (model === wanted()) throw error;
    }
  }
}

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    await ready;
    const tagger = method === 'analyze' ? (args[1]?.tagger ?? (pageModel === false ? 'rules' : 'model')) : null;
    if (tagger === 'model') await loadWeights();
    if (!Object.hasOwn(methods, method)) throw new Error(`unknown method: ${method}`);
    const { message, transfer } = methods[method](...args);
    self.postMessage({ id, result: message }, transfer);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
