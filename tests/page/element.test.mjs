// Element behaviour beyond the demo: slotted text, attributes, batching, themes, the worker.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { usePage, ready } from './helpers.mjs';

const ARTICLE = readFileSync(new URL('../fixtures/articles/kenya-border.txt', import.meta.url), 'utf8').trim();

const tab = usePage('/tests/page/blank.html', { before, after });

/**
 * Makes the attribute `changes` ([name, value | null]) to the element in one task and collects its
 * textlens-ready events: waits for `expect` of them (10 s at most), then 400 ms more for extras.
 */
function readyEvents(page, selector, changes, expect) {
  return page.evaluate(([selector, changes, expect]) => new Promise((resolve) => {
    const el = document.querySelector(selector);
    const seen = [];
    const settle = () => setTimeout(() => resolve(seen), 400);
    const cap = setTimeout(() => resolve(seen), 10_000);
    el.addEventListener('textlens-ready', (e) => {
      seen.push(e.detail);
      if (seen.length === expect) {
        clearTimeout(cap);
        settle();
      }
    });
    for (const [name, value] of changes) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
    if (!expect) settle();
  }), [selector, changes, expect]);
}

test('slotted text is analysed and not displayed', async () => {
  const { page } = tab();
  const analysis = await ready(page);
  const grace = analysis.entities.find((e) => e.name === 'Grace Nabukeera');
  assert.equal(grace?.count, 2);
  assert.equal(analysis.entities.find((e) => e.name === 'Nairobi')?.count, 2);
  assert.equal(await page.locator('#slotted p').first().isVisible(), false);
});

test('attribute changes in one task re-render once', async () => {
  const { page } = tab();
  const seen = await readyEvents(page, '#slotted', [['types', 'PER'], ['top', '1'], ['lang', 'en-GB']], 1);
  assert.equal(seen.length, 1);
  assert.ok(seen[0].entities.length >= 1);
  assert.ok(seen[0].entities.every((e) => e.type === 'PER'), seen[0].entities.map((e) => e.type).join());
  const rows = await page.locator('#slotted svg[data-chart=entities] .row').count();
  assert.equal(rows, 1);
  // `top` alone changes the charts without analysing again.
  const again = await readyEvents(page, '#slotted', [['top', '5'], ['types', null]], 1);
  assert.equal(again.length, 1, 'removing types analyses again');
  const none = await readyEvents(page, '#slotted', [['top', '3']], 0);
  assert.equal(none.length, 0);
  assert.equal(await page.locator('#slotted svg[data-chart=entities] .row').count(), 3);
});

test('theme attribute switches colours; auto follows the colour scheme', async () => {
  const { page } = tab();
  const bg = () => page.locator('#slotted').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await bg();
  await page.locator('#slotted').evaluate((el) => el.setAttribute('theme', 'dark'));
  const dark = await bg();
  assert.notEqual(dark, light);
  await page.locator('#slotted').evaluate((el) => el.setAttribute('theme', 'auto'));
  assert.equal(await bg(), light);
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await bg(), dark);
  await page.locator('#slotted').evaluate((el) => el.setAttribute('theme', 'light'));
  assert.equal(await bg(), light);
  await page.emulateMedia({ colorScheme: 'light' });
});

