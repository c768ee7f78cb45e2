// Shared set-up for the package tests: pack the repository as `npm publish` would, install the
// tarball into a fresh project outside the repository, and run the repository's own dev tools
// (esbuild, vite, tsc: root devDependencies, installed once by `npm ci`) on that project.
//
// The tarball is made from pkg/ as it is: run `npm run build` first (scripts/test.sh does). `npm pack`
// runs with --ignore-scripts here so that each test file does not rebuild the .wasm through the
// package's `prepack` script.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The repository's node_modules/.bin: esbuild, vite and tsc are run from here. */
export const BIN = join(ROOT, 'node_modules', '.bin');

const run = promisify(execFile);

/** The environment without npm's own variables (npm_config_*, npm_lifecycle_*) from `npm test`. */
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, ...extra };
}

/** Runs `file` with `args` in `cwd`; resolves to { stdout, stderr }, rejects with both in the message. */
export async function sh(file, args, { cwd, env } = {}) {
  try {
    return await run(file, args, { cwd, env: cleanEnv(env), encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    e.message = `${file} ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`;
    throw e;
  }
}

/**
 * `npm pack` of the repository into `dest`. Resolves to the tarball's path, the list of files in it
 * and its size in bytes.
 */
export async function pack(dest) {
  if (!existsSync(join(ROOT, 'pkg', 'textlens_bg.wasm'))) {
    throw new Error('pkg/textlens_bg.wasm is missing: run `npm run build` before the package tests');
  }
  const { stdout } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: ROOT });
  const [info] = JSON.parse(stdout);
  return { tarball: join(dest, info.filename), files: info.files.map((f) => f.path).sort(), size: info.size };
}

/**
 * A fresh consumer project: packs the repository, makes `<tmp>/app` with a package.json of its
 * own, runs `npm install <tarball>` there and writes `files` ({ relative path: text }). The app
 * is outside the repository, so `textlens` can only resolve to the installed tarball.
 */
export async function consumer(files = {}) {
  const tmp = await mkdtemp(join(tmpdir(), 'textlens-consumer-'));
  const packed = await pack(tmp);
  const dir = join(tmp, 'app');
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  await sh('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', packed.tarball], { cwd: dir });
  await write(dir, files);
  return {
    dir,
    ...packed,
    /** The installed package's directory. */
    installed: join(dir, 'node_modules', 'textlens'),
    async cleanup() {
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** Writes `files` ({ relative path: text }) under `dir`, making folders as needed. */
export async function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}

/** One of the sample articles as HTML paragraphs (first line the headline). */
export async function articleHtml(name = 'kenya-border') {
  const text = await readFile(join(ROOT, 'tests', 'fixtures', 'articles', `${name}.txt`), 'utf8');
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [headline, ...rest] = text.trim().split(/\n\s*\n/);
  return `<h1>${escape(headline)}</h1>\n${rest.map((p) => `<p>${escape(p)}</p>`).join('\n')}`;
}

/** A page with the article, a `<text-lens>` beside it and `script` as its one module script. */
export function page({ title, script, article }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
    <link rel="icon" href="data:,">
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <article id="story">
${article}
    </article>
    <text-lens for="#story"></text-lens>
  </body>
</html>
`;
}
