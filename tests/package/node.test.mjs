// Way 3: Node ESM. A script in the consumer project imports `textlens` by name and uses it at once:
// no bundler, no init(), no fetching of the .wasm by the caller.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { consumer, sh } from './helpers.mjs';

let app;
before(async () => {
  app = await consumer({
    'esm.mjs': `import { analyze, kwic, Corpus, init, isReady, version } from 'textlens';
const text = 'NAIROBI — Amina Wekesa met ASEAN envoys. Wekesa said the Association of Southeast Asian Nations agreed.';
const readyAtImport = isReady();
const a = analyze(text, { top: 5, types: ['PER', 'ORG', 'LOC'] });
const corpus = new Corpus({ top: 3 });
corpus.add(text, 'one.txt');
corpus.add('Kenya and Uganda signed. Kenya said so.', 'two.txt');
const result = corpus.result();
corpus.free();
let badOption;
try {
  analyze(text, { tpo: 3 });
} catch (e) {
  badOption = e instanceof Error && e.message;
}
const p = init();
await p;
console.log(JSON.stringify({
  readyAtImport,
  sameInit: p === init(),
  version: version(),
  entities: a.entities.map((e) => [e.name, e.type, e.aliases]),
  slices: a.mentions.every((m) => text.slice(m.start, m.end) === m.text),
  kwic: kwic(text, 'Wekesa').map((l) => l.match),
  documents: result.documents.length,
  badOption,
  wasm: import.meta.resolve('textlens/textlens_bg.wasm'),
  widget: import.meta.resolve('textlens/widget'),
}));
`,
    'cjs.cjs': `const { analyze } = require('textlens');
console.log(JSON.stringify(analyze('Kenya and Uganda signed.').entities.map((e) => e.name)));
`,
  });
});
after(async () => {
  await app?.cleanup();
});

test('Node ESM: import { analyze } from \'textlens\' works at once, without init() or a fetch', async () => {
  const { stdout, stderr } = await sh(process.execPath, ['esm.mjs'], { cwd: app.dir });
  assert.equal(stderr, '');
  const out = JSON.parse(stdout);
  assert.equal(out.readyAtImport, true);
  assert.equal(out.sameInit, true);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  const names = out.entities.map(([name]) => name);
  assert.ok(names.includes('Amina Wekesa'), names.join());
  assert.ok(names.includes('Association of Southeast Asian Nations'), names.join());
  assert.deepEqual(out.entities.find(([name]) => name === 'Amina Wekesa')[2], ['Wekesa']);
  assert.equal(out.slices, true);
  assert.deepEqual(out.kwic, ['Wekesa', 'Wekesa']);
  assert.equal(out.documents, 2);
  assert.match(out.badOption, /^invalid option `tpo`/);
  assert.equal(out.wasm, `file://${join(app.installed, 'pkg', 'textlens_bg.wasm')}`);
  assert.equal(out.widget, `file://${join(app.installed, 'www', 'widget.js')}`);
});

test('Node CommonJS: require(\'textlens\') works where Node can require ES modules', async (t) => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19) || (major > 20 && major < 22) || (major === 22 && minor < 12)) {
    t.skip(`Node ${process.versions.node} cannot require() an ES module`);
    return;
  }
  const { stdout } = await sh(process.execPath, ['--no-warnings', 'cjs.cjs'], { cwd: app.dir });
  assert.deepEqual(JSON.parse(stdout), ['Kenya', 'Uganda']);
});
