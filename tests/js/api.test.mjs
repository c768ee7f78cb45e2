// The JS API in Node (no bundler, no manual .wasm fetch), and the CLI printing the same JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze, kwic, kwicSpans, init, isReady, isModelLoaded, loadModel, memoryBytes, Corpus } from '../../www/api.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articles = `${root}tests/fixtures/articles/`;
const cli = `${root}target/release/textlens`;
const names = readdirSync(articles).filter((f) => f.endsWith('.txt')).sort();

test('the module is ready in Node without init(), and init() is idempotent', async () => {
  assert.equal(isReady(), true);
  const p = init();
  assert.equal(init(), p);
  await p;
});

for (const name of names) {
  test(`CLI and WASM give identical JSON: ${name}`, () => {
    const text = readFileSync(articles + name, 'utf8');
    for (const options of [{}, { top: 5, types: ['PER', 'LOC'], window: 3, sortBy: 'npmi' }]) {
      const args = ['analyze', articles + name];
      if (options.top) args.push('--top', '5', '--types', 'PER,LOC', '--window', '3', '--sort-by', 'npmi');
      const fromCli = JSON.parse(execFileSync(cli, args, { encoding: 'utf8' }));
      const fromWasm = JSON.parse(JSON.stringify(analyze(text, options)));
      assert.deepEqual(fromCli, fromWasm);
    }
  });
}

