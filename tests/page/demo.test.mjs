// The demo page (www/index.html) in headless Chromium under its strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, open, ready, RESULTS } from './helpers.mjs';

const fixture = (name) => fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
const ARTICLE = readFileSync(fixture('kenya-border.txt'), 'utf8').trim();
const EXPECTED = JSON.parse(readFileSync(fixture('kenya-border.expected.json'), 'utf8'));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
// Entities the core is expected to get exactly right (name, type and count) in the main article.
const CHECKED = ['Kenya', 'Busia', 'East African Community', 'Amina Wekesa', 'Nairobi'];

/** Captures the article's markup before any module script runs. */
async function keepArticle(page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') window.__article = document.querySelector('#story').innerHTML;
    });
  });
}

const lens = (page) => page.locator('text-lens');

/** Rows of a bar chart as [label, value, selected]. */
function rows(page, chart) {
  return lens(page).locator(`svg[data-chart=${chart}] .row`).evaluateAll((gs) => gs.map((g) => ({
    key: g.dataset.key,
    label: g.querySelector('.label').textContent,
    name: g.querySelector('title').textContent,
    value: Number(g.querySelector('.value').textContent),
    selected: g.getAttribute('aria-selected') === 'true',
  })));
}

const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('textlens');
  return h ? [...h].map((r) => r.toString()) : [];
});

const kwicLines = (page) => lens(page).locator('[part~=kwic] li:not(.note)').allTextContents();

