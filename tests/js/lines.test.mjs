// <text-lens> cuts every context line it shows in JavaScript (www/lines.js): a word's or phrase's
// from the offsets kwicSpans() finds for many queries at once (instead of calling kwic() per pick,
// which segments the whole text again), a name's from its mentions' offsets in the analysis. Both
// must give the same lines as kwic() itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, kwic, kwicSpans } from '../../www/api.js';
import { line } from '../../www/lines.js';

const articles = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const names = readdirSync(articles).filter((f) => f.endsWith('.txt')).sort();
// The widget's options and queries: every term and phrase it can list, as [display, term].
const OPTIONS = { top: 200, minCount: 1, nameTerms: false, language: 'en' };
const queries = (a) => [...a.terms, ...a.phrases].map((t) => [...new Set([t.display, t.term])]);

/** Compares kwicSpans + line() with kwic() for every query, at several widths. */
function same(text, groups, widths = [60, 40, 12, 1]) {
  const spans = kwicSpans(text, groups);
  assert.equal(spans.length, groups.length);
  let lines = 0;
  groups.forEach((group, g) => {
    for (const width of widths) {
      const want = kwic(text, group, { width, limit: 0 }).map(({ sentence, ...l }) => l);
      const got = [];
      for (let i = 0; i < spans[g].length; i += 2) got.push(line(text, spans[g][i], spans[g][i + 1], width));
      assert.deepEqual(got, want, `${JSON.stringify(group)} at width ${width}`);
      lines += want.length;
    }
  });
  return lines;
}

for (const name of names) {
  test(`kwicSpans + line() equal kwic() for every term and phrase: ${name}`, () => {
    const text = readFileSync(articles + name, 'utf8');
    const groups = queries(analyze(text, OPTIONS));
    assert.ok(groups.length > 50, `${groups.length} queries`);
    assert.ok(same(text, groups) > 400);
  });
}

// Every mention of every entity, with either tagger, on the sample, first two held-out and development articles: kwic()
// for the entity's name and aliases (every form its mentions take), with `parts`, finds each mention exactly.
const heldout = ['heldout', 'heldout2', 'dev'].map((d) => fileURLToPath(new URL(`../fixtures/${d}/`, import.meta.url)));
const everyArticle = [
  ...names.map((n) => articles + n),
  ...heldout.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((n) => dir + n)),
];
for (const file of everyArticle) {
  test(`line() at each mention of a name equals kwic() for its forms there: ${file.split('/').slice(-2).join('/')}`, () => {
    const text = readFileSync(file, 'utf8');
    for (const tagger of ['model', 'rules']) {
      const a = analyze(text, { ...OPTIONS, tagger });
      let checked = 0;
      for (const e of a.entities) {
        const lines = new Map(kwic(text, [e.name, ...e.aliases], { width: 60, limit: 0, parts: true }).map(({ sentence, ...l }) => [`${l.start}:${l.end}`, l]));
        for (const i of e.mentions) {
          const m = a.mentions[i];
          const want = lines.get(`${m.start}:${m.end}`);
          assert.ok(want, `${tagger}: kwic() finds ${JSON.stringify(m.text)} (${e.name}) at ${m.start}`);
          assert.deepEqual(line(text, m.start, m.end, 60), want, `${tagger}: ${e.name} at ${m.start}`);
          checked++;
        }
      }
      assert.ok(a.mentions.length > 20, `${tagger}: ${a.mentions.length} mentions`);
      assert.equal(checked, a.mentions.length, `${tagger}: every mention belongs to an entity`);
    }
  });
}

test('kwicSpans + line() equal kwic() around odd white space, astral characters and format marks', () => {
  const text = [
    'Kenya\u2019s envoy\u00a0met\u3000Uganda\u2019s  team\r\nin\tNairobi.\u2028KENYA\u0085and 𝒦enya 😀 Kenya\u200b-led talks',
    'A very-long-word-that-runs-past-the-window-on-both-sides Kenya another-very-long-word-that-runs-past-it.',
    'Kenya', '  Kenya  ', 'Prime Minister Ruto met the prime minister. Minister minister minister.',
  ].join('\n\n');
  const groups = [['Kenya'], ['kenya', 'Kenya'], ['Uganda'], ['prime minister'], ['minister minister'], ['minister'], ['Nairobi'], ['𝒦enya'], ['nowhere'], []];
  same(text, groups, [60, 40, 12, 5, 3, 1]);
});

test('a context line stops at a paragraph break, in kwic() and in line() alike', () => {
  const text = 'Kenya and Uganda Agree After Tense Talks\n\nNAIROBI, Kenya \u2014 Kenya and Uganda agreed.\r\n \r\nUganda\u2029Kenya';
  const lines = kwic(text, ['Kenya', 'Uganda'], { width: 40, limit: 0 }).map((l) => [l.left, l.match, l.right]);
  assert.deepEqual(lines, [
    ['', 'Kenya', ' and Uganda Agree After Tense Talks'],
    ['Kenya and ', 'Uganda', ' Agree After Tense Talks'],
    ['NAIROBI, ', 'Kenya', ' \u2014 Kenya and Uganda agreed.'],
    ['NAIROBI, Kenya \u2014 ', 'Kenya', ' and Uganda agreed.'],
    ['NAIROBI, Kenya \u2014 Kenya and ', 'Uganda', ' agreed.'],
    ['', 'Uganda', ''],
    ['', 'Kenya', ''],
  ]);
  same(text, [['Kenya'], ['Uganda'], ['agreed']], [60, 40, 12, 1]);
  // One line break (a wrapped line) is no paragraph break.
  assert.equal(kwic('the talks in\nNairobi ended', ['Nairobi'], { width: 40, limit: 0 })[0].left, 'the talks in ');
});

test('kwicSpans rejects what is not a list of queries', () => {
  assert.throws(() => kwicSpans('text', 'Kenya'), /groups must be an array/);
  assert.throws(() => kwicSpans('text', [1]), /groups must be an array/);
  assert.throws(() => kwicSpans(1, []), /text must be a string/);
});
