// Way 4: TypeScript. A consumer file that uses the API and the element type-checks with
// `tsc --noEmit --strict` against the shipped .d.ts files, under Node and bundler module
// resolution, with the library files checked too (no skipLibCheck); a file that misuses the API
// must fail, so the types are known to be doing something.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BIN, consumer, sh } from './helpers.mjs';

const GOOD = `import { init, isReady, analyze, kwic, version, Corpus } from 'textlens';
import type { Analysis, AnalyzeOptions, Entity, EntityType, Mention, KwicLine, CorpusResult, Term, EntityPair } from 'textlens';
import { TextLensElement } from 'textlens/widget';
import type { Selection } from 'textlens/widget';
import 'textlens/define';

await init();
await init(new URL('./textlens_bg.wasm', import.meta.url));
const loaded: boolean = isReady();

const options: AnalyzeOptions = { top: 10, types: ['PER', 'LOC'], sortBy: 'npmi', window: 3, minCount: 1, phrases: false };
const text = 'NAIROBI — Amina Wekesa met ASEAN envoys. Wekesa spoke.';
const a: Analysis = analyze(text, options);
const counts: number[] = [a.characters, a.words, a.sentences, a.paragraphs];
for (const entity of a.entities) {
  const name: string = entity.name;
  const type: EntityType = entity.type;
  const aliases: string[] = entity.aliases;
  const mentions: Mention[] = entity.mentions.map((i) => a.mentions[i]);
  const spans: string[] = mentions.map((m) => text.slice(m.start, m.end));
  console.log(name, type, aliases, spans, entity.count, entity.id);
}
const top: Term | undefined = a.terms[0];
const pair: EntityPair | undefined = a.cooccurrence.entities[0];
if (pair) console.log(a.entities[pair.a].name, pair.npmi, pair.llr, pair.dice, pair.pmi, pair.count);
const lines: KwicLine[] = kwic(text, ['Wekesa', 'Amina Wekesa'], { width: 30 });
console.log(lines[0]?.left, lines[0]?.match, lines[0]?.right, top?.display, version(), loaded, counts);

const corpus = new Corpus({ top: 5 });
const first: Analysis = corpus.add(text, 'one.txt');
corpus.add('Kenya and Uganda signed.');
const result: CorpusResult = corpus.result();
const size: number = corpus.length;
console.log(first.entities.length, result.terms[0]?.tfidf, result.entities[0]?.df, result.trends.terms, size);
corpus.free();

const lens = document.createElement('text-lens');
const typed: TextLensElement = lens;
lens.text = text;
lens.setAttribute('top', '5');
lens.addEventListener('textlens-ready', (event) => {
  const entities: Entity[] = event.detail.entities;
  console.log(entities.length);
});
lens.addEventListener('textlens-select', (event) => {
  const picked: Selection = event.detail;
  if (picked.kind === 'entity') console.log(picked.name, picked.type satisfies EntityType, picked.mentions[0]?.start);
  else console.log(picked.term, picked.display, picked.phrase);
});
const latest: Analysis | null = typed.analysis;
typed.refresh();
const found: TextLensElement | null = document.querySelector('text-lens');
TextLensElement.workerThreshold = 50_000;
const klass: typeof TextLensElement = TextLensElement.define('news-lens', customElements);
console.log(latest, found, klass);
document.body.append(lens);
export {};
`;

// Each line is one misuse, and tsc must report an error on each of them.
const BAD = `import { analyze, Corpus } from 'textlens';
analyze('x', { top: '3' });
analyze('x', { tpo: 3 });
const t: 'PERSON' = analyze('x').entities[0].type;
document.createElement('text-lens').analysis = null;
new Corpus().add(42);
analyze('x', { sortBy: 'frequency' });
document.createElement('text-lens').addEventListener('textlens-ready', (e) => e.detail.nope);
export {};
`;

const config = (compilerOptions, files) => `${JSON.stringify({
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: [],
    skipLibCheck: false,
    ...compilerOptions,
  },
  files,
}, null, 2)}\n`;

let app;
before(async () => {
  app = await consumer({
    'src/consumer.ts': GOOD,
    'src/misuse.ts': BAD,
    'src/using.ts': `import { Corpus } from 'textlens';
{
  using corpus = new Corpus();
  corpus.add('Kenya and Uganda signed.');
}
export {};
`,
    'tsconfig.node.json': config({ module: 'nodenext', moduleResolution: 'nodenext' }, ['src/consumer.ts']),
    'tsconfig.bundler.json': config({ module: 'esnext', moduleResolution: 'bundler' }, ['src/consumer.ts']),
    'tsconfig.esnext.json': config({ module: 'nodenext', moduleResolution: 'nodenext', target: 'esnext', lib: ['esnext', 'dom'] },
      ['src/consumer.ts', 'src/using.ts']),
    'tsconfig.misuse.json': config({ module: 'nodenext', moduleResolution: 'nodenext' }, ['src/misuse.ts']),
  });
});
after(async () => {
  await app?.cleanup();
});

const tsc = (project) => sh(join(BIN, 'tsc'), ['--noEmit', '--strict', '--pretty', 'false', '-p', project], { cwd: app.dir });

test('tsc --noEmit --strict passes on a consumer of the API and the element (moduleResolution nodenext)', async () => {
  const { stdout } = await tsc('tsconfig.node.json');
  assert.equal(stdout.trim(), '');
});

test('tsc --noEmit --strict passes on the same file with moduleResolution bundler', async () => {
  const { stdout } = await tsc('tsconfig.bundler.json');
  assert.equal(stdout.trim(), '');
});

test('tsc --noEmit --strict passes with lib esnext too, where `using corpus = new Corpus()` works', async () => {
  const { stdout } = await tsc('tsconfig.esnext.json');
  assert.equal(stdout.trim(), '');
});

test('tsc rejects misuse of the API and the element, line by line', async () => {
  const failed = await tsc('tsconfig.misuse.json').then(() => null, (e) => e);
  assert.ok(failed, 'tsc failed');
  const lines = new Set([...failed.stdout.matchAll(/misuse\.ts\((\d+),\d+\): error/g)].map(([, n]) => Number(n)));
  const expected = BAD.trimEnd().split('\n').map((_, i) => i + 1).slice(1, -1);
  assert.deepEqual([...lines].sort((x, y) => x - y), expected, failed.stdout);
});