describe('demo page', () => {
  let env;
  let tab;
  let analysis;
  before(async () => {
    env = await setup();
    tab = await open(env, '/www/index.html', { before: keepArticle });
    analysis = await ready(tab.page);
  });
  after(async () => {
    await tab?.context.close();
    await env?.close();
  });

  test('textlens-ready carries the analysis of the article text', () => {
    // Headline and paragraphs joined by blank lines; byline, kicker and pull quote skipped.
    assert.equal(analysis.characters, ARTICLE.length);
    assert.ok(analysis.words > 500, `words: ${analysis.words}`);
    assert.ok(Math.abs(analysis.sentences - EXPECTED.sentences) <= 2, `sentences: ${analysis.sentences}`);
    assert.ok(analysis.entities.length >= 10);
    for (const m of analysis.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
  });

  test('the entities chart shows the expected people and places with their counts', async () => {
    const shown = await rows(tab.page, 'entities');
    assert.equal(shown.length, 10);
    for (const name of CHECKED) {
      const want = EXPECTED.entities.find((e) => e.name === name);
      const got = analysis.entities.find((e) => e.name === name);
      assert.ok(got, `${name} is in the analysis`);
      assert.equal(got.type, want.type, `${name} type`);
      assert.equal(got.count, want.count, `${name} count`);
      assert.equal(shown.find((r) => r.key === `e${got.id}`)?.value, want.count, `${name} row`);
    }
    const ranked = [...analysis.entities].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    assert.deepEqual(shown.map((r) => [r.key, r.value]), ranked.slice(0, 10).map((e) => [`e${e.id}`, e.count]));
    assert.ok(shown.every((r) => r.name.startsWith(analysis.entities[r.key.slice(1)].name)), 'rows are named in full');
    const legend = await lens(tab.page).locator('.legend li').allTextContents();
    assert.ok(legend.includes('People') && legend.includes('Places'), legend.join());
  });

  test('every chart has an accessible name and a table alternative', async () => {
    const charts = await lens(tab.page).locator('[part~=chart]').evaluateAll((ss) => ss.map((s) => ({
      part: s.getAttribute('part'),
      svgs: [...s.querySelectorAll('svg')].map((g) => [g.getAttribute('role'), g.getAttribute('aria-label')]),
      tables: s.querySelectorAll('details table').length,
    })));
    assert.deepEqual(charts.map((c) => c.part), ['chart entities', 'chart terms', 'chart network', 'chart strip']);
    for (const c of charts) {
      assert.ok(c.svgs.length >= 1, c.part);
      for (const [role, label] of c.svgs) assert.ok(['img', 'listbox'].includes(role) && label, `${c.part}: ${role} ${label}`);
      assert.equal(c.tables, c.svgs.length, c.part);
    }
  });

  test('each "Show as a table" toggle is named after its chart', async () => {
    // Seen: "Show as a table"; named (the rest is visually hidden): "Show as a table — <chart>".
    const names = await lens(tab.page).locator('details > summary').evaluateAll((ss) => ss.map((s) => [s.textContent, s.getBoundingClientRect().width < 130]));
    assert.deepEqual(names, ['People, organisations and places', 'Most frequent words', 'Recurring phrases', 'Who appears together', 'Where in the story']
      .map((chart) => [`Show as a table — ${chart}`, true]));
    const snapshot = await lens(tab.page).locator('[part~=chart]').first().ariaSnapshot();
    assert.match(snapshot, /group: "?Show as a table — People, organisations and places"?$/m);
  });

  test('clicking an entity highlights each of its mentions and shows them in context', async () => {
    const { page } = tab;
    const kenya = analysis.entities.find((e) => e.name === 'Kenya');
    const selected = page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('textlens-select', (e) => resolve(e.detail), { once: true });
    }));
    await lens(page).locator(`svg[data-chart=entities] .row[data-key=e${kenya.id}]`).click();
    const detail = await selected;
    assert.equal(detail.kind, 'entity');
    assert.equal(detail.name, 'Kenya');
    const texts = await highlighted(page);
    assert.equal(texts.length, kenya.count);
    assert.deepEqual(texts, kenya.mentions.map((i) => analysis.mentions[i].text));
    const lines = await kwicLines(page);
    assert.equal(lines.length, kenya.count);
    for (const line of lines) assert.match(line, /Kenya/);
    assert.ok((await rows(page, 'entities')).find((r) => r.label === 'Kenya').selected);
  });

  test('a pick is announced in a polite live region: the name and how many mentions are highlighted', async () => {
    const { page } = tab;
    const live = lens(page).locator('[aria-live=polite]');
    assert.equal(await live.count(), 1);
    const entity = analysis.entities.find((e) => e.name === 'Amina Wekesa');
    await lens(page).locator(`svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
    await page.waitForFunction(() => document.querySelector('text-lens').shadowRoot.querySelector('[aria-live]').textContent.includes('Amina'));
    assert.equal(await live.textContent(), `Amina Wekesa: ${entity.count} mentions highlighted`);
    const word = (await rows(page, 'words'))[0];
    await lens(page).locator(`svg[data-chart=words] .row[data-key="${word.key}"]`).click();
    await page.waitForFunction((w) => document.querySelector('text-lens').shadowRoot.querySelector('[aria-live]').textContent.includes(w), word.label);
    assert.equal(await live.textContent(), `“${word.label}”: ${word.value} occurrences highlighted`);
    await lens(page).locator('[part~=clear]').click();
    assert.equal(await live.textContent(), 'Highlights cleared');
    assert.ok((await live.boundingBox()).width <= 1, 'visually hidden');
  });

  test('network labels are cut only where they would not fit, and stay inside the chart', async () => {
    const labels = await lens(tab.page).locator('svg.network').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.node text')].map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent, inside: b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5 };
      });
    });
    assert.ok(labels.length > 10, `${labels.length} labels`);
    assert.deepEqual(labels.filter((l) => !l.inside), []);
    // At 1280 px every name of the demo fits whole ("African Uni…" was cut with room to spare).
    assert.deepEqual(labels.filter((l) => l.text.endsWith('…')).map((l) => l.text), []);
    assert.ok(labels.some((l) => l.text === 'African Union'));
  });

  test('an entity with aliases highlights every form', async () => {
    const { page } = tab;
    const entity = analysis.entities.find((e) => e.aliases.length && e.type === 'PER') ??
      analysis.entities.find((e) => e.aliases.length);
    await lens(page).locator(`svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
    // A pick may finish a slice after the click on a loaded machine.
    await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
    const texts = await highlighted(page);
    assert.deepEqual(texts, entity.mentions.map((i) => analysis.mentions[i].text));
    for (const t of texts) assert.ok([entity.name, ...entity.aliases].includes(t), t);
    assert.ok(entity.aliases.some((a) => texts.includes(a)), 'an alias is highlighted');
    assert.equal((await kwicLines(page)).length, entity.count);
  });

  test('words and phrases leave out the names the entity chart shows (nameTerms: false)', async () => {
    const { page } = tab;
    const words = (await rows(page, 'words')).map((r) => r.label);
    const phrases = (await rows(page, 'phrases')).map((r) => r.label);
    for (const name of ['Kenya', 'Busia', 'African', 'Union', 'Nairobi']) assert.ok(!words.includes(name), `${name} in ${words}`);
    for (const name of ['African Union', 'Lake Victoria']) assert.ok(!phrases.includes(name), `${name} in ${phrases}`);
    assert.ok(words.length >= 5 && phrases.length >= 1, `${words} / ${phrases}`);
    // Each word's highlights and lines are the occurrences it counts.
    for (const row of (await rows(page, 'words')).slice(0, 4)) {
      await lens(page).locator(`svg[data-chart=words] .row[data-key="${row.key}"]`).click();
      await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, row.value);
      assert.equal((await kwicLines(page)).length, row.value, row.key);
    }
    await lens(page).locator('[part~=clear]').click();
  });

  test('picking a word highlights its occurrences', async () => {
    const { page } = tab;
    const term = analysis.terms[0];
    await lens(page).locator('svg[data-chart=words] .row').first().click();
    await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, term.count);
    const lines = await kwicLines(page);
    assert.equal(lines.length, term.count);
    await lens(page).locator('[part~=clear]').click();
    assert.deepEqual(await highlighted(page), []);
    assert.equal(await lens(page).locator('[part~=kwic]').isHidden(), true);
  });

  test('context lines of names, words and phrases are the ones kwic() gives', async () => {
    const { page } = tab;
    // A name's lines are kwic()'s lines for its forms at its mentions' offsets (the dateline
    // "NAIROBI" among them; kwic also finds "Nairobi" in an organisation's name, which is not one).
    for (const name of ['Kenya', 'Nairobi']) {
      const entity = analysis.entities.find((e) => e.name === name);
      await lens(page).locator(`svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
      await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
      const spans = entity.mentions.map((i) => [analysis.mentions[i].start, analysis.mentions[i].end]);
      const want = await page.evaluate(async ({ text, query, spans }) => {
        const { kwic } = await import('/www/api.js');
        return kwic(text, query, { width: 60, limit: 0, parts: true }).filter((l) => spans.some(([s, e]) => s === l.start && e === l.end))
          .map((l) => l.left + l.match + l.right);
      }, { text: ARTICLE, query: [entity.name, ...entity.aliases], spans });
      assert.equal(want.length, entity.count, `${name}: kwic() finds every mention`);
      assert.deepEqual(await kwicLines(page), want, name);
    }
    for (const chart of ['words', 'phrases']) {
      // One recurring phrase is left when names are not (the demo's "joint commission").
      const count = await lens(page).locator(`svg[data-chart=${chart}] .row`).count();
      assert.ok(count >= 1, chart);
      for (let n = 0; n < Math.min(2, count); n++) {
        const row = lens(page).locator(`svg[data-chart=${chart}] .row`).nth(n);
        const key = await row.getAttribute('data-key');
        const term = (chart === 'words' ? analysis.terms : analysis.phrases).find((t) => t.term === key.slice(2));
        await row.click();
        await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, term.count);
        // Those of the occurrences counted: not inside a name (nameTerms: false).
        const names = analysis.mentions.map((m) => [m.start, m.end]);
        const want = await page.evaluate(async ({ text, query, names }) => {
          const { kwic } = await import('/www/api.js');
          return kwic(text, query, { width: 60, limit: 0 }).filter((l) => !names.some(([s, e]) => s <= l.start && l.start < e))
            .slice(0, 50).map((l) => l.left + l.match + l.right);
        }, { text: ARTICLE, query: [...new Set([term.display, term.term])], names });
        assert.ok(want.length >= 2, `${key}: ${want.length} lines`);
        assert.deepEqual(await kwicLines(page), want, key);
      }
    }
    await lens(page).locator('[part~=clear]').click();
  });

  test('keyboard: Tab reaches the entity list, arrows move, Enter selects', async () => {
    const { page } = tab;
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    const focused = () => page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return inner ? { chart: inner.closest('svg')?.dataset.chart, key: inner.dataset.key } : null;
    });
    let at = null;
    for (let i = 0; i < 30 && at?.chart !== 'entities'; i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    assert.equal(at?.chart, 'entities', 'Tab reaches the entity chart');
    const shown = await rows(page, 'entities');
    const index = shown.findIndex((r) => r.key === at.key);
    const down = index < shown.length - 1;
    await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
    const next = await focused();
    assert.equal(next.key, shown[index + (down ? 1 : -1)].key);
    await page.keyboard.press('Enter');
    const entity = analysis.entities[Number(next.key.slice(1))];
    await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
    assert.equal((await highlighted(page)).length, entity.count);
    assert.ok((await rows(page, 'entities')).find((r) => r.key === next.key).selected);
    await page.keyboard.press('Escape');
    assert.deepEqual(await highlighted(page), []);
  });

  test('keyboard: Tab reaches every chart, the network and the strips too; their names are named in full', async () => {
    const { page } = tab;
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    const focused = () => page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return inner ? { chart: inner.closest('svg')?.dataset.chart, key: inner.dataset.key, role: inner.getAttribute('role') } : null;
    });
    const reached = new Set();
    for (let i = 0; i < 40 && !reached.has('strip'); i++) {
      await page.keyboard.press('Tab');
      const at = await focused();
      if (at?.chart) reached.add(at.chart);
    }
    assert.deepEqual([...reached], ['entities', 'words', 'phrases', 'network', 'strip']);
    for (const chart of ['network', 'strip']) {
      const options = await lens(page).locator(`svg[data-chart=${chart}]`).evaluate((svg) => ({
        role: svg.getAttribute('role'),
        items: [...svg.querySelectorAll('[data-key]')].map((g) => [g.dataset.key, g.getAttribute('role'), g.querySelector('title')?.textContent]),
      }));
      assert.equal(options.role, 'listbox', chart);
      for (const [key, role, title] of options.items) {
        assert.equal(role, 'option', `${chart} ${key}`);
        assert.ok(title?.startsWith(`${analysis.entities[key.slice(1)].name}, `), `${chart} ${key}: ${title}`);
      }
    }
    // In the network: Shift+Tab back from the strips (past its table), an arrow moves along the ring, Enter picks.
    let start = null;
    for (let i = 0; i < 3 && start?.chart !== 'network'; i++) {
      await page.keyboard.press('Shift+Tab');
      start = await focused();
    }
    assert.equal(start?.chart, 'network');
    await page.keyboard.press('ArrowDown');
    const next = await focused();
    assert.equal(next.chart, 'network');
    assert.notEqual(next.key, start.key);
    // The listener is in place before the key is pressed (an evaluate still in flight can lose the race).
    await page.evaluate(() => {
      window.__picked = new Promise((resolve) => {
        document.addEventListener('textlens-select', (e) => resolve(e.detail), { once: true });
        setTimeout(() => resolve(null), 10_000);
      });
    });
    await page.keyboard.press('Enter');
    const detail = await page.evaluate(() => window.__picked);
    assert.equal(`e${detail?.id}`, next.key, 'Enter picks the focused node');
    await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, detail.count);
    const marked = await lens(page).locator(`[data-key=${next.key}]`).evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-selected')));
    assert.ok(marked.length >= 1 && marked.every((s) => s === 'true'), `selected everywhere it is drawn: ${marked}`);
    await page.keyboard.press('Escape');
    assert.deepEqual(await highlighted(page), []);
  });

  test('keyboard: Clear puts the focus back on the picked row, not on the page', async () => {
    const { page } = tab;
    const row = lens(page).locator('svg[data-chart=entities] .row').nth(3);
    const key = await row.getAttribute('data-key');
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => CSS.highlights.get('textlens')?.size > 0);
    await lens(page).locator('[part~=clear]').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await highlighted(page), []);
    assert.equal(await lens(page).locator('[part~=kwic]').isHidden(), true);
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.dataset.key ?? document.activeElement?.tagName);
    assert.equal(focused, key);
  });

  test('the article markup is unchanged by analysis and selection', async () => {
    const { page } = tab;
    await lens(page).locator('svg[data-chart=entities] .row').nth(2).click();
    const [before, now] = await page.evaluate(() => [window.__article, document.querySelector('#story').innerHTML]);
    assert.ok(before.length > 3000);
    assert.equal(now, before);
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join()));
    assert.equal(sheets.length, 1, 'one highlight rule, added once');
    assert.match(sheets[0], /::highlight\(textlens\)/);
  });

  test('no console errors, no CSP violations, only same-origin requests, one wasm and one set of weights', async () => {
    const { page, log } = tab;
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    const origin = new URL(env.url).origin;
    for (const url of log.requests) assert.ok(url.startsWith(origin + '/') || url.startsWith('data:'), url);
    assert.equal(log.requests.filter((u) => u.endsWith('.wasm')).length, 1);
    assert.equal(log.requests.filter((u) => u.endsWith('/textlens_model.bin')).length, 1, 'the model is the default: its weights, once');
    assert.equal(log.requests.filter((u) => u.endsWith('/worker.js')).length, 0, 'a short article is analysed inline');
  });

  test('charts reflow to the column width', async () => {
    const { page, log } = tab;
    const widths = () => lens(page).locator('.plot svg').evaluateAll((svgs) => svgs.map((s) => [
      Number(s.getAttribute('width')), s.parentElement.clientWidth]));
    for (const [w, want] of (await widths())) assert.equal(w, Math.min(want, w), 'drawn at most as wide as its box');
    const before = (await widths())[0][0];
    await page.setViewportSize({ width: 700, height: 900 });
    await page.waitForFunction((b) => {
      const svg = document.querySelector('text-lens').shadowRoot.querySelector('.plot svg');
      return Number(svg.getAttribute('width')) !== b;
    }, before);
    const after = await widths();
    assert.equal(after[0][0], after[0][1], 'the entity chart fills its box');
    assert.ok(after[0][0] > before, `${after[0][0]} > ${before}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction((b) => {
      const svg = document.querySelector('text-lens').shadowRoot.querySelector('.plot svg');
      return Number(svg.getAttribute('width')) === b;
    }, before);
    assert.deepEqual(log.errors, []);
  });

  test('charts shrink with the column too: two panes of words and phrases at 768 px, then 320 px', async () => {
    const t = await open(env, '/www/index.html', { context: { viewport: { width: 768, height: 900 } } });
    await ready(t.page);
    const widths = () => lens(t.page).locator('.plot svg').evaluateAll((svgs) => svgs.map((s) => [
      s.dataset.chart, Number(s.getAttribute('width')), s.closest('section').clientWidth]));
    const wide = await widths();
    const words = wide.find(([chart]) => chart === 'words');
    assert.ok(words[1] < words[2] / 2, `words and phrases side by side: ${words}`);
    // The network stops growing at 560 px: in a wider box it stands in the middle.
    const [left, right] = await lens(t.page).locator('svg[data-chart=network]').evaluate((svg) => {
      const [s, p] = [svg.getBoundingClientRect(), svg.parentElement.getBoundingClientRect()];
      return [s.left - p.left, p.right - s.right];
    });
    assert.ok(left > 50 && Math.abs(left - right) <= 1, `network centred at 768 px: ${left} | ${right}`);
    await t.page.setViewportSize({ width: 320, height: 900 });
    await t.page.waitForFunction(() => {
      const svg = document.querySelector('text-lens').shadowRoot.querySelector('svg[data-chart=strip]');
      return Number(svg.getAttribute('width')) < 300;
    });
    await t.page.waitForTimeout(300);
    for (const [chart, w, box] of await widths()) assert.ok(w <= box, `${chart} drawn ${w} px wide in a ${box} px section`);
    const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    // The demo's labels are short enough to show whole at 320 px: none of the bars' or strips' is cut.
    const cut = await lens(t.page).locator('svg.bars text.label, svg.strips text.label').evaluateAll((ls) => ls.map((l) => l.textContent).filter((l) => l.endsWith('…')));
    assert.deepEqual(cut, []);
    assert.deepEqual(t.log.errors, []);
    await t.context.close();
  });

  test('context lines wrap in a narrow column instead of being cut to a few words', async () => {
    const t = await open(env, '/www/index.html', { context: { viewport: { width: 320, height: 800 } } });
    await ready(t.page);
    const entity = analysis.entities.find((e) => e.name === 'Amina Wekesa');
    await lens(t.page).locator(`svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
    await t.page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
    const lines = await lens(t.page).locator('[part~=kwic] li:not(.note)').evaluateAll((lis) => lis.map((li) => ({
      text: li.textContent,
      cut: [...li.querySelectorAll('.left, .right')].some((s) => s.scrollWidth > s.clientWidth + 1),
      inside: li.getBoundingClientRect().right <= li.closest('section').getBoundingClientRect().right + 1,
    })));
    assert.equal(lines.length, entity.count);
    for (const l of lines) assert.ok(!l.cut && l.inside, `cut or overflowing: ${l.text}`);
    await lens(t.page).locator('[part~=kwic]').screenshot({ path: `${RESULTS}kwic-narrow.png` });
    assert.deepEqual(t.log.errors, []);
    await t.context.close();
  });

  test('a context line cut on the left shows an ellipsis there, as on the right, its words in order', async () => {
    const t = await open(env, '/www/index.html');
    await ready(t.page);
    const entity = analysis.entities.find((e) => e.name === 'Kenya');
    await lens(t.page).locator(`svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
    await t.page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
    const lines = await lens(t.page).locator('[part~=kwic] li:not(.note) .left').evaluateAll((cells) => cells.map((cell) => {
      const node = cell.querySelector('span').firstChild;
      if (!node) return { text: '', cut: false }; // nothing before the match
      const at = (i) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      const box = cell.getBoundingClientRect();
      return {
        text: cell.textContent,
        // (Overflow to the left is not in scrollWidth: the text's own width.)
        cut: node.parentNode.getBoundingClientRect().width > box.width + 1,
        ellipsis: getComputedStyle(cell).textOverflow,
        // The text ends against the match and begins out of sight, past the cell's left edge.
        ends: Math.abs(at(node.length - 1).right - box.right) <= 2,
        begins: at(0).left < box.left,
      };
    }));
    const cut = lines.filter((l) => l.cut);
    assert.ok(cut.length >= 1, `no line is cut: ${lines.map((l) => l.text).join(' | ')}`);
    for (const l of cut) assert.deepEqual([l.ellipsis, l.ends, l.begins], ['ellipsis', true, true], l.text);
    await lens(t.page).locator('[part~=kwic]').screenshot({ path: `${RESULTS}kwic-wide.png` });
    assert.deepEqual(t.log.errors, []);
    await t.context.close();
  });

  test('a pick scrolls to the first mention beside the article, and not away from the widget below it', async () => {
    const odhiambo = analysis.entities.find((e) => e.name === 'J. R. Odhiambo');
    for (const [width, beside] of [[1280, true], [320, false]]) {
      const t = await open(env, '/www/index.html', { context: { viewport: { width, height: 800 }, reducedMotion: 'reduce' } });
      await ready(t.page);
      const row = lens(t.page).locator(`svg[data-chart=entities] .row[data-key=e${odhiambo.id}]`);
      await row.scrollIntoViewIfNeeded();
      const before = await t.page.evaluate(() => scrollY);
      await row.click();
      await t.page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, odhiambo.count);
      await t.page.waitForTimeout(200);
      const at = await t.page.evaluate(() => {
        const first = [...CSS.highlights.get('textlens')][0].getBoundingClientRect();
        const kwic = document.querySelector('text-lens').shadowRoot.querySelector('[part~=kwic]').getBoundingClientRect();
        return { y: scrollY, first: first.top >= 0 && first.bottom <= innerHeight, kwic: kwic.top < innerHeight && kwic.bottom > 0 };
      });
      if (beside) {
        assert.ok(at.y > before && at.first, `${width}px: scrolled ${before} -> ${at.y}, first mention in view: ${at.first}`);
      } else {
        assert.equal(at.y, before, `${width}px: the page stays where the reader picked`);
        assert.ok(at.kwic, 'the context lines are in view');
      }
      assert.deepEqual(t.log.errors, []);
      await t.context.close();
    }
  });

  test('a context line is a button: click or Enter scrolls its mention into view and marks it current', async () => {
    const amina = analysis.entities.find((e) => e.name === 'Amina Wekesa');
    const mentions = amina.mentions.map((i) => analysis.mentions[i]);
    assert.ok(mentions.length >= 3);
    // Narrow, the article above the widget: a pick no longer scrolls, a line takes the reader there.
    for (const width of [1280, 320]) {
      const t = await open(env, '/www/index.html', { context: { viewport: { width, height: 800 }, reducedMotion: 'reduce' } });
      await ready(t.page);
      await lens(t.page).locator(`svg[data-chart=entities] .row[data-key=e${amina.id}]`).click();
      await t.page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, mentions.length);
      const lines = lens(t.page).locator('[part~=kwic] li > button');
      assert.equal(await lines.count(), mentions.length);
      const current = () => t.page.evaluate(() => {
        const h = CSS.highlights.get('textlens-current');
        if (!h) return null;
        const [r] = [...h];
        const box = r.getBoundingClientRect();
        const lit = [...CSS.highlights.get('textlens')].some((x) => x.compareBoundaryPoints(Range.START_TO_START, r) === 0);
        return { size: h.size, text: r.toString(), inView: box.top >= 0 && box.bottom <= innerHeight, lit };
      });
      assert.equal(await current(), null);
      await lines.last().click();
      await t.page.waitForTimeout(100);
      assert.deepEqual(await current(), { size: 1, text: mentions.at(-1).text, inView: true, lit: true }, `${width}px, click`);
      assert.equal(await lines.last().getAttribute('aria-current'), '');
      await lines.nth(1).focus();
      await t.page.keyboard.press('Enter');
      await t.page.waitForTimeout(100);
      assert.deepEqual(await current(), { size: 1, text: mentions[1].text, inView: true, lit: true }, `${width}px, Enter`);
      assert.deepEqual(await lines.evaluateAll((bs) => bs.map((b) => b.hasAttribute('aria-current'))), mentions.map((_, i) => i === 1));
      assert.equal(await lens(t.page).locator('[aria-live=polite]').textContent(), `Line 2 of ${mentions.length} shown in the article`);
      // A new pick (or Clear) takes the current mark away with the highlights.
      await lens(t.page).locator('[part~=clear]').click();
      assert.equal(await current(), null);
      assert.deepEqual(t.log.errors, []);
      await t.context.close();
    }
  });

  test('screenshots: wide, narrow and dark', async () => {
    const { page } = tab;
    const kenya = analysis.entities.find((e) => e.name === 'Kenya');
    await lens(page).locator(`svg[data-chart=entities] .row[data-key=e${kenya.id}]`).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${RESULTS}demo.png`, fullPage: true });
    for (const [name, options] of [['demo-narrow', { viewport: { width: 360, height: 780 } }],
      ['demo-dark', { colorScheme: 'dark' }]]) {
      const t = await open(env, '/www/index.html', { context: options });
      await ready(t.page);
      await t.page.screenshot({ path: `${RESULTS}${name}.png`, fullPage: true });
      if (name === 'demo-narrow') {
        const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360px`);
        await lens(t.page).screenshot({ path: `${RESULTS}widget-narrow.png` });
      }
      assert.deepEqual(t.log.errors, []);
      await t.context.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations with a selection and open tables, ${colorScheme}`, async () => {
      // addScriptTag injects an inline script, which the page's CSP rightly blocks.
      const { page, context } = await open(env, '/www/index.html', { context: { bypassCSP: true, colorScheme } });
      await ready(page);
      await lens(page).locator('svg[data-chart=entities] .row').first().click();
      await lens(page).locator('details').first().evaluate((d) => { d.open = true; });
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});

describe('without the CSS Custom Highlight API', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.close());

  test('says highlighting is unavailable and leaves the article alone', async () => {
    const { page, log, context } = await open(env, '/www/index.html', {
      before: async (p) => {
        await keepArticle(p);
        await p.addInitScript(() => Object.defineProperty(CSS, 'highlights', { value: undefined }));
      },
    });
    await ready(page);
    await lens(page).locator('svg[data-chart=entities] .row').first().click();
    const status = await lens(page).locator('[part~=status]').textContent();
    assert.match(status, /highlighting .* unavailable/i);
    assert.ok((await kwicLines(page)).length > 0, 'context lines still show');
    const [before, now] = await page.evaluate(() => [window.__article, document.querySelector('#story').innerHTML]);
    assert.equal(now, before);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
