// Module worker for <text-lens>: runs analyze(), kwic() and kwicSpans() off the main thread for
// long texts. Messages in: { id, method, args }; out: { id, result } or { id, error }.
// An analysis goes out packed as typed-array columns (columns.js), transferred, not copied.
import { init, analyze, kwic, kwicSpans } from './api.js';
import { pack } from './columns.js';

const methods = {
  analyze: (text, options) => pack(analyze(text, options), text),
  kwic: (...args) => ({ message: kwic(...args), transfer: [] }),
  kwicSpans: (...args) => {
    const spans = kwicSpans(...args);
    return { message: spans, transfer: spans.map((s) => s.buffer) };
  },
};
const ready = init();

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    await ready;
    if (!Object.hasOwn(methods, method)) throw new Error(`unknown method: ${method}`);
    const { message, transfer } = methods[method](...args);
    self.postMessage({ id, result: message }, transfer);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
