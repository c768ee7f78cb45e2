// Way 2: bundlers. The consumer project imports `textlens`, `textlens/define`, `textlens/widget`
// and `textlens/worker` by name, is built with esbuild and with Vite (the repository's
// devDependencies, run in the consumer project), and only the build output is served: no
// node_modules. The pages must find the .wasm (and the worker) through the bundler alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BIN, articleHtml, consumer, page, sh } from './helpers.mjs';
import { open, ready } from '../page/helpers.mjs';
import { start } from '../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
});

/**
 * Serves `root` (a build output) and opens `path` with tests/page/helpers.mjs's recorder; or, with
 * `server` given ({ url, close }), opens the page from that server.
 */
async function visit(root, path, check, server) {
  server ??= await start({ port: 0, root });
  const tab = await open({ url: server.url, browser }, path);
  try {
    const analysis = await ready(tab.page);
    assert.ok(analysis.entities.some((e) => e.name === 'Kenya'), analysis.entities.map((e) => e.name).join());
    const rows = tab.page.locator('text-lens svg[data-chart=entities] .row');
    await rows.first().waitFor();
    assert.ok(await rows.count() >= 3);
    if (root) assert.ok(!tab.log.requests.some((u) => u.includes('node_modules')), 'nothing is loaded from node_modules');
    assert.ok(tab.log.requests.some((u) => /\.wasm$/.test(u)), 'the .wasm was requested');
    assert.ok(tab.log.requests.some((u) => /model[^/]*\.bin$/.test(u)), 'the model weights were requested');
    assert.equal(analysis.tagger, 'model');
    await check?.(tab);
    assert.deepEqual(tab.log.errors, []);
    assert.deepEqual(await tab.page.evaluate(() => window.__csp), []);
  } finally {
    await tab.context.close();
    await server.close();
  }
}

/** A check for visit(): the worker script matching `pattern` was loaded. */
const usedWorker = (pattern) => ({ log }) => {
  assert.ok(log.requests.some((u) => pattern.test(new URL(u).pathname)), `worker loaded: ${log.requests.join(' ')}`);
};

describe('esbuild', () => {
  let app;
  let out;
  let warnings;
  before(async () => {
    const article = await articleHtml('kenya-border');
    app = await consumer({
      // esbuild has no `new URL(…, import.meta.url)` assets: its file loader copies the .wasm and
      // the weights and hands over their URLs, which init() takes. Imported first, so it runs
      // before the element's.
      'src/wasm.js': `import { init } from 'textlens';
import wasmUrl from 'textlens/textlens_bg.wasm';
import modelUrl from 'textlens/model.bin';
init({ wasm: wasmUrl, model: modelUrl });
`,
      'src/main.js': `import './wasm.js';
import 'textlens/define';
`,
      'src/worker-page.js': `import './wasm.js';
import { TextLensElement } from 'textlens/widget';
TextLensElement.workerThreshold = 10;
TextLensElement.define();
`,
      // By default the element starts its worker from ./worker.js beside the page's bundle: build
      // one there, and the same entry again under assets/ for a page that says where it is.
      'src/worker.js': `import './wasm.js';
import 'textlens/worker';
`,
      'dist/index.html': page({ title: 'esbuild', script: './main.js', article }),
      'dist/worker.html': page({ title: 'esbuild worker', script: './worker-page.js', article }),
      'dist/worker-url.html': page({ title: 'esbuild worker-url', script: './worker-page.js', article })
        .replace('<text-lens for="#story">', '<text-lens for="#story" worker-url="assets/lens-worker.js">'),
    });
    out = join(app.dir, 'dist');
    const { stderr } = await sh(join(BIN, 'esbuild'), ['src/main.js', 'src/worker-page.js', 'src/worker.js',
      'assets/lens-worker=src/worker.js',
      '--bundle', '--format=esm', '--minify', '--outdir=dist', '--entry-names=[name]', '--loader:.wasm=file',
      '--loader:.bin=file', '--log-level=warning'], { cwd: app.dir });
    warnings = stderr;
  });
  after(async () => {
    await app?.cleanup();
  });

  test('esbuild bundles the package without warnings and emits the .wasm', async () => {
    assert.equal(warnings.trim(), '');
    const files = await readdir(out);
    assert.ok(files.some((f) => /^textlens_bg-[A-Z0-9]+\.wasm$/.test(f)), files.join());
    assert.ok(['main.js', 'worker-page.js', 'worker.js'].every((f) => files.includes(f)), files.join());
  });

  test('esbuild: the bundle renders <text-lens> in Chromium and finds the .wasm', async () => {
    await visit(out, '/index.html');
  });

  test('esbuild: long texts go to the worker bundle', async () => {
    await visit(out, '/worker.html', usedWorker(/^\/worker\.js$/));
  });

  test('esbuild: worker-url points the element at a worker bundle elsewhere', async () => {
    await visit(out, '/worker-url.html', (tab) => {
      usedWorker(/^\/assets\/lens-worker\.js$/)(tab);
      assert.ok(!tab.log.requests.some((u) => new URL(u).pathname === '/worker.js'), 'not the default ./worker.js');
    });
  });
});

describe('vite', () => {
  let app;
  let out;
  let warnings;
  before(async () => {
    const article = await articleHtml('kenya-border');
    app = await consumer({
      // No wasm or worker configuration: Vite follows `new URL(…, import.meta.url)` and
      // `new Worker(new URL(…))` in the package itself.
      'index.html': page({ title: 'vite', script: '/main.js', article }),
      'main.js': `import 'textlens/define';
`,
      'worker.html': page({ title: 'vite worker', script: '/worker-page.js', article }),
      'worker-page.js': `import { TextLensElement } from 'textlens/widget';
TextLensElement.workerThreshold = 10;
TextLensElement.define();
`,
      'vite.config.js': `export default {
  logLevel: 'warn',
  build: { rollupOptions: { input: { index: 'index.html', worker: 'worker.html' } } },
};
`,
    });
    out = join(app.dir, 'dist');
    const { stderr } = await sh(join(BIN, 'vite'), ['build'], { cwd: app.dir });
    warnings = stderr;
  });
  after(async () => {
    await app?.cleanup();
  });

  test('vite build emits the .wasm and the worker as assets, without warnings', async () => {
    assert.equal(warnings.trim(), '');
    const files = await readdir(join(out, 'assets'));
    assert.ok(files.some((f) => /^textlens_bg-.+\.wasm$/.test(f)), files.join());
    assert.ok(files.some((f) => /^worker-.+\.js$/.test(f)), files.join());
  });

  test('vite: the build renders <text-lens> in Chromium and finds the .wasm', async () => {
    await visit(out, '/index.html');
  });

  test('vite: long texts go to the bundled worker', async () => {
    await visit(out, '/worker.html', usedWorker(/^\/assets\/worker-[\w-]+\.js$/));
  });

  test('vite dev server: the page works unbundled, without configuration', async () => {
    const { createServer } = await import('vite');
    const dev = await createServer({
      root: app.dir,
      configFile: false,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null },
    });
    await dev.listen();
    const url = dev.resolvedUrls.local[0].replace(/\/$/, '');
    try {
      await visit(null, '/index.html', null, { url, close: async () => {} });
    } finally {
      await dev.close();
    }
  });
});
