// Choosing the worker: the `worker-url` attribute, the static TextLensElement.workerUrl, null for
// inline, and the inline fallback when the worker script cannot be loaded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { usePage } from './helpers.mjs';

const tab = usePage('/tests/page/blank.html', { before, after });
const TEXT = 'Olena Kovalenko met Amina Wekesa in Nairobi. Kovalenko said Ukraine would ship grain through Odesa.';

/** Adds a <text-lens> with `attrs` analysing TEXT (every text goes to a worker unless workerUrl is
 * null), under `setup` (source of a function run first); resolves with entity names and the status. */
function analyse(page, { attrs = {}, workerUrl }) {
  return page.evaluate(({ attrs, workerUrl, text }) => new Promise((resolve, reject) => {
    const Lens = customElements.get('text-lens');
    Lens.workerThreshold = 10;
    if (workerUrl !== 'default') Lens.workerUrl = workerUrl;
    const el = document.createElement('text-lens');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.addEventListener('textlens-ready', (e) => {
      resolve({ names: e.detail.entities.map((x) => x.name), status: el.shadowRoot.querySelector('[part=status]').textContent });
      el.remove();
      Lens.workerThreshold = 100_000;
      Lens.workerUrl = undefined;
    }, { once: true });
    setTimeout(() => reject(new Error('no textlens-ready within 30 s')), 30_000);
    el.text = text;
    document.querySelector('main').append(el);
  }), { attrs, workerUrl, text: TEXT });
}

const path = (u) => new URL(u).pathname + new URL(u).search;
const WANT = ['Olena Kovalenko', 'Amina Wekesa', 'Nairobi', 'Ukraine', 'Odesa'];

test('the worker-url attribute chooses the worker script, relative to the document', async () => {
  const { page, log } = tab();
  const got = await analyse(page, { attrs: { 'worker-url': '../../www/worker.js?from=attribute' }, workerUrl: 'default' });
  assert.deepEqual(got.names.sort(), [...WANT].sort());
  assert.ok(log.requests.map(path).includes('/www/worker.js?from=attribute'), log.requests.join(' '));
  assert.deepEqual(log.errors, []);
});

test('TextLensElement.workerUrl chooses it for elements without the attribute', async () => {
  const { page, log } = tab();
  const got = await analyse(page, { workerUrl: '/www/worker.js?from=static' });
  assert.deepEqual(got.names.sort(), [...WANT].sort());
  assert.ok(log.requests.map(path).includes('/www/worker.js?from=static'), log.requests.join(' '));
  assert.deepEqual(log.errors, []);
});

test('workerUrl null analyses long texts inline: no worker is started', async () => {
  const { page, log } = tab();
  const before = log.requests.length;
  const got = await analyse(page, { workerUrl: null });
  assert.deepEqual(got.names.sort(), [...WANT].sort());
  assert.deepEqual(log.requests.slice(before).filter((u) => /worker/.test(u)), []);
  assert.deepEqual(log.errors, []);
});

test('a worker script that cannot be loaded: the analysis runs inline, quietly, and is not retried', async () => {
  const { page, log } = tab();
  const first = await analyse(page, { workerUrl: '/missing/worker.js' });
  const second = await analyse(page, { workerUrl: '/missing/worker.js' });
  for (const got of [first, second]) {
    assert.deepEqual(got.names.sort(), [...WANT].sort());
    assert.equal(got.status, '', 'no error shown');
  }
  assert.equal(log.requests.map(path).filter((p) => p === '/missing/worker.js').length, 1, 'asked for once');
  // The browser's own report of the 404 is all there is; the widget logs nothing.
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource: .* 404/.test(e)), []);
});

