#!/usr/bin/env node
// Sizes of the npm package and of what a page actually loads.
//
//   npm run size                 builds the .wasm, then prints the table below
//   node scripts/size.mjs        the same from the current pkg/ (no build)
//   node scripts/size.mjs --json the figures as JSON
//
// It measures: the tarball `npm pack` makes (--ignore-scripts, so no second build); every module
// a page with <text-lens> loads, found by following the static imports from www/define.js, plus
// the .wasm, each gzipped (level 9) and brotli-compressed as a server would send them; the worker
// module, loaded only for long texts; the API alone (`import 'textlens'`); and, when esbuild is
// installed, the widget's JS bundled and minified as a consumer's bundler would.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WASM = 'pkg/textlens_bg.wasm';

/** Raw, gzip -9 and brotli (quality 11) sizes of `bytes`. */
function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The module `file` (relative to the root) and everything it imports statically, in load order. */
function graph(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out = [file];
  const imports = /\b(?:import|export)\s(?:[^'"]*?\bfrom\s*)?['"](\.[^'"]+)['"]/g;
  for (const [, spec] of text.matchAll(imports)) out.push(...graph(posix.join(posix.dirname(file), spec), seen));
  return out;
}

function rows(files) {
  return files.map((file) => ({ file, ...measure(readFileSync(join(ROOT, file))) }));
}

function sum(list) {
  return list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
}

function tarball() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const stdout = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'],
    { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(stdout);
  return { file: info.filename, packed: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}

/** The widget's JS bundled and minified by esbuild (the .wasm stays a separate file). */
async function bundled() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'www/define.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    outdir: join(ROOT, 'dist'),
    loader: { '.wasm': 'file' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  return measure(Buffer.from(js.contents));
}

const widgetJs = graph('www/define.js');
const page = rows([WASM, ...widgetJs]);
const apiJs = graph('www/api.js');
const report = {
  tarball: tarball(),
  page: { files: page, total: sum(page), js: sum(page.slice(1)) },
  worker: { files: rows(['www/worker.js']), note: 'loaded only for texts over workerThreshold; it imports api.js, pkg/textlens.js and the .wasm, which the page has already cached' },
  api: { files: apiJs, total: sum(rows([WASM, ...apiJs])) },
  bundled: await bundled(),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const line = (name, m) => console.log(`  ${name.padEnd(24)} ${kb(m.raw).padStart(10)} ${kb(m.gzip).padStart(10)} ${kb(m.brotli).padStart(10)}`);
  const head = () => console.log(`  ${'file'.padEnd(24)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  const { tarball: t } = report;
  console.log(`npm tarball ${t.file}: ${kb(t.packed)} packed, ${kb(t.unpacked)} unpacked, ${t.files} files\n`);
  console.log("A page with <text-lens> (import 'textlens/define') loads:");
  head();
  for (const r of page) line(r.file, r);
  line('JavaScript, total', report.page.js);
  line('everything, total', report.page.total);
  console.log('\nOnly for long texts (over TextLensElement.workerThreshold):');
  for (const r of report.worker.files) line(r.file, r);
  console.log("\nThe API alone (import 'textlens'): " + report.api.files.join(', ') + ` and the .wasm`);
  line('total', report.api.total);
  if (report.bundled) {
    console.log("\nThe widget's JavaScript bundled and minified by esbuild (the .wasm stays a file of its own):");
    line('bundle', report.bundled);
    line('bundle + .wasm', sum([report.bundled, page[0]]));
  }
  console.log(`\n(KB = 1000 bytes; gzip level 9, brotli quality 11; measured from ${relative(process.cwd(), ROOT) || '.'}/pkg and www as built)`);
}
