#!/usr/bin/env node
// Sizes of the npm package and of what a page actually loads.
//
//   npm run size                 builds the .wasm, then prints the table below
//   node scripts/size.mjs        the same from the current pkg/ (no build)
//   node scripts/size.mjs --json the figures as JSON
//
// It measures: the tarball `npm pack` makes (--ignore-scripts, so no second build); every module
// a page with <text-lens> loads, found by following the static imports from www/define.js, plus
// the .wasm and the model weights (init() fetches both by default), each gzipped (level 9) and brotli-compressed as a server would send them; the worker
// module, loaded only for long texts; the API alone (`import 'textlens'`); and, when esbuild is
// installed, the widget's JS bundled and minified as a consumer's bundler would. When twiggy is
// installed (`cargo install twiggy --locked`), it also names the biggest contributors to the
// .wasm: code by crate and module, the bundled word lists, and the other constant data.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WASM = 'pkg/textlens_bg.wasm';
/** The trained tagger's weights, fetched by init() beside the .wasm unless `model: false`. */
const MODEL = 'pkg/textlens_model.bin';

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

/** Lines (each ending in a newline) as src/lexicon.rs front-codes a sorted list: each line as the
 * number of leading bytes it shares with the one before (at most 31, never inside a character)
 * and its other bytes. */
function frontCoded(text) {
  const out = [];
  let prev = Buffer.alloc(0);
  for (const line of splitLines(text)) {
    let n = 0;
    while (n < 31 && n < line.length && n < prev.length && line[n] === prev[n]) n++;
    while (n > 0 && n < line.length && (line[n] & 0xc0) === 0x80) n--;
    out.push(Buffer.from([n]), line.subarray(n));
    prev = line;
  }
  return Buffer.concat(out);
}

function splitLines(buf) {
  const lines = [];
  for (let at = 0; at < buf.length; ) {
    const end = buf.indexOf(10, at);
    lines.push(buf.subarray(at, end));
    at = end + 1;
  }
  return lines;
}

/**
 * What the .wasm is made of, from the build before wasm-opt (which strips the names): twiggy's
 * per-item sizes grouped by crate (and by module for ours), plus the word lists found in the data.
 */
function contributors() {
  const built = join(ROOT, 'target/wasm32-unknown-unknown/release/textlens.wasm');
  if (!existsSync(built)) return null;
  // wasm-bindgen as wasm-pack runs it (its describe functions gone), names kept.
  const raw = join(ROOT, 'target/size/textlens_bg.wasm');
  let items;
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', join(ROOT, 'target/size'), built], { stdio: 'ignore' });
    items = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'json', raw], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return null;
  }
  const bytes = readFileSync(raw);
  const dataDir = join(ROOT, 'src/data');
  const lists = readdirSync(dataDir)
    .filter((f) => !f.endsWith('.md'))
    // As the binary holds them: without comment or blank lines (src/lexicon.rs, `data!`).
    .map((f) => ({ file: `src/data/${f}`, content: Buffer.from(readFileSync(join(dataDir, f), 'latin1').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l + '\n').join(''), 'latin1') }))
    // The sorted lists are front-coded (src/lexicon.rs, `sorted!`).
    .map((d) => (bytes.includes(d.content.subarray(0, 64)) ? d : { ...d, content: frontCoded(d.content) }))
    .filter((d) => d.content.length >= 64 && bytes.includes(d.content.subarray(0, 64)))
    .map((d) => ({ file: d.file, ...measure(d.content) }));
  const groups = new Map();
  let code = 0;
  let data = 0;
  for (const { name, shallow_size: size } of items) {
    if (/^custom section|subsection|^"function names"/.test(name)) continue; // names and metadata: gone after wasm-opt
    if (name.startsWith('data segment')) {
      data += size;
      continue;
    }
    code += size;
    // "<textlens::entities::detect::RuleTagger as …>::tag", "core[abc]::fmt::…", "hashbrown::raw::…"
    const path = name.replace(/^</, '').split(/ as |[<>(]/)[0].split('::').map((p) => p.replace(/\[[0-9a-f]+\]$/, ''));
    const key = path[0] === 'textlens' ? path.slice(0, Math.min(3, path.length - 1)).join('::') : /^[a-z_][a-z0-9_]*$/.test(path[0]) && path.length > 1 ? path[0] : '(other: runtime, glue)';
    groups.set(key, (groups.get(key) ?? 0) + size);
  }
  const listed = lists.reduce((t, l) => t + l.raw, 0);
  return {
    code,
    data,
    groups: [...groups].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size),
    functions: items.filter((i) => !/^custom section|subsection|^"function names"|^data segment/.test(i.name)).slice(0, 10).map((i) => ({ name: i.name.replace(/::h[0-9a-f]{16}$/, ''), size: i.shallow_size })),
    lists,
    otherData: data - listed,
  };
}

const widgetJs = graph('www/define.js');
const page = rows([WASM, MODEL, ...widgetJs]);
const apiJs = graph('www/api.js');
const report = {
  tarball: tarball(),
  page: { files: page, total: sum(page), js: sum(page.slice(2)) },
  worker: { files: rows(['www/worker.js']), note: 'loaded only for texts over workerThreshold; it imports api.js, pkg/textlens.js and the .wasm, which the page has already cached' },
  api: { files: apiJs, total: sum(rows([WASM, MODEL, ...apiJs])) },
  bundled: await bundled(),
  contributors: contributors(),
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
  console.log("\nThe API alone (import 'textlens'): " + report.api.files.join(', ') + ` with the .wasm and the weights`);
  line('total', report.api.total);
  if (report.bundled) {
    console.log("\nThe widget's JavaScript bundled and minified by esbuild (the .wasm stays a file of its own):");
    line('bundle', report.bundled);
    line('bundle + .wasm + weights', sum([report.bundled, page[0], page[1]]));
  }
  const c = report.contributors;
  if (c) {
    console.log(`\nWhat the .wasm holds (twiggy, on wasm-bindgen's output before wasm-opt -Oz: ${kb(c.code)} code, ${kb(c.data)} data):`);
    console.log('  code by crate / module (core, alloc and hashbrown include generic code instantiated for textlens):');
    for (const g of c.groups.slice(0, 12)) console.log(`    ${g.name.padEnd(40)} ${kb(g.size).padStart(10)}`);
    console.log('  largest functions:');
    for (const f of c.functions) console.log(`    ${f.name.slice(0, 70).padEnd(70)} ${kb(f.size).padStart(10)}`);
    console.log('  data: bundled word lists (raw / gzip alone):');
    for (const l of c.lists) console.log(`    ${l.file.padEnd(40)} ${kb(l.raw).padStart(10)} ${kb(l.gzip).padStart(10)}`);
    console.log(`    ${'other constants (Unicode tables, strings)'.padEnd(40)} ${kb(c.otherData).padStart(10)}`);
  } else {
    console.log('\n(Install twiggy, `cargo install twiggy --locked`, and build, to see what the .wasm is made of.)');
  }
  console.log(`\n(KB = 1000 bytes; gzip level 9, brotli quality 11; measured from ${relative(process.cwd(), ROOT) || '.'}/pkg and www as built)`);
}
