// Two builds of the .wasm against each other in headless Chromium, by CPU time as well as by the
// wall clock (README, "Speed, memory and size", session 14: on this shared 2-core machine the
// wall clock measures the load; the same pages said 3–6.5 MB/s by the wall clock and 9.3 MB/s by
// the CPU time of the browser's processes).
//
//   node scripts/bench/ab.mjs PKG_A PKG_B [ROUNDS]
//
// PKG_A and PKG_B are folders as `npm run build` leaves pkg/ (textlens.js, textlens_bg.wasm,
// textlens_model.bin): copy main's pkg/ aside before building a branch. Each is served with this
// checkout's www/ from target/ab/; the texts are our sample articles repeated to 10 MB and 1 MB.
// A fresh browser per page, the builds alternating (ROUNDS rounds, default 5); a page times the
// best of three analyses (of five in a row for 1 MB). CPU time is read from /proc (Linux only)
// for every process under this one (./cpu.mjs): the renderer's main thread, and its compiler and
// GC threads.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../serve.mjs';
import { childrenCpuMs } from './cpu.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const [pkgA, pkgB, roundsArg] = process.argv.slice(2);
if (!pkgA || !pkgB) {
  console.error('usage: node scripts/bench/ab.mjs PKG_A PKG_B [ROUNDS]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 5);

const PAGE = `import { init, analyze } from './www/api.js';
window.prepare = async (url) => {
  await init();
  window.text = await (await fetch(url)).text();
  analyze(window.text.slice(0, 2000));
  analyze(window.text);
};
window.analyses = (n) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) analyze(window.text);
  return (performance.now() - start) / n;
};
window.abReady = true;
`;

function repeat(text, bytes) {
  let out = '';
  while (Buffer.byteLength(out) < bytes) out += text + '\n\n';
  return out;
}
const articles = `${ROOT}tests/fixtures/articles/`;
const english = readdirSync(articles).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(articles + f, 'utf8')).join('\n\n');
const TEXTS = [
  { name: 'news 10 MB', file: 'news-10-MB.txt', text: repeat(english, 10 * 2 ** 20), reps: 1 },
  { name: 'news 1 MB', file: 'news-1-MB.txt', text: repeat(english, 2 ** 20), reps: 5 },
];

const builds = {};
for (const [key, pkg] of [['A', pkgA], ['B', pkgB]]) {
  const dir = `${ROOT}target/ab/${key}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}pkg`, { recursive: true });
  const www = existsSync(`${pkg}/../www/api.js`) ? `${pkg}/../www` : `${ROOT}www`;
  cpSync(www, `${dir}www`, { recursive: true });
  for (const f of ['textlens.js', 'textlens_bg.wasm', 'textlens_model.bin']) cpSync(`${pkg}/${f}`, `${dir}pkg/${f}`);
  writeFileSync(`${dir}ab.mjs`, PAGE);
  writeFileSync(`${dir}ab.html`, '<!doctype html>\n<meta charset="utf-8">\n<title>ab</title>\n<script type="module" src="./ab.mjs"></script>\n');
  for (const t of TEXTS) writeFileSync(dir + t.file, t.text);
  builds[key] = { pkg, server: await start({ port: 0, root: dir }) };
}

async function onePage(build, t) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${build.server.url}/ab.html`);
    await page.waitForFunction(() => window.abReady === true);
    await page.evaluate((url) => window.prepare(url), `/${t.file}`);
    let wall = Infinity;
    let cpu = Infinity;
    for (let i = 0; i < 3; i++) {
      const before = childrenCpuMs();
      wall = Math.min(wall, await page.evaluate((n) => window.analyses(n), t.reps));
      cpu = Math.min(cpu, (childrenCpuMs() - before) / t.reps);
    }
    return { wall, cpu };
  } finally {
    await browser.close();
  }
}

const results = {};
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? ['B', 'A'] : ['A', 'B'];
  for (const t of TEXTS) {
    const mb = Buffer.byteLength(t.text) / 2 ** 20;
    for (const key of order) {
      const { wall, cpu } = await onePage(builds[key], t);
      const r = (results[`${key} ${t.name}`] ??= { wall: [], cpu: [] });
      r.wall.push(mb / (wall / 1000));
      r.cpu.push(mb / (cpu / 1000));
      console.log(`round ${round + 1} ${key} ${t.name}: wall ${wall.toFixed(1)} ms, CPU ${cpu.toFixed(1)} ms`);
    }
  }
}
for (const b of Object.values(builds)) await b.server.close();

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
console.log(`\nA = ${pkgA}, B = ${pkgB}; MB/s, ${ROUNDS} pages each\n`);
console.log('| build, text | by CPU time: best | median | by the wall clock: best | median |');
console.log('|---|---|---|---|---|');
for (const t of TEXTS) {
  for (const key of ['A', 'B']) {
    const r = results[`${key} ${t.name}`];
    const f = (x) => x.toFixed(2);
    console.log(`| ${key}, ${t.name} | ${f(Math.max(...r.cpu))} | ${f(median(r.cpu))} | ${f(Math.max(...r.wall))} | ${f(median(r.wall))} |`);
  }
}