test('the worker takes the page\'s weights: the URL given to loadModel(), told once, and again when they change', async () => {
  const { page, log } = tab();
  const model = '/pkg/textlens_model.bin?from=page';
  const other = '/pkg/textlens_model.bin?from=page-again';
  await page.evaluate(async (model) => {
    const api = await import('/www/api.js');
    await api.init();
    await api.loadModel(model);
    // Records every message the page sends to a worker, in order: what the workers are told.
    const post = Worker.prototype.postMessage;
    window.__sent = [];
    window.__post = post;
    Worker.prototype.postMessage = function (message, ...rest) {
      window.__sent.push(message.method === 'defaults' ? `defaults ${message.args[0].model}` : message.method);
      return post.call(this, message, ...rest);
    };
  }, model);
  try {
    const before = log.requests.length;
    const first = await analyse(page, { workerUrl: '/www/worker.js?from=model-test' });
    const second = await analyse(page, { workerUrl: '/www/worker.js?from=model-test' });
    await page.evaluate((other) => import('/www/api.js').then((api) => api.loadModel(other)), other);
    const third = await analyse(page, { workerUrl: '/www/worker.js?from=model-test' });
    const fourth = await analyse(page, { workerUrl: '/www/worker.js?from=model-test' });
    for (const got of [first, second, third, fourth]) assert.deepEqual(got.names.sort(), [...WANT].sort());
    const origin = new URL(page.url()).origin;
    assert.deepEqual(await page.evaluate(() => window.__sent), [
      `defaults ${origin}${model}`, 'analyze', 'analyze', `defaults ${origin}${other}`, 'analyze', 'analyze',
    ]);
    const asked = log.requests.slice(before).map(path);
    assert.ok(asked.includes('/www/worker.js?from=model-test'), asked.join(' '));
    // Fetched by the worker once each (after the page's own fetch), never the package's default URL.
    assert.deepEqual(asked.filter((p) => p.startsWith('/pkg/textlens_model.bin')), [model, other, other], asked.join(' '));
    assert.deepEqual(log.errors, []);
  } finally {
    await page.evaluate(() => { Worker.prototype.postMessage = window.__post; });
  }
});

/** Starts `run('analyze', [TEXT])` in the worker at `workerUrl` (resolved against the page); the
 * promise, kept in window.__calls, gives the entity names or `error: …`. */
function startAnalysis(page, workerUrl) {
  return page.evaluate(async ({ workerUrl, text }) => {
    const { run } = await import('/www/engine.js');
    const call = run('analyze', [text, {}], { big: true, workerUrl: new URL(workerUrl, location.href) });
    (window.__calls ??= []).push(call.then((a) => a.entities.map((e) => e.name).sort(), (e) => `error: ${e.message}`));
  }, { workerUrl, text: TEXT });
}

test('weights named while the worker still fetches others: the analysis waits for the last named', { timeout: 60_000 }, async () => {
  const { page, log } = tab();
  const A = '/pkg/textlens_model.bin?race=A';
  const B = '/pkg/textlens_model.bin?race=B';
  const worker = '/www/worker.js?from=race';
  // The page fetches A itself first; the worker's fetch of A is held until the page has named B,
  // then answered with bytes that are not a model file: an analysis that used A would fail.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let arrived;
  const waiting = new Promise((resolve) => { arrived = resolve; });
  let asked = 0;
  const isA = (url) => url.search === '?race=A';
  await page.route(isA, async (route) => {
    if (++asked === 1) return route.continue();
    arrived();
    await held;
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not a model' });
  });
  try {
    await page.evaluate(async (A) => {
      window.__calls = [];
      const api = await import('/www/api.js');
      await api.init();
      await api.loadModel(A);
    }, A);
    const before = log.requests.length;
    await startAnalysis(page, worker);
    await waiting; // the worker is fetching A
    await page.evaluate((B) => import('/www/api.js').then((api) => api.loadModel(B)), B);
    await startAnalysis(page, worker);
    // The worker answers in order: once this is back, it has been told B and holds the second analysis.
    await page.evaluate(async ({ worker, text }) => {
      const { run } = await import('/www/engine.js');
      await run('kwicSpans', [text, [['Odesa']]], { big: true, workerUrl: new URL(worker, location.href) });
    }, { worker, text: TEXT });
    release();
    const got = await page.evaluate(() => Promise.all(window.__calls));
    assert.deepEqual(got, [[...WANT].sort(), [...WANT].sort()]);
    const fetched = log.requests.slice(before).map(path).filter((p) => p.startsWith('/pkg/textlens_model.bin'));
    assert.deepEqual(fetched, [A, B, B], 'the worker fetched A, then B after the page (no fetch of the package\'s weights)');
    assert.deepEqual(log.errors, []);
  } finally {
    release();
    await page.unroute(isA);
  }
});

