// Timing rules shared by scripts/bench.mjs, scripts/bench/run.mjs (Node) and page.mjs (the
// browser), so every library and environment is measured the same way.

/** Our rows of the bench: UAX #29 alone, the default analysis, and the rules alone. */
export const OURS = {
  floor: (api) => (t) => api.wordCount(t),
  textlens: (api) => (t) => api.analyze(t),
  'textlens-rules': (api) => (t) => api.analyze(t, { tagger: 'rules' }),
};

/** One library on one text: warm up on a slice, then the best of up to three runs, stopping once
 * 10 s have been spent (the same rule for every library). Milliseconds. */
export function bestMs(fn, text) {
  fn(text.slice(0, 2000)); // lazy initialisation, JIT
  let ms = Infinity;
  for (let run = 0, spent = 0; run < 3 && spent < 10_000; run++) {
    const start = performance.now();
    fn(text);
    const took = performance.now() - start;
    ms = Math.min(ms, took);
    spent += took;
  }
  return ms;
}

/** One article, the widget's usual job: best of three rounds of 300 analyses, ms per analysis. */
export function articleMs(analyze, text) {
  for (let i = 0; i < 50; i++) analyze(text);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (let i = 0; i < 300; i++) analyze(text);
    best = Math.min(best, (performance.now() - start) / 300);
  }
  return best;
}