test('a long text is analysed in a worker and picking still works', async () => {
  const { page, log } = tab();
  const copies = 40;
  const text = Array.from({ length: copies }, () => ARTICLE).join('\n\n');
  assert.ok(text.length > 100_000);
  const analysis = await page.evaluate((text) => new Promise((resolve, reject) => {
    const el = document.createElement('text-lens');
    el.id = 'long';
    el.addEventListener('textlens-ready', (e) => resolve(e.detail), { once: true });
    setTimeout(() => reject(new Error('no textlens-ready within 60 s')), 60_000);
    el.text = text;
    document.querySelector('main').append(el);
  }), text);
  assert.equal(analysis.characters, text.length);
  assert.ok(log.requests.some((u) => u.endsWith('/www/worker.js')), 'worker.js was loaded');
  const single = await page.evaluate(async (article) => {
    const { init, analyze } = await import('/www/api.js');
    await init();
    return analyze(article).entities.find((e) => e.name === 'Kenya').count;
  }, ARTICLE);
  assert.equal(analysis.entities.find((e) => e.name === 'Kenya').count, single * copies);
  // The worker's result crosses as typed-array columns; the page must rebuild the very same Analysis.
  const same = await page.evaluate(async (text) => {
    const { analyze } = await import('/www/api.js');
    const inline = analyze(text, { top: 200, minCount: 1, nameTerms: false, language: 'en' }); // the element's options
    return JSON.stringify(document.querySelector('#long').analysis) === JSON.stringify(inline);
  }, text);
  assert.ok(same, 'the worker analysis equals the inline one, key order included');
  await page.locator('#long svg[data-chart=words] .row').first().click();
  await page.locator('#long [part~=kwic] li').nth(1).waitFor();
  assert.ok(await page.evaluate(() => CSS.highlights.has('textlens')) === false, 'text handed in has nothing to highlight');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

test('on a long text a pick shows the context lines in view at once, the rest a slice later', async () => {
  const { page, log } = tab();
  const text = Array.from({ length: 40 }, () => ARTICLE).join('\n\n');
  const got = await page.evaluate((text) => new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no textlens-select within 60 s')), 60_000);
    const el = document.createElement('text-lens');
    el.addEventListener('textlens-ready', (e) => {
      const byCount = [...e.detail.entities].sort((a, b) => b.count - a.count);
      const [a, b] = byCount; // both with more than 50 mentions
      el.scrollIntoView({ block: 'start' });
      const root = el.shadowRoot;
      const pick = (entity) => root.querySelector(`svg[data-chart=entities] .row[data-key=e${entity.id}]`)
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const lines = () => [...root.querySelectorAll('[part~=kwic] li:not(.note)')];
      // Picking a, and at once b: what the click's task showed, and what the list holds at the end.
      pick(a);
      // Lines that fit between the list's first line and the bottom of the viewport.
      const fit = (li) => Math.ceil((document.documentElement.clientHeight - li.getBoundingClientRect().top) / li.getBoundingClientRect().height);
      const first = lines();
      const inView = fit(first[0]);
      pick(b); // its title and note differ: its list may start elsewhere
      const again = lines();
      const inViewAgain = fit(again[0]);
      el.addEventListener('textlens-select', (s) => {
        const end = lines();
        resolve({
          counts: [a.count, b.count], firstShown: first.length, inView, again: again.length, inViewAgain, selected: s.detail.name, want: b.name,
          forms: [b.name, ...b.aliases], lines: end.map((li) => li.textContent),
          marks: end.map((li) => li.querySelector('mark').textContent),
          note: root.querySelector('[part~=kwic] li.note')?.textContent,
          offsets: b.mentions.slice(0, 50).map((i) => [e.detail.mentions[i].start, e.detail.mentions[i].end]),
        });
        el.remove();
      }, { once: true });
    }, { once: true });
    el.text = text;
    document.querySelector('main').append(el);
  }), text);
  assert.ok(got.counts.every((n) => n > 50), `mentions: ${got.counts}`);
  assert.ok(got.inView > 1 && got.inView < 50, `lines in view: ${got.inView}`);
  assert.equal(got.firstShown, got.inView, 'the click\'s task shows the lines in view');
  assert.equal(got.again, got.inViewAgain, 'a second pick at once shows its own lines in view');
  // The first pick, superseded, adds nothing: one event, for the second, whose 50 lines all show.
  assert.equal(got.selected, got.want);
  assert.equal(got.lines.length, 50);
  assert.equal(got.note, `… and ${got.counts[1] - 50} more`);
  for (const m of got.marks) assert.ok(got.forms.includes(m), m);
  const want = await page.evaluate(async ({ text, forms, offsets }) => {
    const { kwic } = await import('/www/api.js');
    return kwic(text, forms, { width: 60, limit: 0, parts: true }).filter((l) => offsets.some(([s, e]) => s === l.start && e === l.end))
      .map((l) => l.left + l.match + l.right);
  }, { text, forms: got.forms, offsets: got.offsets });
  assert.deepEqual(got.lines, want);
  assert.deepEqual(log.errors, []);
});

test('a pick shows and highlights the occurrences its count counts: no part of a hyphenated word', async () => {
  const { page, log } = tab();
  // "Final" in "Semi-Final" and "Year" in "Two-Year" are parts of one word, which the counts of
  // "final" and "year" do not count; "Uganda" in "Kenya-Uganda" is a mention of Uganda.
  const html = '<p>Trucks queued for a second day at the Kenya-Uganda border on Monday, drivers said. Uganda reopened its side of the crossing late on Sunday.</p>'
    + '<p>The county side reached the Semi-Final after a draw. The final will be played in Kisumu, and the final is sold out, the organisers said. The county side travels on Friday.</p>'
    + '<p>Kenya signed a Two-Year deal with its lenders. The deal runs for a year, and each year the lenders review the deal.</p>';
  const picks = await page.evaluate((html) => new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no textlens-ready within 20 s')), 20_000);
    const story = document.createElement('div');
    story.id = 'hyphens';
    story.innerHTML = html;
    const el = document.createElement('text-lens');
    el.setAttribute('for', '#hyphens');
    el.addEventListener('textlens-ready', async (e) => {
      const a = e.detail;
      const root = el.shadowRoot;
      const out = [];
      for (const row of root.querySelectorAll('svg[data-chart=entities] .row, svg[data-chart=words] .row, svg[data-chart=phrases] .row')) {
        const key = row.dataset.key;
        const picked = new Promise((ok) => el.addEventListener('textlens-select', (s) => ok(s.detail), { once: true }));
        row.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        const d = await picked;
        const count = key[0] === 'e' ? a.entities[Number(key.slice(1))].count
          : (key[0] === 't' ? a.terms : a.phrases).find((t) => t.term === key.slice(2)).count;
        const h = CSS.highlights.get('textlens');
        out.push({
          key, count, detail: d.count, lines: root.querySelectorAll('[part~=kwic] li').length,
          highlighted: h?.size ?? 0, marked: [...(h ?? [])].map((r) => r.toString()),
        });
        root.querySelector('[part~=clear]').click();
      }
      el.remove();
      story.remove();
      resolve(out);
    }, { once: true });
    document.querySelector('main').append(story, el);
  }), html);
  const keys = picks.map((p) => p.key);
  for (const k of ['t:final', 't:year', 't:deal', 'p:county side']) assert.ok(keys.includes(k), `${k} among ${keys}`);
  for (const p of picks) {
    assert.equal(p.lines, p.count, `${p.key}: context lines = its count`);
    assert.equal(p.highlighted, p.count, `${p.key}: highlights = its count (${p.marked})`);
    assert.equal(p.detail, p.count, `${p.key}: textlens-select's count`);
  }
  const uganda = picks.find((p) => p.marked.length && p.marked.every((m) => m === 'Uganda'));
  assert.equal(uganda?.count, 2, 'Uganda: the part of "Kenya-Uganda" and the word alone');
  assert.deepEqual(log.errors, []);
});
