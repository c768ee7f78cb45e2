// The demo in Firefox (ESR, headless, through geckodriver: see firefox.mjs): it renders, logs no
// error, names the visually hidden table toggles, and a pick highlights. Skipped where Firefox
// or geckodriver is missing (scripts/tools.sh test installs both).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { start } from '../../scripts/serve.mjs';
import { RESULTS, ROOT } from './helpers.mjs';
import { available, firefox } from './firefox.mjs';

describe('the demo in Firefox', { skip: !available && 'Firefox or geckodriver is not installed' }, () => {
  let server;
  let ff;
  let analysis;
  before(async () => {
    server = await start({ port: 0, root: process.env.TEXTLENS_ROOT ?? ROOT });
    ff = await firefox();
    await ff.goto(`${server.url}/www/index.html`);
    // (The event may have fired before a script of ours runs: wait for the element's analysis.)
    analysis = await ff.run(() => new Promise((resolve) => {
      const el = document.querySelector('text-lens');
      const wait = () => (el.analysis ? resolve({
        characters: el.analysis.characters,
        entities: el.analysis.entities.map((e) => ({ id: e.id, name: e.name, count: e.count })),
      }) : setTimeout(wait, 50));
      wait();
    }));
  });
  after(async () => {
    await ff?.close();
    await server?.close();
  });

  test('renders every chart', async () => {
    assert.ok(analysis.characters > 3000, `characters: ${analysis.characters}`);
    const shown = await ff.run(() => [...document.querySelector('text-lens').shadowRoot.querySelectorAll('[part~=chart]')]
      .map((s) => [s.getAttribute('part'), !s.hidden && s.getBoundingClientRect().height > 0, s.querySelectorAll('svg [role=option]').length > 0]));
    assert.deepEqual(shown, ['chart entities', 'chart terms', 'chart network', 'chart strip'].map((p) => [p, true, true]));
  });

  test('each "Show as a table" toggle is named after its chart', async () => {
    const summaries = await ff.inShadow('text-lens', 'details > summary');
    const names = [];
    for (const s of summaries) names.push(await ff.label(s));
    assert.deepEqual(names, ['People, organisations and places', 'Most frequent words', 'Recurring phrases', 'Who appears together', 'Where in the story']
      .map((chart) => `Show as a table — ${chart}`));
  });

  test('a click on a name highlights its mentions, painted', async () => {
    const kenya = analysis.entities.find((e) => e.name === 'Kenya');
    const [row] = await ff.inShadow('text-lens', `svg[data-chart=entities] .row[data-key=e${kenya.id}]`);
    await ff.click(row);
    const got = await ff.run((n) => new Promise((resolve) => {
      const wait = () => {
        const h = CSS.highlights.get('textlens');
        if (h?.size !== n) return setTimeout(wait, 50);
        const first = [...h][0];
        resolve({
          size: h.size,
          texts: [...h].map((r) => r.toString()),
          background: getComputedStyle(first.startContainer.parentElement, '::highlight(textlens)').backgroundColor,
          lines: document.querySelector('text-lens').shadowRoot.querySelectorAll('[part~=kwic] li').length,
          // Each line's left context ends against its match, cut or not (an empty one aside).
          apart: [...document.querySelector('text-lens').shadowRoot.querySelectorAll('[part~=kwic] .left')].flatMap((cell) => {
            const node = cell.querySelector('span').firstChild;
            if (!node) return [];
            const r = document.createRange();
            r.setStart(node, node.length - 1);
            r.setEnd(node, node.length);
            const gap = cell.getBoundingClientRect().right - r.getBoundingClientRect().right;
            return Math.abs(gap) > 2 ? [`${node.data}: ${Math.round(gap)} px`] : [];
          }),
        });
      };
      wait();
    }), kenya.count);
    assert.equal(got.size, kenya.count);
    assert.ok(got.texts.every((t) => /^(Kenya|KENYA)$/.test(t)), got.texts.join());
    assert.equal(got.background, 'rgb(255, 226, 122)');
    assert.equal(got.lines, kenya.count);
    assert.deepEqual(got.apart, [], 'left contexts apart from their match');
    await writeFile(`${RESULTS}firefox-demo.png`, await ff.screenshot());
  });

  test('no console errors or warnings, no uncaught errors', () => {
    assert.deepEqual(ff.pageErrors(), []);
  });
});
