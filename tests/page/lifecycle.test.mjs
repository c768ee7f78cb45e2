// The widget in a host page's life: many on one page, removed and re-added, highlights cleaned up.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { usePage } from './helpers.mjs';

const tab = usePage('/tests/page/blank.html', { before, after });

test('twelve widgets on one page each analyse their own text', async () => {
  const { page, log } = tab();
  const names = await page.evaluate(() => new Promise((resolve) => {
    const got = new Map();
    const host = document.querySelector('main');
    for (let i = 0; i < 12; i++) {
      const el = document.createElement('text-lens');
      el.id = `w${i}`;
      el.addEventListener('textlens-ready', (e) => {
        got.set(i, e.detail.entities.map((x) => x.name).join('|'));
        if (got.size === 12) resolve([...got.entries()].sort((a, b) => a[0] - b[0]).map((p) => p[1]));
      });
      el.text = `Envoy ${i} met Olena Kovalenko in Kyiv. Kovalenko said Ukraine would ship grain through Odesa.`;
      host.append(el);
    }
    setTimeout(() => resolve([...got.values()]), 15_000);
  }));
  assert.equal(names.length, 12);
  for (const n of names) assert.equal(n, 'Olena Kovalenko|Kyiv|Ukraine|Odesa');
  assert.deepEqual(log.errors, []);
});

test('a widget removed and re-added renders again, and removal clears its highlight', async () => {
  const { page, log } = tab();
  const result = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('#slotted');
    const parent = el.parentNode;
    let readies = 0;
    el.addEventListener('textlens-ready', () => {
      readies += 1;
      if (readies === 1) (async () => {
        // Pick the first entity and wait for its highlight (a pick on a loaded machine may
        // finish a slice later), then take the widget out of the page.
        el.shadowRoot.querySelector('[role=option]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (let i = 0; i < 100 && !CSS.highlights.get('textlens'); i++) await new Promise((r) => setTimeout(r, 20));
        const highlighted = CSS.highlights.get('textlens')?.size ?? 0;
        el.remove();
        const afterRemoval = CSS.highlights.get('textlens')?.size ?? 0;
        setTimeout(() => {
          parent.append(el);
          setTimeout(() => resolve({
            readies, highlighted, afterRemoval, svg: el.shadowRoot.querySelectorAll('svg').length,
            restored: CSS.highlights.get('textlens')?.size ?? 0,
            selected: el.shadowRoot.querySelectorAll('[aria-selected=true]').length,
          }), 1500);
        }, 100);
      })().catch((e) => resolve({ readies, error: String(e) }));
    });
    // A fresh analysis so the listener sees it (types re-analyses; top alone only redraws).
    el.setAttribute('types', 'PER,LOC');
    setTimeout(() => resolve({ readies, timedOut: true }), 15_000);
  }));
  assert.equal(result.error, undefined);
  assert.ok(!result.timedOut, `the widget announced textlens-ready (${result.readies} events)`);
  assert.ok(result.highlighted > 0, 'picking highlighted something');
  assert.equal(result.afterRemoval, 0, 'removal cleared the highlight');
  assert.ok(result.svg > 0, 'charts are there after re-adding');
  // The pick survives the move: highlighted again, as its chart row still says.
  assert.equal(result.restored, result.highlighted, 'the highlight is back after re-adding');
  assert.ok(result.selected > 0, 'the picked row is still selected');
  assert.deepEqual(log.errors, []);
});

test('a widget removed while a pick is under way leaves no highlight behind', async () => {
  const { page, log } = tab();
  const result = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('#slotted');
    el.addEventListener('textlens-ready', async () => {
      // Every clock reading 20 ms later than the last: the pick's pacer finds each slice spent
      // and pauses at its first check, as on a slow machine or a long article.
      const now = performance.now.bind(performance);
      let skew = 0;
      performance.now = () => now() + (skew += 20);
      el.shadowRoot.querySelector('[role=option]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const during = CSS.highlights.get('textlens')?.size ?? 0;
      el.remove();
      await new Promise((r) => setTimeout(r, 500));
      performance.now = now;
      const after = CSS.highlights.get('textlens')?.size ?? 0;
      // Added again, it finishes the pick its removal stopped.
      document.querySelector('main').append(el);
      for (let i = 0; i < 100 && !CSS.highlights.get('textlens'); i++) await new Promise((r) => setTimeout(r, 20));
      resolve({ during, after, readded: CSS.highlights.get('textlens')?.size ?? 0 });
    }, { once: true });
    el.setAttribute('types', 'PER,LOC,ORG');
    setTimeout(() => resolve({ timedOut: true }), 15_000);
  }));
  assert.ok(!result.timedOut, 'the widget announced textlens-ready');
  assert.equal(result.during, 0, 'the pick had paused before highlighting (else this test shows nothing)');
  assert.equal(result.after, 0, 'no highlight set after the widget left the page');
  assert.ok(result.readded > 0, 'the pick is finished once the widget is back');
  assert.deepEqual(log.errors, []);
});
