// Firefox for the page tests, through geckodriver (WebDriver classic): playwright-core's Firefox
// needs its own patched build, and its WebDriver BiDi path (channel 'moz-firefox') stops at
// `emulation.setMediaFeaturesOverride`, a command Firefox ESR 153 does not have. A small client over
// fetch: a session, navigation, scripts, shadow roots, computed labels and screenshots. Console
// messages and uncaught errors of the page are read from Firefox's own output
// (`devtools.console.stdout.content`), which geckodriver passes on.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.FIREFOX ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => existsSync(f));
const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
/** The W3C key of an element reference, and of a shadow root's. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** Whether Firefox and geckodriver are installed here. */
export const available = Boolean(FIREFOX && existsSync(GECKODRIVER));

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/**
 * Starts geckodriver and a headless Firefox session with a `width`×`height` window. Returns the
 * session's commands and `output`, what Firefox and geckodriver printed so far.
 */
export async function firefox({ width = 1280, height = 900 } = {}) {
  const port = await freePort();
  const driver = spawn(GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  driver.stdout.on('data', (d) => { output += d; });
  driver.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await r.json();
    if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const session = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'firefox', 'moz:firefoxOptions': {
    binary: FIREFOX, args: ['-headless'],
    // Page console to stdout; none of the browser's own network services (a closed network here).
    prefs: { 'devtools.console.stdout.content': true, 'app.normandy.enabled': false, 'messaging-system.rsexperimentloader.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
  } } } });
  const id = session.sessionId;
  const s = (path) => `/session/${id}${path}`;
  const ref = (el) => el[ELEMENT];
  await call('POST', s('/window/rect'), { width, height });
  return {
    version: session.capabilities.browserVersion,
    get output() { return output; },
    /**
     * The page's console errors and warnings and its uncaught errors since output character `from`,
     * as Firefox printed them; the browser's own (a stack in resource:// or chrome://) left out.
     */
    pageErrors(from = 0) {
      const entries = output.slice(from).split(/\n(?=\S)/);
      return entries.filter((e) => /^(console\.(error|warn): |JavaScript (error|warning): )/.test(e) && !/(resource|chrome):\/\//.test(e));
    },
    goto: (url) => call('POST', s('/url'), { url }),
    /** Runs `fn` (a function) in the page with `args`; returns its JSON result (awaited if a promise). */
    run: (fn, ...args) => call('POST', s('/execute/async'), {
      script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then((v) => done({ v }), (e) => done({ e: String(e) }));`,
      args,
    }).then((r) => { if (r.e) throw new Error(r.e); return r.v; }),
    /** Elements matching `css` inside the shadow root of the first element matching `host`. */
    async inShadow(host, css) {
      const el = await call('POST', s('/element'), { using: 'css selector', value: host });
      const root = await call('GET', s(`/element/${ref(el)}/shadow`));
      return call('POST', s(`/shadow/${root[SHADOW]}/elements`), { using: 'css selector', value: css });
    },
    label: (el) => call('GET', s(`/element/${ref(el)}/computedlabel`)),
    role: (el) => call('GET', s(`/element/${ref(el)}/computedrole`)),
    /** A real click (pointer actions) at the centre of `el`, scrolled into view first. */
    async click(el) {
      const [x, y] = await call('POST', s('/execute/sync'), {
        script: 'const r = arguments[0]; r.scrollIntoView({ block: "center" }); const b = r.getBoundingClientRect(); return [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];',
        args: [el],
      });
      await call('POST', s('/actions'), { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', x, y, origin: 'viewport' }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
      ] }] });
    },
    /** The viewport as PNG bytes. */
    screenshot: async () => Buffer.from(await call('GET', s('/screenshot')), 'base64'),
    async close() {
      try {
        await call('DELETE', s(''));
      } finally {
        driver.kill();
      }
    },
  };
}
