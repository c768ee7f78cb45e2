// Module worker for <text-lens>: runs analyze() and kwicSpans() off the main thread for
// long texts. Messages in: { id, method, args }; out: { id, result } or { id, error }.
// An analysis goes out packed as typed-array columns (columns.js), transferred, not copied.
// The trained tagger's weights are fetched at the first analysis that uses the model, not at
// start, unless an init() before this module's (a bundle's, with the weights' URL) has loaded them
// already. The model is the default tagger, as on the page: engine.js sets the page's choice with
// `defaults` once the page has initialised, and again only when it changes.
import { init, isModelLoaded, modelSource, analyze, kwicSpans, loadModel } from './api.js';
import { pack } from './columns.js';

/** The page's weights: null for this module's own (the package's, or a bundle's), the URL of
 * others, false for none (the rules are then the default here too). */
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
let loading = null;

/** Loads the page's weights unless they are loaded already; one load at a time. */
function loadWeights() {
  const url = pageModel || undefined;
  if (isModelLoaded() && (url === undefined || modelSource() === url)) return null;
  if (!loading) {
    loading = loadModel(url);
    // A failed fetch is tried again at the next analysis.
    loading.then(() => { loading = null; }, () => { loading = null; });
  }
  return loading;
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
