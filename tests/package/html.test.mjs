// Way 1: plain HTML, no bundler. The installed package is served as static files from the
// consumer project (node_modules included) by scripts/serve.mjs, under its strict CSP, and loaded
// with <script type="module"> in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleHtml, consumer, page } from './helpers.mjs';
import { open, ready, setup } from '../page/helpers.mjs';

const PKG = '/node_modules/textlens';

let app;
let env;
before(async () => {
  const article = await articleHtml('kenya-border');
  app = await consumer({
    // The one-line way: the side-effect module registers <text-lens>.
    'index.html': page({ title: 'plain HTML', script: `${PKG}/www/define.js`, article }),
    // The class, registered by the page; long texts go to the package's worker.
    'worker.html': page({ title: 'worker', script: './worker-page.js', article }),
    'worker-page.js': `import { TextLensElement } from '.${PKG}/www/widget.js';
TextLensElement.workerThreshold = 10;
TextLensElement.define();
`,
    // The API used before init() has finished, then after.
    'early.html': page({ title: 'early', script: './early.js', article: '<p>Kenya.</p>' }),
    'early.js': `import * as textlens from '.${PKG}/www/api.js';
const { init, isReady, isModelLoaded, analyze, kwic, version, Corpus } = textlens;
const out = { readyAtStart: isReady(), modelAtStart: isModelLoaded(), errors: {} };
const attempt = (label, f) => {
  try {
    f();
    out.errors[label] = null;
  } catch (e) {
    out.errors[label] = { error: e instanceof Error, name: e.name, message: e.message };
  }
};
attempt('analyze', () => analyze('Kenya.'));
attempt('kwic', () => kwic('Kenya.', 'Kenya'));
attempt('version', () => version());
attempt('Corpus', () => new Corpus());
// Every other export that is a function (wordCount, memoryBytes, …) must refuse the same way; the
// status queries (isReady, isModelLoaded, modelSource) answer at any time.
for (const [name, f] of Object.entries(textlens)) {
  if (typeof f === 'function' && !['init', 'isReady', 'isModelLoaded', 'modelSource', 'Corpus'].includes(name) && !(name in out.errors)) attempt(name, () => f('Kenya.'));
}
const pending = init();
out.samePromise = pending === init() && pending === init(new URL('/nowhere.wasm', location.href));
attempt('analyze while loading', () => analyze('Kenya.'));
await pending;
await init();
out.readyAfter = isReady();
out.modelAfter = isModelLoaded();
out.tagger = analyze('Kenya.').tagger;
out.entities = analyze('NAIROBI — Amina Wekesa met ASEAN envoys.').entities.map((e) => e.name);
out.version = version();
window.__result = out;
`,
    // Bare specifiers without a bundler: an import map.
    'importmap.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>import map</title>
    <link rel="icon" href="data:,">
    <script type="importmap">
      {
        "imports": {
          "textlens": "${PKG}/www/api.js",
          "textlens/widget": "${PKG}/www/widget.js",
          "textlens/define": "${PKG}/www/define.js"
        }
      }
    </script>
    <script type="module" src="./importmap.js"></script>
  </head>
  <body>
    <article id="story">${article}</article>
    <text-lens for="#story"></text-lens>
  </body>
</html>
`,
    'importmap.js': `import { init, analyze } from 'textlens';
import 'textlens/define';
await init();
window.__names = analyze(document.querySelector('#story').textContent).entities.map((e) => e.name);
`,
  });
  process.env.TEXTLENS_ROOT = app.dir;   // tests/page/helpers.mjs serves this folder
  env = await setup();
});
after(async () => {
  await env?.close();
  await app?.cleanup();
});

async function rendered(page) {
  const rows = page.locator('text-lens svg[data-chart=entities] .row');
  await rows.first().waitFor();
  return rows.count();
}

test('plain HTML: <script type="module" src=".../define.js"> renders the element', async () => {
  const tab = await open(env, '/index.html');
  try {
    const analysis = await ready(tab.page);
    assert.ok(analysis.entities.some((e) => e.name === 'Kenya'), analysis.entities.map((e) => e.name).join());
    assert.ok(await rendered(tab.page) >= 3);
    assert.ok(tab.log.requests.some((u) => u.endsWith(`${PKG}/pkg/textlens_bg.wasm`)), 'the .wasm came from the installed package');
    assert.ok(!tab.log.requests.some((u) => u.endsWith('/www/worker.js')), 'no worker for an ordinary article');
    assert.deepEqual(tab.log.errors, []);
    assert.deepEqual(await tab.page.evaluate(() => window.__csp), [], 'works under script-src \'self\' \'wasm-unsafe-eval\'');
  } finally {
    await tab.context.close();
  }
});

test('plain HTML: the ./worker module analyses long texts off the main thread', async () => {
  const tab = await open(env, '/worker.html');
  try {
    const analysis = await ready(tab.page);
    assert.ok(analysis.entities.some((e) => e.name === 'Kenya'));
    assert.ok(await rendered(tab.page) >= 3);
    assert.ok(tab.log.requests.some((u) => u.endsWith(`${PKG}/www/worker.js`)), 'worker.js was loaded');
    assert.deepEqual(tab.log.errors, []);
    assert.deepEqual(await tab.page.evaluate(() => window.__csp), []);
  } finally {
    await tab.context.close();
  }
});

test('before init() has finished, every call throws a clear Error (no wasm trap); init() is idempotent', async () => {
  const tab = await open(env, '/early.html');
  try {
    await tab.page.waitForFunction(() => window.__result, null, { timeout: 20_000 });
    const out = await tab.page.evaluate(() => window.__result);
    assert.equal(out.readyAtStart, false);
    for (const [label, e] of Object.entries(out.errors)) {
      assert.ok(e, `${label} threw`);
      assert.equal(e.error, true, `${label}: an Error`);
      assert.notEqual(e.name, 'RuntimeError', `${label}: not a WebAssembly trap`);
      assert.match(e.message, /^textlens: .+ called before the WebAssembly module was loaded; await init\(\) first$/, label);
    }
    assert.equal(out.samePromise, true, 'init() returns the same promise every time, whatever it is given');
    assert.equal(out.readyAfter, true);
    assert.deepEqual([out.modelAtStart, out.modelAfter, out.tagger], [false, true, 'model'], 'init() loads the weights; the model is the default');
    assert.ok(out.entities.includes('Amina Wekesa'), out.entities.join());
    assert.match(out.version, /^\d+\.\d+\.\d+/);
    assert.equal(tab.log.requests.filter((u) => u.endsWith('.wasm')).length, 1, 'the .wasm is fetched once');
    assert.ok(!tab.log.requests.some((u) => u.includes('nowhere')), 'a later init(input) does not load again');
    assert.deepEqual(tab.log.errors, []);
  } finally {
    await tab.context.close();
  }
});

test('an import map gives bare specifiers (`textlens`, `textlens/define`) without a bundler', async () => {
  // The server's CSP allows no inline script, and an import map is one: a real page would list its
  // hash in script-src. This context bypasses the CSP for that reason only.
  const tab = await open(env, '/importmap.html', { context: { bypassCSP: true } });
  try {
    await ready(tab.page);
    assert.ok(await rendered(tab.page) >= 3);
    await tab.page.waitForFunction(() => window.__names, null, { timeout: 20_000 });
    assert.ok((await tab.page.evaluate(() => window.__names)).includes('Kenya'));
    assert.equal(tab.log.requests.filter((u) => u.endsWith('.wasm')).length, 1, 'page and element share one instance');
    assert.deepEqual(tab.log.errors, []);
  } finally {
    await tab.context.close();
  }
});
