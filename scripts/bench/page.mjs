// In the browser: the same measurement as run.mjs, driven by scripts/bench.mjs through playwright.
import { init, analyze, wordCount, memoryBytes } from '../../www/api.js';
import { articleMs, bestMs } from './timing.mjs';

window.benchmark = async (lib, url) => {
  const text = await (await fetch(url)).text();
  let fn;
  const ours = lib === 'textlens' || lib === 'textlens-rules' || lib === 'floor';
  if (ours) {
    await init();
    fn = lib === 'floor' ? (t) => wordCount(t) : lib === 'textlens' ? (t) => analyze(t) : (t) => analyze(t, { tagger: 'rules' });
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
