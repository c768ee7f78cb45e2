// A 1 MB article on the demo page: the page never freezes. The demo's article body is repeated
// in the served HTML (generated here, never stored); PerformanceObservers for long tasks and long
// animation frames run from the first script. From the moment <text-lens> is defined until the
// reader has picked an entity and its highlights and context lines are shown:
// - no script runs for more than 50 ms at a stretch (the long-animation-frame entries attribute
//   each frame's time to the scripts that ran in it);
// - no main-thread task at all lasts more than CEILING ms. Two tasks are the browser's own style
//   and paint work that the element triggers but does not run (a document-wide restyle when the
//   `::highlight` rule is added, and the first paint of the element): 50–90 ms on the project's
//   shared 2-core machine, over the issue's 50 ms, so that part is measured and printed rather than
//   held to 50 ms. Before the element worked in slices, the longest task was 330–980 ms.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, open } from './helpers.mjs';

const read = (path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const DEMO = read('../../www/index.html');
// The demo article's text as the widget reads it (demo.test.mjs checks they are equal).
const ARTICLE = read('../fixtures/articles/kenya-border.txt').trim();
const TARGET = 1_000_000;
const BUDGET = 50;
const CEILING = 150;

/** The demo page with its article body repeated to about TARGET characters of text. */
function longDemo() {
  const body = /(<div class="story-body">)([\s\S]*?)(\n {8}<\/div>)/.exec(DEMO);
  assert.ok(body, 'the demo has a story body');
  const paragraphs = body[2].match(/^ {10}<p>.*<\/p>$/gm); // the body's own, not the pull quote's
  const headline = /<h1>(.*)<\/h1>/.exec(DEMO)[1];
  const copies = Math.ceil((TARGET - headline.length) / (ARTICLE.length - headline.length));
  const html = Array.from({ length: copies }, () => body[2]).join('');
  return { html: DEMO.replace(body[0], body[1] + html + body[3]), paragraphs: copies * paragraphs.length };
}

/** Runs before any page script: records long tasks and when the element gets defined. */
function observe() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__frames.push({
        start: e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        scripts: e.scripts.map((s) => ({ duration: s.duration, what: `${s.invoker} ${s.sourceURL}`.trim() })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    if (name === 'text-lens') window.__defined = performance.now();
    return define.call(this, name, ...rest);
  };
}

let env;
let tab;
let built;
before(async () => {
  env = await setup();
  built = longDemo();
  tab = await open(env, '/www/index.html', {
    before: async (page) => {
      await page.addInitScript(observe);
      await page.route('**/www/index.html', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: built.html });
      });
    },
  });
});
after(async () => {
  await tab?.context.close();
  await env?.close();
});

test('a 1 MB article: no script over 50 ms, no task over 150 ms, from definition to a picked entity', { timeout: 180_000 }, async () => {
  const { page, log } = tab;
  // Only a summary crosses to the test: serialising the whole analysis would be a long task itself.
  const analysis = await page.evaluate(() => window.__ready.then((a) => {
    const top = [...a.entities].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))[0];
    return { characters: a.characters, top: { id: top.id, count: top.count } };
  }));
  assert.ok(analysis.characters >= TARGET, `characters: ${analysis.characters}`);
  assert.equal(await page.locator('.story-body > p').count(), built.paragraphs, 'paragraphs in the DOM');
  assert.ok(log.requests.some((u) => u.endsWith('/www/worker.js')), 'the worker analysed it');
  const lens = page.locator('text-lens');
  const { top } = analysis;
  await lens.locator(`svg[data-chart=entities] .row[data-key=e${top.id}]`).click();
  await lens.locator('[part~=kwic] li').first().waitFor();
  assert.equal(await page.evaluate(() => CSS.highlights.get('textlens')?.size), top.count, 'every mention highlighted');
  // Let the last frames (highlight paint, scroll) finish and their long tasks be reported.
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 1000)));
  const { defined, tasks, frames } = await page.evaluate(() => ({ defined: window.__defined, tasks: window.__longtasks, frames: window.__frames }));
  assert.ok(defined > 0, 'text-lens was defined');
  const late = tasks.filter((t) => t.start + t.duration > defined);
  const longest = Math.max(0, ...late.map((t) => t.duration));
  const lateFrames = frames.filter((f) => f.start + f.duration > defined);
  const scripts = lateFrames.flatMap((f) => f.scripts);
  const longestScript = Math.max(0, ...scripts.map((s) => s.duration));
  console.log(`# 1 MB article: ${analysis.characters} characters, ${built.paragraphs} paragraphs; `
    + `${late.length} long tasks after definition, longest ${longest.toFixed(0)} ms; `
    + `longest script ${longestScript.toFixed(0)} ms; long frames (ms: total/rendering): ${
      lateFrames.map((f) => `${f.duration.toFixed(0)}/${f.render.toFixed(0)}`).join(', ')}`);
  assert.ok(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')),
    'the browser reports long animation frames (else the script check would see nothing)');
  assert.ok(longestScript <= BUDGET, `scripts over ${BUDGET} ms: ${
    scripts.filter((s) => s.duration > BUDGET).map((s) => `${s.duration.toFixed(0)} ms ${s.what}`).join('; ')}`);
  assert.ok(longest <= CEILING, `long tasks after definition (ms since definition, duration): ${
    late.map((t) => `${(t.start - defined).toFixed(0)}+${t.duration.toFixed(0)}`).join(', ')}`);
  assert.deepEqual(log.errors, []);
});
