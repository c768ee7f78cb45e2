// In the browser: the same measurement as run.mjs, driven by scripts/bench.mjs through playwright.
import * as api from '../../www/api.js';
import { OURS, articleMs, bestMs } from './timing.mjs';

const { init, analyze, memoryBytes } = api;

window.benchmark = async (lib, url) => {
  const text = await (await fetch(url)).text();
  let fn;
  const ours = Object.hasOwn(OURS, lib);
  if (ours) {
    await init();
    fn = OURS[lib](api);
  } else {
    await import('/target/bench/peers.js');
    fn = window.peers[lib];
  }
  const ms = bestMs(fn, text);
  const heapMB = (performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20;
  const wasmMB = ours ? memoryBytes() / 2 ** 20 : 0;
  return { ms, heapMB, wasmMB };
};
// One article (the widget's usual job), in ms per analysis.
window.articleBenchmark = async (text) => {
  await init();
  return articleMs(analyze, text);
};
window.benchReady = true;
