// In the browser: the same measurement as run.mjs, driven by scripts/bench.mjs through playwright,
// one timed run per call so that it can read the browser's CPU time from /proc around each.
import * as api from '../../www/api.js';
import { OURS, articleMs, timedMs, warmUp } from './timing.mjs';

const { init, analyze, memoryBytes } = api;

let fn;
let text;
let ours;
// Loads the library and the text, and warms up.
window.benchPrepare = async (lib, url) => {
  text = await (await fetch(url)).text();
  ours = Object.hasOwn(OURS, lib);
  if (ours) {
    await init();
    fn = OURS[lib](api);
  } else {
    await import('/target/bench/peers.js');
    fn = window.peers[lib];
  }
  warmUp(fn, text);
};
// One timed run, in ms by the wall clock.
window.benchRun = () => timedMs(fn, text);
// After the runs.
window.benchMemory = () => ({
  heapMB: (performance.memory?.usedJSHeapSize ?? 0) / 2 ** 20,
  wasmMB: ours ? memoryBytes() / 2 ** 20 : 0,
});
// One article (the widget's usual job), in ms per analysis.
window.articleBenchmark = async (t) => {
  await init();
  return articleMs(analyze, t);
};
window.benchReady = true;
