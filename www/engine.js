// Where <text-lens> runs the analysis: inline for ordinary articles (no worker start-up cost),
// or in one shared module worker (worker.js) for long texts, so the page never freezes.
import { init, analyze, kwic } from './api.js';
import { unpack } from './columns.js';

let worker;
let seq = 0;
const calls = new Map();

function inWorker(method, args) {
  if (!worker) {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'textlens' });
    worker.onmessage = ({ data }) => {
      const call = calls.get(data.id);
      calls.delete(data.id);
      if (data.error) call?.fail(new Error(data.error));
      else call?.ok(data.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      for (const call of calls.values()) call.fail(new Error(e.message || 'the analysis worker failed'));
      calls.clear();
      worker = null;
    };
  }
  return new Promise((ok, fail) => {
    calls.set(++seq, { ok, fail });
    worker.postMessage({ id: seq, method, args });
  });
}

/**
 * Calls api.js's `analyze` or `kwic` with `args`, in the worker when `big`.
 * @param {'analyze' | 'kwic'} method
 * @param {unknown[]} args
 * @param {boolean} big
 */
export async function run(method, args, big) {
  if (big) {
    const result = await inWorker(method, args);
    return method === 'analyze' ? unpack(result, args[0]) : result;
  }
  await init();
  return method === 'analyze' ? analyze(...args) : kwic(...args);
}