test('weights the page was given as bytes or a Response: the worker gets a copy, the caller keeps its own', async () => {
  const { page, log } = tab();
  // From here on the package's own weights cannot be fetched: a worker that fell back to them would fail.
  const isOwn = (url) => url.pathname === '/pkg/textlens_model.bin' && url.search === '';
  await page.route(isOwn, (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    const before = log.requests.length;
    await page.evaluate(async () => {
      window.__calls = [];
      const api = await import('/www/api.js');
      await api.init();
      const response = await fetch('/pkg/textlens_model.bin?as=bytes');
      window.__mine = new Uint8Array(await response.arrayBuffer());
      window.__kept = window.__mine.slice();
      await api.loadModel(window.__mine);
    });
    const fetchedByPage = log.requests.slice(before).map(path);
    await startAnalysis(page, '/www/worker.js?from=bytes');
    const mine = await page.evaluate(async () => {
      await Promise.all(window.__calls);
      const { __mine: mine, __kept: kept } = window;
      const same = mine.every((b, i) => b === kept[i]);
      const seen = { length: mine.byteLength, given: kept.byteLength, same };
      mine.fill(0); // the caller reuses its buffer: the weights loaded stay as they were given
      return seen;
    });
    assert.ok(mine.given > 1000, `${mine.given} bytes`);
    assert.deepEqual(mine, { length: mine.given, given: mine.given, same: true }, 'the caller\'s bytes are neither detached nor changed');
    // A worker started after the caller changed its buffer still gets the weights as loaded.
    await startAnalysis(page, '/www/worker.js?from=bytes-later');
    // A Response: told again (other weights), the bytes read by the page.
    await page.evaluate(async () => {
      const api = await import('/www/api.js');
      await api.loadModel(new Response(window.__kept));
    });
    await startAnalysis(page, '/www/worker.js?from=bytes');
    const got = await page.evaluate(() => Promise.all(window.__calls));
    assert.deepEqual(got, [[...WANT].sort(), [...WANT].sort(), [...WANT].sort()]);
    const asked = log.requests.slice(before).map(path).filter((p) => p.startsWith('/pkg/textlens_model.bin'));
    assert.deepEqual(asked, ['/pkg/textlens_model.bin?as=bytes'], `the workers fetched no weights: ${asked.join(' ')}`);
    assert.deepEqual(fetchedByPage.filter((p) => p.startsWith('/pkg/')), ['/pkg/textlens_model.bin?as=bytes']);
    assert.deepEqual(log.errors, []);
  } finally {
    await page.unroute(isOwn);
  }
});

/**
 * How many ArrayBuffer backing stores of exactly `size` bytes the dedicated worker whose URL ends
 * with `suffix` holds, from a heap snapshot of it (taken after a garbage collection) over CDP.
 */
async function buffersInWorker(page, suffix, size) {
  const cdp = await page.context().browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.url.endsWith(suffix));
    assert.ok(target, `a worker at …${suffix}: ${targetInfos.map((t) => t.url).join(' ')}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const replies = new Map();
    const chunks = [];
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message);
      if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params.chunk);
      else replies.get(m.id)?.(m);
    });
    let id = 0;
    const send = (method, params = {}) => new Promise((resolve) => {
      replies.set(++id, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
    await send('HeapProfiler.enable');
    await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.send('Target.detachFromTarget', { sessionId });
    const { snapshot: { meta }, nodes, strings } = JSON.parse(chunks.join(''));
    const fields = meta.node_fields;
    const [name, selfSize] = [fields.indexOf('name'), fields.indexOf('self_size')];
    let count = 0;
    for (let k = 0; k < nodes.length; k += fields.length) {
      if (nodes[k + selfSize] === size && strings[nodes[k + name]] === 'system / JSArrayBufferData') count += 1;
    }
    return count;
  } finally {
    await cdp.detach();
  }
}

test('weights given as bytes: once installed, the worker keeps one copy of them, not two', async () => {
  const { page, log } = tab();
  const size = await page.evaluate(async (text) => {
    const api = await import('/www/api.js');
    await api.init();
    const bytes = new Uint8Array(await (await fetch('/pkg/textlens_model.bin?as=one-copy')).arrayBuffer());
    await api.loadModel(bytes);
    const { run } = await import('/www/engine.js');
    await run('analyze', [text, {}], { big: true, workerUrl: new URL('/www/worker.js?from=one-copy', location.href) });
    return bytes.byteLength;
  }, TEXT);
  assert.ok(size > 1000, `${size} bytes`);
  // api.js's copy (for its modelSource()); before, the worker kept the copy the page sent too.
  assert.equal(await buffersInWorker(page, '/www/worker.js?from=one-copy', size), 1);
  // Given bytes again (a new loadModel() on the page), it loads them anew and still keeps one copy.
  await page.evaluate(async () => {
    const api = await import('/www/api.js');
    const bytes = new Uint8Array(await (await fetch('/pkg/textlens_model.bin?as=one-copy')).arrayBuffer());
    await api.loadModel(bytes);
  });
  await startAnalysis(page, '/www/worker.js?from=one-copy');
  const got = await page.evaluate(() => Promise.all(window.__calls));
  assert.deepEqual(got.at(-1), [...WANT].sort());
  assert.equal(await buffersInWorker(page, '/www/worker.js?from=one-copy', size), 1);
  assert.deepEqual(log.errors, []);
});
