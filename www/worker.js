// Module worker for <text-lens>: runs analyze() and kwicSpans() off the main thread for
// long texts. Messages in: { id, method, args }; out: { id, result } or { id, error }.
// An analysis goes out packed as typed-array columns (columns.js), transferred, not copied.
// The trained tagger's weights are fetched at the first analysis that uses the model (the default,
// as on the page; engine.js sends `tagger: 'rules'` when the page has none), not at start, unless
// an init() before this module's (a bundle's, with the weights' URL) has loaded them already.
import { init, isModelLoaded, analyze, kwicSpans, loadModel } from './api.js';
import { pack } from './columns.js';

const methods = {
  analyze: (text, options) => pack(analyze(text, options), text),
  kwicSpans: (...args) => {
    const spans = kwicSpans(...args);
    return { message: spans, transfer: spans.map((s) => s.buffer) };
  },
};
const ready = init({ model: false });
let model = null;

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    await ready;
    if (method === 'analyze' && args[1]?.tagger !== 'rules' && !isModelLoaded()) {
      if (!model) {
        model = loadModel();
        model.catch(() => { model = null; }); // a failed fetch is tried again at the next analysis
      }
      await model;
    }
    if (!Object.hasOwn(methods, method)) throw new Error(`unknown method: ${method}`);
    const { message, transfer } = methods[method](...args);
    self.postMessage({ id, result: message }, transfer);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
