// Shared set-up for the page tests: the static server (on a free port) and headless Chromium.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { start } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Starts the server over the repository (or TEXTLENS_ROOT) and a headless Chromium. */
export async function setup() {
  const server = await start({ port: 0, root: process.env.TEXTLENS_ROOT ?? ROOT });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(RESULTS, { recursive: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` in a new context and records what the page does: console errors, page errors,
 * CSP violations, requests and dialogs.
 */
export async function open(env, path, { context: contextOptions = {}, before } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`worker console.error: ${m.text()}`);
  }));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__ready = new Promise((resolve) => {
      document.addEventListener('textlens-ready', (e) => resolve(e.detail), { once: true });
    });
  });
  if (before) await before(page);
  await page.goto(env.url + path);
  return { context, page, log };
}

/** Waits for the first `textlens-ready` and returns its detail (the Analysis). */
export function ready(page) {
  return page.evaluate(() => window.__ready);
}

/**
 * Registers before/after hooks that start the server and Chromium and open `path` once for the
 * whole file; returns a function giving the open tab ({ context, page, log }).
 */
export function usePage(path, hooks) {
  let env;
  let tab;
  hooks.before(async () => {
    env = await setup();
    tab = await open(env, path);
  });
  hooks.after(async () => {
    await tab?.context.close();
    await env?.close();
  });
  return () => tab;
}
