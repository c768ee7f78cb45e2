// What the tarball holds: every module the published code loads, and nothing else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { ROOT, consumer, sh } from './helpers.mjs';

let app;
before(async () => {
  app = await consumer();
});
after(async () => {
  await app?.cleanup();
});

/** Relative module specifiers and `new URL('…', import.meta.url)` targets in a JS or .d.ts file. */
function references(text) {
  const out = new Set();
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]/g,
    /\bimport\s*['"](\.[^'"]+)['"]/g,
    /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g,
    /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const re of patterns) for (const [, spec] of text.matchAll(re)) out.add(spec);
  return [...out];
}

/** The file `spec` in `from` refers to; a .d.ts file's `./x.js` means `./x.d.ts`. */
function target(from, spec) {
  const path = posix.normalize(posix.join(posix.dirname(from), spec));
  return from.endsWith('.d.ts') ? path.replace(/\.js$/, '.d.ts') : path;
}

test('the tarball holds the package files and no sources, tests, demo or build leftovers', () => {
  const files = app.files;
  for (const f of ['package.json', 'README.md', 'pkg/textlens.js', 'pkg/textlens.d.ts', 'pkg/textlens_bg.wasm', 'pkg/textlens_model.bin',
    'www/api.js', 'www/api.d.ts', 'www/widget.js', 'www/widget.d.ts', 'www/define.js', 'www/define.d.ts',
    'www/engine.js', 'www/extract.js', 'www/styles.js', 'www/charts.js', 'www/worker.js', 'www/highlight.css']) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  const allowed = /^(package\.json|README\.md|LICEN[CS]E[^/]*|pkg\/textlens(\.js|\.d\.ts|_bg\.wasm|_bg\.wasm\.d\.ts|_model\.bin)|www\/[a-z-]+\.(js|d\.ts)|www\/highlight\.css)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'only the package files');
  for (const f of files) {
    if (f === 'www/highlight.css') continue;
    assert.doesNotMatch(f, /^(src|tests|scripts|docs|target|benches|node_modules)\/|\.(rs|html|css|tgz|map)$|test/, f);
  }
});

test('every relative import and new URL(…, import.meta.url) in the shipped code is shipped', async () => {
  const shipped = new Set(app.files);
  const missing = [];
  for (const f of app.files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const text = await readFile(join(app.installed, f), 'utf8');
    for (const spec of references(text)) {
      if (!shipped.has(target(f, spec))) missing.push(`${f} → ${spec}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every shipped www module is reachable from an export (no dead files)', async () => {
  const pkg = JSON.parse(await readFile(join(app.installed, 'package.json'), 'utf8'));
  const targets = [];
  const collect = (v) => {
    if (typeof v === 'string') targets.push(v.replace(/^\.\//, ''));
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(pkg.exports);
  const seen = new Set();
  const queue = [...targets];
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    assert.ok(app.files.includes(f), `export target ${f} is shipped`);
    if (!/\.(js|d\.ts)$/.test(f)) continue;
    const text = await readFile(join(app.installed, f), 'utf8');
    for (const spec of references(text)) queue.push(target(f, spec));
  }
  const dead = app.files.filter((f) => /\.(js|d\.ts|wasm)$/.test(f) && !seen.has(f) && f !== 'pkg/textlens_bg.wasm.d.ts');
  assert.deepEqual(dead, []);
});

test('package.json: ESM, subpath exports with types first, side effects declared, metadata', async () => {
  const pkg = JSON.parse(await readFile(join(app.installed, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports).sort(),
    ['.', './define', './highlight.css', './model.bin', './package.json', './textlens_bg.wasm', './widget', './worker'].sort());
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'object') assert.equal(Object.keys(value)[0], 'types', `${key}: "types" comes first`);
  }
  assert.equal(pkg.types, pkg.exports['.'].types);
  // Only registering the element, being a worker entry and a stylesheet are side effects; a
  // bundler may drop anything else that is imported and unused.
  assert.deepEqual([...pkg.sideEffects].sort(), ['./www/define.js', './www/highlight.css', './www/worker.js']);
  assert.ok(pkg.license && pkg.repository && pkg.keywords?.length, 'license, repository, keywords');
  assert.equal(pkg.dependencies, undefined, 'no runtime dependencies');
  assert.equal(dirname(pkg.exports['./textlens_bg.wasm']), './pkg');
});

test('scripts/size.mjs reports the real tarball and every module a widget page loads', async () => {
  const { stdout } = await sh(process.execPath, [join(ROOT, 'scripts/size.mjs'), '--json'], { cwd: ROOT });
  const report = JSON.parse(stdout);
  assert.equal(report.tarball.packed, app.size, 'the size npm pack reports for the tarball the tests install');
  assert.equal(report.tarball.files, app.files.length);
  const loaded = report.page.files.map((f) => f.file);
  for (const f of ['pkg/textlens.js', 'pkg/textlens_bg.wasm', 'www/api.js', 'www/charts.js', 'www/define.js',
    'www/engine.js', 'www/extract.js', 'www/styles.js', 'www/widget.js']) {
    assert.ok(loaded.includes(f), `${f} is counted`);
  }
  assert.ok(!loaded.includes('www/worker.js'), 'the worker is counted apart: only long texts load it');
  for (const f of report.page.files) {
    assert.ok(f.gzip > 0 && f.gzip < f.raw, f.file);
    assert.ok(app.files.includes(f.file), `${f.file} is shipped`);
  }
  assert.equal(report.page.total.gzip, report.page.files.reduce((t, f) => t + f.gzip, 0));
});

test('textlens/highlight.css holds the rule the element would add, and the signal that the page has it', async () => {
  const css = await readFile(join(app.installed, 'www/highlight.css'), 'utf8');
  const { highlightCss } = await import(join(app.installed, 'www/styles.js'));
  const squash = (s) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  assert.ok(squash(css).includes(squash(highlightCss)), 'the same ::highlight(textlens) rule as styles.js');
  assert.match(css, /:root\s*\{\s*--textlens-highlight-rule:\s*page;\s*\}/);
  const pkg = JSON.parse(await readFile(join(app.installed, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./highlight.css'], './www/highlight.css');
});