test('the model is the default tagger: loaded at import in Node, reported in the result', async () => {
  assert.equal(isModelLoaded(), true);
  const text = readFileSync(articles + names[0], 'utf8');
  assert.equal(analyze(text).tagger, 'model');
  assert.equal(analyze(text, { tagger: 'rules' }).tagger, 'rules');
  for (const name of names) {
    const article = readFileSync(articles + name, 'utf8');
    const fromCli = JSON.parse(execFileSync(cli, ['analyze', articles + name, '--tagger', 'rules'], { encoding: 'utf8' }));
    assert.deepEqual(JSON.parse(JSON.stringify(analyze(article, { tagger: 'rules' }))), fromCli, name);
  }
  await assert.rejects(loadModel(new Uint8Array([1, 2, 3])), { name: 'Error', message: /loadModel\(bytes\): not a textlens model file \(3 bytes/ });
  await assert.rejects(loadModel(42), { name: 'Error', message: /loadModel\(bytes\): bytes must be a Uint8Array, got 42/ });
  await assert.rejects(loadModel(new URL('file:///nonexistent/model.bin')), { name: 'Error', message: /^textlens: loadModel\(\) could not read the model weights file:\/\/\/nonexistent\/model.bin: ENOENT/ });
  await assert.rejects(loadModel('http://127.0.0.1:9/model.bin'), { name: 'Error', message: /^textlens: loadModel\(\) could not fetch the model weights http:\/\/127.0.0.1:9\/model.bin: / });
  assert.equal(analyze(text).tagger, 'model', 'a failed load keeps the weights loaded before');
  await loadModel();
  assert.deepEqual(JSON.parse(JSON.stringify(analyze(text))), JSON.parse(execFileSync(cli, ['analyze', articles + names[0]], { encoding: 'utf8' })));
  // Bytes are read at the call: the caller may reuse its buffer at once.
  const weights = new Uint8Array(readFileSync(new URL('../../pkg/textlens_model.bin', import.meta.url)));
  const kept = weights.slice();
  const loading = loadModel(weights);
  weights.fill(0);
  await loading;
  assert.equal(analyze(text).tagger, 'model');
  weights.set(kept);
  const view = new Uint8Array(weights.buffer, 0, weights.length); // a view of the same buffer
  const again = loadModel(view.buffer);
  view.fill(1);
  await again;
  assert.deepEqual(JSON.parse(JSON.stringify(analyze(text))), JSON.parse(execFileSync(cli, ['analyze', articles + names[0]], { encoding: 'utf8' })));
});

test('without the weights the rules are the default, and tagger: \'model\' is an Error naming loadModel()', () => {
  // A fresh module instance, initialised without the weights (as a page after init({ model: false })).
  const script = `
    import { readFileSync } from 'node:fs';
    import * as wasm from '${new URL('../../pkg/textlens.js', import.meta.url)}';
    wasm.initSync({ module: readFileSync(new URL('../../pkg/textlens_bg.wasm', '${import.meta.url}')) });
    const text = readFileSync(process.argv[1], 'utf8');
    // The binding's mentions are five numbers each (start, end, type, entity, sentence), as www/api.js reads them.
    const a = wasm.analyze(text);
    const n = a.mentions;
    a.mentions = [];
    for (let i = 0; i < n.length; i += 5) {
      a.mentions.push({ start: n[i], end: n[i + 1], text: text.slice(n[i], n[i + 1]), type: ['PER', 'ORG', 'LOC', 'MISC'][n[i + 2]], entity: n[i + 3], sentence: n[i + 4] });
    }
    const out = { tagger: a.tagger, json: JSON.stringify(a), errors: [] };
    for (const f of [() => wasm.analyze(text, { tagger: 'model' }), () => new wasm.Corpus({ tagger: 'model' })]) {
      try { f(); out.errors.push('none'); } catch (e) { out.errors.push(e instanceof Error && e.message); }
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, articles + names[0]], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.tagger, 'rules');
  assert.equal(out.errors.length, 2);
  for (const e of out.errors) assert.match(e, /^invalid option `tagger`: .*loadModel\(\)/);
  assert.deepEqual(JSON.parse(out.json), JSON.parse(execFileSync(cli, ['analyze', articles + names[0], '--tagger', 'rules'], { encoding: 'utf8' })));
});

test('every mention slices to its text, with astral characters and CRLF before it', () => {
  const text = '👩‍👩‍👧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\r\n\r\nKENYA, Kenya’s envoy met Olena Kovalenko in Kyiv. Kovalenko said so.';
  const a = analyze(text);
  assert.ok(a.mentions.length >= 4);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(a.characters, text.length);
  const lines = kwic(text, 'kovalenko');
  assert.deepEqual(lines.map((l) => text.slice(l.start, l.end)), ['Kovalenko', 'Kovalenko']);
});

test('lone surrogates from JS do not shift offsets', () => {
  const text = '\uD800 Kenya \uDC00 Uganda';
  const a = analyze(text);
  assert.deepEqual(a.mentions.map((m) => text.slice(m.start, m.end)), ['Kenya', 'Uganda']);
});

test('errors are JS Errors naming the problem; the caller\'s options are not mutated', () => {
  const options = Object.freeze({ top: 3, types: Object.freeze(['PER']) });
  analyze('Kenya.', options);
  assert.deepEqual(options, { top: 3, types: ['PER'] });
  const cases = [
    [() => analyze(42), /^analyze\(text\): text must be a string, got 42$/],
    [() => analyze('x', 'top'), /^options must be an object, got "top"$/],
    [() => analyze('x', { tpo: 3 }), /^invalid option `tpo`: unknown option/],
    [() => analyze('x', { types: ['PER', 7] }), /^invalid option `types`: must be an array of strings, got an element 7$/],
    // Strings in messages are quoted by the .wasm itself (built with `{:?}` writing nothing).
    [() => analyze('x', { window: 'wide' }), /^invalid option `window`: must be a whole number from 1 to 50, got "wide"$/],
    [() => analyze('x', { types: ['PER', 'x"y'] }), /^invalid option `types`: must list only "PER", "ORG", "LOC", "MISC", got "x\\"y"$/],
    [() => analyze('x', { minCount: 1e9 }), /^invalid option `minCount`: must be a whole number from 1 to 1000, got 1000000000$/],
    [() => analyze('long text', { maxLength: 4 }), /^text is 9 UTF-16 code units long, over the `maxLength` option of 4$/],
    [() => kwic('x', 5), /^kwic\(text, query\): query must be a string or an array of strings, got 5$/],
    [() => new Corpus({ window: 0 }), /^invalid option `window`/],
    [() => analyze('x', { nameTerms: 'no' }), /^invalid option `nameTerms`: must be true or false, got "no"$/],
    [() => new Corpus({ nameTerms: 0 }), /^invalid option `nameTerms`: must be true or false, got 0$/],
  ];
  for (const [fn, message] of cases) {
    assert.throws(fn, (e) => e instanceof Error && message.test(e.message));
  }
});

test('Corpus: per-document results, totals, trends; free() releases it', () => {
  const corpus = new Corpus({ top: 10 });
  const texts = names.map((n) => readFileSync(articles + n, 'utf8'));
  const perDoc = texts.map((t, i) => corpus.add(t, names[i]));
  const r = corpus.result();
  assert.equal(corpus.length, texts.length);
  assert.deepEqual(r.documents.map((d) => d.name), names);
  assert.equal(r.words, perDoc.reduce((s, a) => s + a.words, 0));
  for (const t of r.trends.terms) assert.equal(t.counts.length, texts.length);
  const top = r.terms[0];
  assert.equal(top.count, r.trends.terms[0].counts.reduce((s, c) => s + c, 0));
  corpus.free();
  assert.throws(() => corpus.result());
});

test('nameTerms: false leaves the words of names out of terms, phrases and term pairs, in analyze(), Corpus and the CLI', () => {
  const text = 'The African Union met in Kampala on Monday. The African Union said trade talks in Kampala went well. '
    + 'Trade talks resume in Kampala next week, the union of traders said.';
  const options = { tagger: 'rules', minCount: 1, top: 0 };
  const on = analyze(text, options);
  assert.deepEqual(analyze(text, { ...options, nameTerms: true }), on);
  const off = analyze(text, { ...options, nameTerms: false });
  assert.deepEqual(off.entities, on.entities);
  const terms = (a) => Object.fromEntries(a.terms.map((t) => [t.term, t.count]));
  assert.equal(terms(on).kampala, 3);
  assert.equal(terms(off).kampala, undefined);
  assert.deepEqual([terms(on).union, terms(off).union], [3, 1]);
  assert.ok(on.phrases.some((p) => p.term === 'african union'));
  assert.ok(!off.phrases.some((p) => /african|kampala/.test(p.term)) && off.phrases.some((p) => p.term === 'trade talks'));
  assert.ok(off.cooccurrence.terms.length && off.cooccurrence.terms.every((p) => p.a !== 'kampala' && p.b !== 'kampala'));
  const corpus = new Corpus({ ...options, nameTerms: false });
  corpus.add(text, 'one');
  assert.deepEqual(corpus.result().terms.map((t) => t.term).sort(), off.terms.map((t) => t.term).sort());
  corpus.free();
  const fromCli = JSON.parse(execFileSync(cli, ['analyze', articles + names[0], '--no-name-terms'], { encoding: 'utf8' }));
  assert.deepEqual(fromCli, JSON.parse(JSON.stringify(analyze(readFileSync(articles + names[0], 'utf8'), { nameTerms: false }))));
});

test('CLI: errors go to stderr with a non-zero exit', () => {
  const missing = spawnSync(cli, ['analyze', '/nonexistent/file.txt'], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^textlens: cannot read \/nonexistent\/file.txt: /);
  assert.equal(missing.stdout, '');
  const invalid = spawnSync(cli, ['analyze', '-'], { input: Buffer.from([0x4b, 0x65, 0xff, 0x6e]), encoding: 'utf8' });
  assert.equal(invalid.status, 1);
  assert.equal(invalid.stderr, 'textlens: - is not valid UTF-8 (first bad byte at offset 2)\n');
  const badOption = spawnSync(cli, ['analyze', '-', '--window', '0'], { input: 'x', encoding: 'utf8' });
  assert.equal(badOption.status, 2);
  assert.match(badOption.stderr, /^textlens: invalid option `window`: must be a whole number from 1 to 50, got 0\n/);
  const stdin = spawnSync(cli, ['analyze', '-'], { input: 'Kenya and Uganda.', encoding: 'utf8' });
  assert.equal(stdin.status, 0);
  assert.deepEqual(JSON.parse(stdin.stdout).entities.map((e) => e.name), ['Kenya', 'Uganda']);
});

test('1,000 analyses and 1,000 dropped corpora do not grow wasm memory', () => {
  const text = readFileSync(articles + names[0], 'utf8');
  for (let i = 0; i < 20; i++) { analyze(text); const c = new Corpus(); c.add(text); c.free(); }
  const before = memoryBytes();
  for (let i = 0; i < 1000; i++) {
    analyze(text);
    const c = new Corpus();
    c.add(text);
    c.result();
    c.free();
  }
  assert.equal(memoryBytes(), before);
});

test('places joined by a hyphen inside one word are each a mention, its offsets slicing the text to its name', () => {
  const text = '👩‍👩‍👧 Trucks queued at the Kenya-Uganda border on Tuesday. Officials in Kenya said so.';
  const a = analyze(text);
  const names = a.mentions.map((m) => text.slice(m.start, m.end));
  assert.deepEqual(names, ['Kenya', 'Uganda', 'Kenya']);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const kenya = a.entities.find((e) => e.name === 'Kenya');
  assert.equal(kenya.count, 2);
});

test('kwic with parts finds a place inside a hyphen-joined word, its offsets slicing the text to the place (debts6)', () => {
  const text = '👩‍👩‍👧 Trucks queued at the Kenya-Uganda border on Tuesday. Officials in Uganda said so.';
  assert.deepEqual(kwic(text, 'Uganda').map((l) => l.start), [text.lastIndexOf('Uganda')]);
  assert.deepEqual([...kwicSpans(text, ['Uganda'], { parts: true })[0]], [text.indexOf('Uganda'), text.indexOf('Uganda') + 6, text.lastIndexOf('Uganda'), text.lastIndexOf('Uganda') + 6]);
  const lines = kwic(text, 'Uganda', { parts: true });
  assert.deepEqual(lines.map((l) => text.slice(l.start, l.end)), ['Uganda', 'Uganda']);
  assert.equal(lines[0].start, text.indexOf('Kenya-Uganda') + 'Kenya-'.length);
  assert.equal(lines[0].match, 'Uganda');
  // The analysis's mentions of Uganda are where kwic finds it.
  const a = analyze(text);
  const uganda = a.entities.find((e) => e.name === 'Uganda');
  assert.deepEqual(uganda.mentions.map((i) => a.mentions[i].start), lines.map((l) => l.start));
});

test('two people sharing a surname stay two entities in JS, each with the surname as its alias (alias16)', () => {
  const text = 'Daniel Otieno, a farmer, met buyers in Kisumu on Monday. Otieno said prices had fallen. '
    + 'Grace Otieno, a trader, said the market was quiet. Otieno added that she would wait.';
  const people = analyze(text).entities.filter((e) => e.name.endsWith('Otieno'));
  const daniel = people.find((e) => e.name === 'Daniel Otieno');
  assert.deepEqual([daniel.type, daniel.aliases, daniel.count], ['PER', ['Otieno'], 2]);
  assert.ok(!daniel.aliases.includes('Grace Otieno'));
});

test("a company's short name and its name with a legal form are one entity in JS, each mention pointing at it (alias17)", () => {
  const text = 'Brevik Tankers Ltd agreed on Monday to buy a rival. Brevik said the deal would close in May. '
    + 'Water from the Koshi River rose, and the Koshi reached the town by night.';
  const a = analyze(text);
  const brevik = a.entities.find((e) => e.name === 'Brevik Tankers Ltd');
  assert.deepEqual([brevik.type, brevik.aliases, brevik.count], ['ORG', ['Brevik'], 2]);
  const river = a.entities.find((e) => e.name === 'Koshi River');
  assert.deepEqual([river.type, river.aliases, river.count], ['LOC', ['Koshi'], 2]);
  for (const e of [brevik, river]) {
    for (const m of e.mentions) assert.equal(a.mentions[m].entity, e.id);
  }
});

test('kwic and kwicSpans on a term or phrase find exactly the occurrences its count counts (kwic20)', () => {
  const text = 'Mr. Odhiambo met his lawyer, Ma. Cristina Reyes, of Acme Inc. in the Semi-Final week. The final was held after the '
    + 'Kenya-Uganda talks. Japanese-Korean yards and Japanese yards grew. An Accra-based firm left Accra. Mr. Odhiambo said so.';
  for (const nameTerms of [true, false]) {
    const a = analyze(text, { top: 0, minCount: 1, nameTerms });
    const items = [...a.terms, ...a.phrases];
    const spans = kwicSpans(text, items.map((t) => t.term));
    const names = a.mentions.map((m) => [m.start, m.end]);
    items.forEach((t, i) => {
      const at = [];
      for (let j = 0; j < spans[i].length; j += 2) at.push(spans[i][j]);
      // With nameTerms false a count leaves out the words of names, which kwic still finds.
      const counted = nameTerms ? at : at.filter((s) => !names.some(([b, e]) => b <= s && s < e));
      assert.equal(counted.length, t.count, `nameTerms ${nameTerms}: ${t.term}`);
      assert.equal(kwic(text, t.term).length, at.length, t.term);
    });
  }
  assert.deepEqual(kwic(text, 'ma.').map((l) => l.match), ['Ma.']);
  assert.deepEqual(kwic(text, 'final').map((l) => l.match), ['final']);
  assert.deepEqual(kwic(text, 'japanese').map((l) => l.match), ['Japanese']);
  assert.deepEqual(kwic(text, 'Accra', { parts: true }).map((l) => l.match), ['Accra', 'Accra']);
  assert.throws(() => kwic(text, 'x', { parts: 1 }), /^Error: invalid option `parts`: must be a boolean, got 1$/);
  assert.throws(() => kwicSpans(text, ['x'], { width: 1 }), /^Error: invalid option `width`: unknown option; known options are parts$/);
});
