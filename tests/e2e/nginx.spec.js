// The site behind a real nginx (Debian's nginx-light) with deploy/nginx.conf, as it would
// be deployed: routes, not-found and nginx's own errors, pre-compressed files, caching
// and security headers, and the app itself in Chromium.
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, codes, groups, appReady, ROOT } from './support.js';

export const NGINX = 'http://127.0.0.1:4186';
const ROUTES = ['/', ...codes.map((c) => `/codes/${c.code}/`), ...groups.map((g) => `/groups/${g.slug}/`)];
const h1 = (html) => html.replaceAll('<!>', '').match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1].replace(/<[^>]+>/g, '');
const shell = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
const metaCsp = shell.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];

/** Sends raw bytes to nginx and returns the raw response, for requests no client library sends. */
function raw(bytes) {
  return new Promise((resolve, reject) => {
    const socket = connect(4186, '127.0.0.1');
    const chunks = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('nginx did not answer')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.end(bytes);
  });
}

test.describe('behind nginx with deploy/nginx.conf', () => {
  test('every documented route is a 200 page, revalidated on each visit', async ({ request }) => {
    for (const path of ROUTES) {
      const response = await request.get(`${NGINX}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
    const bare = await request.get(`${NGINX}/codes/429`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers().location).toBe('/codes/429/');
  });

  test('unknown paths get the app\'s not-found page with a real 404', async ({ request }) => {
    for (const path of ['/nope', '/codes/999/', '/a/b/c.html']) {
      const response = await request.get(`${NGINX}${path}`);
      expect(response.status(), path).toBe(404);
      expect(h1(await response.text()), path).toBe('Page not found');
    }
  });

  test('errors nginx raises itself show the app\'s page for that code', async () => {
    const badLine = await raw('NOT A REQUEST LINE\r\n\r\n');
    expect(badLine).toMatch(/^HTTP\/1\.1 400 /);
    expect(h1(badLine)).toBe('400 Bad Request');

    const longUri = await raw(`GET /${'a'.repeat(9000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(longUri).toMatch(/^HTTP\/1\.1 414 /);
    expect(h1(longUri)).toBe('414 URI Too Long');

    const bigHeader = await raw(`GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'c'.repeat(9000)}\r\nConnection: close\r\n\r\n`);
    expect(bigHeader).toMatch(/^HTTP\/1\.1 431 /);
    expect(h1(bigHeader)).toBe('431 Request Header Fields Too Large');

    const post = await raw('POST /codes/405/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    expect(post).toMatch(/^HTTP\/1\.1 405 /);
    expect(h1(post)).toBe('405 Method Not Allowed');
  });

  test('pre-compressed files are sent as they were built', async ({ request }) => {
    const wasm = shell.match(/data-wasm="\/([^"]+_bg\.wasm)"/)[1];
    for (const path of ['/', `/${wasm}`, '/codes.json', '/sw.js']) {
      const response = await request.get(`${NGINX}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers().vary, path).toContain('Accept-Encoding');
      const file = path === '/' ? 'index.html' : path.slice(1);
      const gz = readFileSync(join(ROOT, 'dist', `${file}.gz`));
      expect(Number(response.headers()['content-length']), path).toBe(gz.length);
    }
  });

  test('hashed files are immutable; pages, the worker and data are revalidated', async ({ request }) => {
    const hashed = [...shell.matchAll(/(?:href|src|data-js|data-wasm)="\/([a-z0-9_-]+-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css))"/g)].map((m) => m[1]);
    expect(hashed.length).toBeGreaterThanOrEqual(3);
    for (const file of hashed) {
      const response = await request.get(`${NGINX}/${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/sw.js', '/boot.js', '/codes.json', '/manifest.webmanifest', '/404.html']) {
      const response = await request.get(`${NGINX}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
    const manifest = await request.get(`${NGINX}/manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  });

  test('security headers are sent as headers, the CSP matching the pages\' own', async ({ request }) => {
    for (const path of ['/', '/codes/429/', '/nope', '/codes.json']) {
      const headers = (await request.get(`${NGINX}${path}`)).headers();
      expect(headers['content-security-policy'], path).toBe(`${metaCsp}; frame-ancestors 'none'`);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('browsing-topics=()');
      expect(headers.server, path).toBe('nginx');
    }
    const conf = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
    expect(conf).toMatch(/^\s*# add_header Strict-Transport-Security /m);
  });

  test('the app takes over and navigates under nginx with its CSP headers', async ({ page }) => {
    await page.goto(`${NGINX}/codes/429/`);
    await appReady(page);
    await page.getByRole('link', { name: /^431/ }).first().click();
    await expect(page.locator('h1')).toContainText('431');
    await page.goto(`${NGINX}/nope`);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });
});
