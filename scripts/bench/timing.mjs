// Timing rules shared by scripts/bench.mjs, scripts/bench/run.mjs (Node) and page.mjs (the
// browser), so every library and environment is measured the same way.

/** Our rows of the bench: UAX #29 alone, the default analysis, and the rules alone. */
export const OURS = {
  floor: (api) => (t) => api.wordCount(t),
  textlens: (api) => (t) => api.analyze(t),
  'textlens-rules': (api) => (t) => api.analyze(t, { tagger: 'rules' }),
};

/** Before the timed runs: one call on a slice, for lazy initialisation and the JIT. */
export function warmUp(fn, text) {
  fn(text.slice(0, 2000));
}

/** One timed run, by the wall clock: milliseconds. */
export function timedMs(fn, text) {
  const start = performance.now();
  fn(text);
  return performance.now() - start;
}

/** One library on one text, after `warmUp`: the best of up to three runs, stopping once 10 s have
 * been spent by the wall clock (the same rule for every library). `run()` makes one timed run and
 * gives `{ ms, cpuMs }`, its wall-clock and CPU milliseconds; each is its own best (minimum). */
export async function bestRuns(run) {
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let i = 0, spent = 0; i < 3 && spent < 10_000; i++) {
    const took = await run();
    ms = Math.min(ms, took.ms);
    cpuMs = Math.min(cpuMs, took.cpuMs);
    spent += took.ms;
  }
  return { ms, cpuMs };
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
