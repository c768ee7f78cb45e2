// Where <text-lens> runs the analysis: inline for ordinary articles (no worker start-up cost),
// or in a module worker (worker.js, or the script at a given URL) for long texts, so the page
// never freezes. One worker per script URL is shared by every element on the page.
//
// If a worker cannot be started (its script is missing or blocked), the calls waiting on it and
// every later call for that URL run inline instead: the reader still gets the analysis, the
// page logs nothing of ours, and the long analysis then runs on the main thread.
import { init, isReady, modelSource, analyze, kwicSpans } from './api.js';
import { unpack } from './columns.js';

const inline = { analyze, kwicSpans };
/** Workers by script URL ('' for the package's own). */
const workers = new Map();
let seq = 0;

/** Rejects calls that were waiting on a worker that never started. */
class NotStarted extends Error {}

/** A new module worker running `url`, or the package's worker.js when `url` is undefined. */
function spawn(url) {
  // Bundlers (Vite, webpack 5, Parcel) find the package's worker by this very expression.
  return url === undefined
    ? new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'textlens' })
    : new Worker(url, { type: 'module', name: 'textlens' });
}

/** The worker for `url`, started on first use; null once it has failed to start. */
function workerFor(url) {
  const key = url === undefined ? '' : String(url);
  let entry = workers.get(key);
  if (entry) return entry.failed ? null : entry;
  // model: the page's weights as last told to the worker (see modelSource()); undefined: not yet told.
  entry = { worker: null, calls: new Map(), started: false, failed: false, model: undefined };
  workers.set(key, entry);
  try {
    entry.worker = spawn(url);
  } catch {
    entry.failed = true; // e.g. a Content-Security-Policy without worker-src for it
    return null;
  }
  entry.worker.onmessage = ({ data }) => {
    entry.started = true;
    const call = entry.calls.get(data.id);
    entry.calls.delete(data.id);
    if (data.error) call?.fail(new Error(data.error));
    else call?.ok(data.result);
  };
  entry.worker.onerror = (e) => {
    e.preventDefault();
    const pending = [...entry.calls.values()];
    entry.calls.clear();
    if (entry.started) {
      // It ran and then failed: report it, and start afresh next time.
      workers.delete(key);
      for (const call of pending) call.fail(new Error(e.message || 'the analysis worker failed'));
    } else {
      // It never ran: its script could not be loaded. Work inline from now on.
      entry.failed = true;
      entry.worker.terminate();
      for (const call of pending) call.fail(new NotStarted());
    }
  };
  return entry;
}

/**
 * Calls api.js's `analyze` or `kwicSpans` with `args`: in a worker when `big` and
 * `workerUrl` is not null (undefined: the package's worker.js), otherwise inline.
 * @param {'analyze' | 'kwicSpans'} method
 * @param {unknown[]} args
 * @param {{ big: boolean, workerUrl?: URL | null }} where
 */
export async function run(method, args, { big, workerUrl }) {
  const entry = big && workerUrl !== null ? workerFor(workerUrl) : null;
  if (entry) {
    // The worker's default tagger is the model, its own weights loaded on first use. Once the page
    // has initialised, the worker's default is the page's: the weights from the same URL or the
    // same bytes, or the rules after init({ model: false }). Told once, and again only if the page
    // loads others. Bytes go as a fresh copy, transferred: api.js keeps its own for other workers.
    if (isReady()) {
      const model = modelSource();
      if (entry.model !== model) {
        entry.model = model;
        const sent = model instanceof Uint8Array ? model.slice() : model;
        entry.worker.postMessage({ id: 0, method: 'defaults', args: [{ model: sent }] }, sent instanceof Uint8Array ? [sent.buffer] : []);
      }
    }
    try {
      const result = await new Promise((ok, fail) => {
        entry.calls.set(++seq, { ok, fail });
        entry.worker.postMessage({ id: seq, method, args });
      });
      return method === 'analyze' ? unpack(result, args[0]) : result;
    } catch (error) {
      if (!(error instanceof NotStarted)) throw error;
    }
  }
  await init();
  return inline[method](...args);
}
