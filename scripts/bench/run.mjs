// One library on one text, in its own process: prints {ms, cpuMs, heapMB, rssMB, wasmMB} as JSON;
// cpuMs is this process's CPU time (every thread: V8's compiler and GC helpers too) in the same runs.
// node scripts/bench/run.mjs LIBRARY FILE      LIBRARY: textlens | textlens-rules | floor | wink | compromise
import { readFileSync } from 'node:fs';
import { OURS, bestRuns, timedMs, warmUp } from './timing.mjs';

const [lib, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

let api;
async function load(name) {
  if (Object.hasOwn(OURS, name)) {
    api = await import('../../www/api.js');
    return OURS[name](api);
  }
  if (name === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const { its, as } = nlp;
    return (t) => {
      const doc = nlp.readDoc(t);
      doc.entities().out(its.detail);
      doc.tokens().filter((tok) => tok.out(its.type) === 'word' && !tok.out(its.stopWordFlag)).out(its.normal, as.freqTable);
    };
  }
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (t) => {
      const doc = nlp(t);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.terms().out('freq');
    };
  }
  throw new Error(`unknown library ${name}`);
}

const fn = await load(lib);
warmUp(fn, text);
const { ms, cpuMs } = await bestRuns(() => {
  const before = process.cpuUsage();
  const took = timedMs(fn, text);
  const cpu = process.cpuUsage(before);
  return { ms: took, cpuMs: (cpu.user + cpu.system) / 1000 };
});
const mem = process.memoryUsage();
// wasm memory grows on demand and never shrinks: its size now is the peak.
const wasmMB = api ? api.memoryBytes() / 2 ** 20 : undefined;
process.stdout.write(JSON.stringify({ ms, cpuMs, heapMB: mem.heapUsed / 2 ** 20, rssMB: process.resourceUsage().maxRSS / 1024, wasmMB }) + '\n');
