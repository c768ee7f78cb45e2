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
    const inline = analyze(text, { top: 200, minCount: 1, language: 'en' });
    return JSON.stringify(document.querySelector('#long').analysis) === JSON.stringify(inline);
  }, text);
  assert.ok(same, 'the worker analysis equals the inline one, key order included');
  await page.locator('#long svg[data-chart=words] .row').first().click();
  await page.locator('#long [part~=kwic] li').nth(1).waitFor();
  assert.ok(await page.evaluate(() => CSS.highlights.has('textlens')) === false, 'text handed in has nothing to highlight');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});
