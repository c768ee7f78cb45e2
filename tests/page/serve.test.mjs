// scripts/serve.mjs: MIME types, the CSP header, the redirect and path traversal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { start, CSP } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await start({ port: 0 });
});
after(() => server?.close());

/** A raw GET, so `..` segments reach the server as written. */
function get(path) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    }).on('error', reject).end();
  });
}

test('serves files with the right types and the CSP header', async () => {
  for (const [path, type] of [['/www/index.html', 'text/html'], ['/www/widget.js', 'text/javascript'],
    ['/www/demo.css', 'text/css'], ['/package.json', 'application/json']]) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.ok(res.headers['content-type'].startsWith(type), `${path}: ${res.headers['content-type']}`);
    assert.equal(res.headers['content-security-policy'], CSP);
  }
});

test('the page and the header carry the same script policy', async () => {
  const { body } = await get('/www/index.html');
  const meta = body.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.ok(meta.includes("script-src 'self' 'wasm-unsafe-eval'"));
  for (const directive of meta.split('; ')) assert.ok(CSP.includes(directive), directive);
});

test('serves wasm as application/wasm', async (t) => {
  const res = await get('/pkg/textlens_bg.wasm');
  if (res.status === 404) return t.skip('pkg/ not built');
  assert.equal(res.headers['content-type'], 'application/wasm');
});

test('redirects / to the demo', async () => {
  const res = await get('/');
  assert.equal(res.status, 302);
  assert.equal(res.headers.location, '/www/index.html');
});

test('refuses paths outside the root', async () => {
  for (const path of ['/../etc/passwd', '/www/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd',
    '/www/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/..%5c..%5cetc%5cpasswd']) {
    const res = await get(path);
    assert.ok([400, 403, 404].includes(res.status), `${path}: ${res.status}`);
    assert.ok(!res.body.includes('root:'), path);
  }
  assert.equal((await get('/www/nope.js')).status, 404);
  assert.equal((await get('/www')).status, 404);
});
