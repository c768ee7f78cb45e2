// In the browser: the same measurement as run.mjs, driven by scripts/bench.mjs through playwright.
import { init, analyze, wordCount, memoryBytes } from '../../www/api.js';
import { articleMs } from './article.mjs';

window.benchmark = async (lib, url) => {
  const text = await (await fetch(url)).text();
  let fn;
  if (lib === 'textlens' || lib === 'floor') {
    await init();
    fn = lib === 'floor' ? (t) => wordCount(t) : (t) => analyze(t);
  } else {
    await import('/target/bench/peers.js');
    fn = window.peers[lib];
  }
  fn(text.slice(0, 2000));
  // Best of up to three runs, stopping once 10 s have been spent (the same rule for every library).
  let ms = Infinity;
  for (let run = 0, spent = 0; run < 3 && spent < 10_000; run++) {
    const start = performance.now();
    fn(text);
    const took = performance.now() - start;
    ms = Math.min(ms, took);
    spent += took;
  }
  const heapMB = (performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20;
  const wasmMB = lib === 'textlens' || lib === 'floor' ? memoryBytes() / 2 ** 20 : 0;
  return { ms, heapMB, wasmMB };
};
// One article (the widget's usual job), in ms per analysis.
window.articleBenchmark = async (text) => {
  await init();
  return articleMs(analyze, text);
};
window.benchReady = true;
