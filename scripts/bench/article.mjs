// One article, the widget's usual job: best of three rounds of 300 analyses, in ms per analysis.
// Shared by scripts/bench.mjs (Node) and scripts/bench/page.mjs (the browser).
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
