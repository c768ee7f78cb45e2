// Reading real article markup: block joins, skipped elements, mentions split across inline
// elements, and the widget placed inside the article it reads.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, ready } from './helpers.mjs';

const TEXT = [
  'Amina Wekesa Returns to Nairobi',
  'Foreign Minister Amina Wekesa flew home',
  'to Nairobi on the night train.',
  'Wekesa met Jean-Baptiste Kavutse in Nairobi.',
  'Kavutse and Wekesa spoke in Nairobi.',
].join('\n\n');

let env;
let tab;
let analysis;
before(async () => {
  env = await setup();
  tab = await open(env, '/tests/page/markup.html');
  analysis = await ready(tab.page);
});
after(async () => {
  await tab?.context.close();
  await env?.close();
});

test('reads the story: blocks joined by blank lines, bylines, captions, asides and hidden text skipped', () => {
  assert.equal(analysis.characters, TEXT.length);
  for (const m of analysis.mentions) assert.equal(TEXT.slice(m.start, m.end), m.text);
  const names = analysis.entities.map((e) => e.name);
  for (const skipped of ['Kampala', 'Halima Yusuf Abdi', 'Mombasa']) assert.ok(!names.includes(skipped), skipped);
  assert.ok(names.includes('Amina Wekesa') && names.includes('Nairobi'), names.join());
});

test('mentions split across inline elements highlight as one range each', async () => {
  const { page, log } = tab;
  for (const name of ['Amina Wekesa', 'Jean-Baptiste Kavutse', 'Nairobi']) {
    const entity = analysis.entities.find((e) => e.name === name);
    assert.ok(entity, name);
    await page.locator(`text-lens svg[data-chart=entities] .row[data-key=e${entity.id}]`).click();
    // A pick may finish a slice after the click on a loaded machine.
    await page.waitForFunction((n) => CSS.highlights.get('textlens')?.size === n, entity.count);
    const texts = await page.evaluate(() => [...CSS.highlights.get('textlens')].map((r) => r.toString()));
    assert.deepEqual(texts, entity.mentions.map((i) => analysis.mentions[i].text), name);
  }
  assert.deepEqual(log.errors, []);
});
