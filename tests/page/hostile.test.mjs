// Article text that looks like markup must stay text: shown as text, never parsed, never run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, ready } from './helpers.mjs';

let env;
let tab;
before(async () => {
  env = await setup();
  tab = await open(env, '/tests/page/hostile.html', {
    before: (page) => page.addInitScript(() => {
      window.alert = () => { window.__ran = true; };
    }),
  });
  await ready(tab.page);
});
after(async () => {
  await tab?.context.close();
  await env?.close();
});

const lens = (page, sel = 'text-lens[for]') => page.locator(sel);

async function pick(page, sel, name) {
  const row = lens(page, sel).locator('svg[data-chart=entities] .row', { hasText: name }).first();
  await row.click();
  return lens(page, sel).locator('[part~=kwic] li').allTextContents();
}

test('markup in the article shows as text in context lines', async () => {
  const { page } = tab;
  const amina = await pick(page, 'text-lens[for]', 'Amina Wekesa');
  assert.ok(amina.some((l) => l.includes('<img src=x onerror=alert(1)>')), amina.join('\n'));
  const grace = await pick(page, 'text-lens[for]', 'Grace Nabukeera');
  assert.ok(grace.some((l) => l.includes('</script><script>alert(2)</script>')), grace.join('\n'));
});

test('text handed in through the text property is shown as text too', async () => {
  const { page } = tab;
  const done = page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('#direct');
    el.addEventListener('textlens-ready', (e) => resolve(e.detail.characters), { once: true });
    el.text = 'Amina Wekesa said "<img src=x onerror=alert(4)>" in Nairobi. Later Amina Wekesa left Nairobi for Kampala. <svg onload=alert(5)>';
  }));
  assert.ok(await done > 0);
  const lines = await pick(page, '#direct', 'Amina Wekesa');
  assert.ok(lines.some((l) => l.includes('"<img src=x onerror=alert(4)>"')), lines.join('\n'));
});

test('no element was created from the text and no script ran', async () => {
  const { page, log } = tab;
  const found = await page.evaluate(() => [...document.querySelectorAll('text-lens')].map((el) => ({
    elements: el.shadowRoot.querySelectorAll('img, script, b, iframe, svg svg, foreignObject').length,
    escaped: /&lt;(img|\/script)/.test(el.shadowRoot.innerHTML),
  })));
  for (const f of found) assert.deepEqual(f, { elements: 0, escaped: true });
  assert.equal(await page.evaluate(() => window.__ran ?? false), false);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});
