// Module worker for <text-lens>: runs analyze() and kwic() off the main thread for long texts.
// Messages in: { id, method: 'analyze' | 'kwic', args }; out: { id, result } or { id, error }.
import { init, analyze, kwic } from './api.js';

const methods = { analyze, kwic };
const ready = init();

self.onmessage = async ({ data: { id, method, args } }) => {
  try {
    await ready;
    if (!Object.hasOwn(methods, method)) throw new Error(`unknown method: ${method}`);
    self.postMessage({ id, result: methods[method](...args) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
