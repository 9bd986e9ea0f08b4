// The site as a static host serves it: real pages before WebAssembly, a plain host with
// no rewrites, JSON data, offline use, updates, the CSP and a sub-path deploy.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, codes, groups, appReady, rowCodes, watchPage, CSP_PROBE, ROOT } from './support.js';
import { startServer } from '../../scripts/static-server.mjs';

const ROUTES = ['/', ...codes.map((c) => `/codes/${c.code}/`), ...groups.map((g) => `/groups/${g.slug}/`)];
const escapeText = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>/;

test.describe('without a browser', () => {
  test('every link in every generated page goes somewhere', () => {
    // An <a> without href is not a link: keyboards skip it and Lighthouse flags it.
    const pages = readdirSync(join(ROOT, 'dist'), { recursive: true }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const bare = pages.filter((f) => /<a(?![^>]*\shref=)[\s>]/.test(readFileSync(join(ROOT, 'dist', f), 'utf8')));
    expect(bare).toEqual([]);
  });

  test('every documented route is a page holding its content, head tags and a strict CSP', async ({ request }) => {
    for (const path of ROUTES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      // `<!>` marks a boundary between text nodes in Leptos's output; readers never see it.
      const html = (await response.text()).replaceAll('<!>', '');
      const code = codes.find((c) => path === `/codes/${c.code}/`);
      const group = groups.find((g) => path === `/groups/${g.slug}/`);
      if (code) {
        expect(html, path).toContain(`${code.code}</span> ${escapeText(code.name)}</h1>`);
        // Mentions of other codes in the meaning are links, so compare the text alone.
        expect(html.replace(/<[^>]+>/g, ''), path).toContain(escapeText(code.meaning));
        expect(html, path).toContain(`<title>${code.code} ${escapeText(code.name)} · 4xx Guide</title>`);
      }
      if (group) {
        expect(html, path).toContain(`<h1>${escapeText(group.name)}</h1>`);
        for (const member of group.codes) expect(html, path).toContain(`href="/codes/${member}/"`);
      }
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}">/);
      // Built without SITE_ORIGIN: no canonical or og:url, which must be absolute.
      expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
      const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(csp).not.toMatch(/https?:/);
      // One inline script (the theme, then the app after the first paint), allowed by its
      // hash: the CSP names exactly the hashes of the page's inline scripts.
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
      expect(inline, path).toHaveLength(1);
      expect(csp.match(/'sha256-[^']+'/g), path).toEqual(inline);
      expect(html.replace(/<script>[\s\S]*?<\/script>/g, ''), path).not.toMatch(inlineScript);
      // No preload links and no script fetched before the first paint: the app's names
      // wait in an inert template until the inline script adds boot.js.
      expect(html).not.toMatch(/rel="(module)?preload"/);
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html).toMatch(/<template id="app-boot" data-boot="\/boot\.js" data-base="\/" data-js="\/fourxx-guide-[0-9a-f]{8,16}\.js" data-wasm="\/fourxx-guide-[0-9a-f]{8,16}_bg\.wasm"><\/template>/);
    }
  });

  test('the home page holds the guide and the whole table', async ({ request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain('Where 4xx responses appear');
    for (const code of codes) expect(html).toContain(`id="row-${code.code}"`);
  });

  test('unknown paths get the not-found page with a real 404', async ({ request }) => {
    for (const path of ['/nope', '/codes/999/', '/groups/nope/', '/a/b/c.html']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain('<h1>Page not found</h1>');
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  });

  test('short URLs lead to the code page, with and without JavaScript', async ({ request }) => {
    const html = await (await request.get('/429/')).text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/codes/429/">');
    // With SITE_ORIGIN the short URL names the code page as canonical.
    expect(readFileSync(join(ROOT, 'dist-v2', '429', 'index.html'), 'utf8'))
      .toContain('<link rel="canonical" href="http://v2.invalid/codes/429/">');
  });

  test('the JSON files parse and match the catalogue', async ({ request }) => {
    const all = await (await request.get('/codes.json')).json();
    expect(all.schema_version).toBe(1);
    expect(all.codes.map((c) => c.code)).toEqual(codes.map((c) => c.code));
    expect(all.codes).toHaveLength(29);
    // Unofficial codes come apart from the registered ones, each marked as such.
    expect(all.unofficial.map((u) => u.code)).toEqual(expect.arrayContaining([444, 499]));
    for (const u of all.unofficial) {
      expect(u.registered, `${u.code}`).toBe(false);
      expect(all.codes.some((c) => c.code === u.code), `${u.code}`).toBe(false);
      for (const use of u.uses) expect(use.source).toMatch(/^https:\/\//);
    }
    for (const code of all.codes) {
      const one = await request.get(`/codes/${code.code}.json`);
      expect(one.headers()['content-type']).toContain('application/json');
      expect(await one.json()).toEqual(code);
      for (const key of ['name', 'registered_name', 'meaning', 'url', 'example', 'caching', 'retry', 'visitor']) {
        expect(typeof code[key], `${code.code}.${key}`).toBe('string');
      }
      expect(code.url).toBe(`/codes/${code.code}/`);
      expect(code.specs[0].url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/);
    }
    const toml = readFileSync(join(ROOT, 'data', 'catalog.toml'), 'utf8');
    expect(toml.match(/^\[\[code\]\]$/gm)).toHaveLength(all.codes.length);
  });

  test('without SITE_ORIGIN there is no sitemap, and robots.txt names none', async ({ request }) => {
    // The sitemap protocol takes only absolute URLs, and this build knows no origin.
    expect((await request.get('/sitemap.xml')).status()).toBe(404);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toMatch(/sitemap/i);
  });

  test('with SITE_ORIGIN the sitemap lists every documented route by its absolute URL, as robots.txt says', () => {
    const v2 = (file) => readFileSync(join(ROOT, 'dist-v2', file), 'utf8');
    const listed = [...v2('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const path of [...ROUTES, '/choose/', '/check/', '/unofficial/', '/codes/499/', '/codes/427/', '/codes/502/']) {
      expect(listed, path).toContain(`http://v2.invalid${path}`);
    }
    expect(listed.filter((url) => !url.startsWith('http://v2.invalid/'))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(v2('robots.txt')).toContain('Sitemap: http://v2.invalid/sitemap.xml');
    for (const path of ROUTES) {
      const html = v2(`${path.slice(1)}index.html`);
      expect(html, path).toContain(`<link rel="canonical" href="http://v2.invalid${path}">`);
      expect(html, path).toContain(`<meta property="og:url" content="http://v2.invalid${path}">`);
    }
  });

  test('the manifest makes the site installable', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.name).toBe('4xx Guide');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe(icon.type);
    }
  });

  test('python -m http.server, a host with no rewrites at all, serves every route', async ({ request }) => {
    const port = 4179;
    const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(ROOT, 'dist')], { stdio: 'ignore' });
    try {
      await expect.poll(async () => (await request.get(`http://127.0.0.1:${port}/`).catch(() => null))?.status(), { timeout: 10_000 }).toBe(200);
      for (const path of ROUTES) {
        const withSlash = await request.get(`http://127.0.0.1:${port}${path}`);
        expect(withSlash.status(), path).toBe(200);
        if (path !== '/') {
          const bare = await request.get(`http://127.0.0.1:${port}${path.slice(0, -1)}`, { maxRedirects: 0 });
          expect(bare.status(), path).toBe(301);
          expect(bare.headers().location).toContain(path);
        }
      }
    } finally {
      server.kill();
    }
  });
});

test('with JavaScript disabled a reader still gets the whole page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/429/');
  await expect(page.locator('h1')).toHaveText(`429 ${codes.find((c) => c.code === 429).name}`);
  await expect(page.getByRole('heading', { name: 'How to return it' })).toBeVisible();
  await expect(page.locator('.headers-table')).toContainText('Retry-After');
  await page.goto('/');
  expect((await rowCodes(page)).length).toBe(29);
  await page.getByRole('link', { name: 'Authentication and authorization' }).first().click();
  await expect(page.locator('h1')).toHaveText('Authentication and authorization');
  await context.close();
});

for (const path of ['/', '/codes/429/', '/groups/auth/', '/codes/999']) {
  test(`the app takes over ${path} with no layout shift and no duplicate content`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    const before = await page.locator('main').innerText();
    await appReady(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#app')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    if (path !== '/codes/999') expect(await page.locator('main').innerText()).toBe(before);
  });
}

test('every route passes with zero CSP violations and zero console errors', async ({ page }) => {
  for (const path of [...ROUTES, '/429/', '/nothing/here']) {
    await page.goto(path);
    await appReady(page);
  }
  // The fixture fails the test on any violation or error seen on the way.
});

/** A browser context with its own server, which the test can stop and restart. */
async function ownSite(browser, root, port) {
  let server = await startServer({ root: join(ROOT, root), port });
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  const problems = await watchPage(page);
  return {
    page,
    context,
    problems,
    stop: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
    restart: async (newRoot) => { server = await startServer({ root: join(ROOT, newRoot), port }); },
  };
}

async function controlledByServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

test('after one visit every route works offline, even with the server gone', async ({ browser }) => {
  const site = await ownSite(browser, 'dist', 4175);
  const { page } = site;
  await page.goto('/');
  await appReady(page);
  await controlledByServiceWorker(page);
  await site.stop();

  await page.goto('/codes/404/');
  await expect(page.locator('h1')).toHaveText('404 Not Found');
  await appReady(page);
  await page.goto('/groups/auth/');
  await expect(page.locator('h1')).toHaveText('Authentication and authorization');
  await page.goto('/codes/410');
  await expect(page.locator('h1')).toHaveText('410 Gone');
  // Pages never opened render from the neutral shell: an unofficial code, an unassigned
  // number, another class, a step of the guide, the checker.
  for (const [path, heading] of [
    ['/codes/499/', '499 Client Closed Request'],
    ['/codes/427/', '427 is an unassigned 4xx code'],
    ['/codes/502/', '502 Bad Gateway'],
    ['/check/', 'Check a response'],
  ]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(heading);
  }
  await page.goto('/choose/');
  await appReady(page);
  await expect(page.locator('.choose-options a').first()).toBeVisible();
  await page.goto('/?q=teapot');
  await appReady(page);
  expect(await rowCodes(page)).toEqual([418]);
  await page.locator('#filter-q').fill('41');
  await expect.poll(() => rowCodes(page)).toEqual([410, 411, 412, 413, 414, 415, 416, 417, 418, 419]);
  await page.locator('#result-412 a').click();
  await expect(page.locator('h1')).toHaveText('412 Precondition Failed');
  const response = await page.goto('/no/such/page');
  expect(response.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('h1')).toHaveText('Page not found');
  expect(site.problems.filter((p) => !/ERR_CONNECTION_REFUSED/.test(p))).toEqual([]);
  await site.context.close();
});

test('a returning reader gets the new version after a new deploy', async ({ browser }) => {
  const site = await ownSite(browser, 'dist', 4176);
  const { page } = site;
  await page.goto('/codes/429/');
  await appReady(page);
  await controlledByServiceWorker(page);
  // The first deploy has no SITE_ORIGIN, so no canonical link; the second has one.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  const firstCaches = await page.evaluate(() => caches.keys());

  await site.stop();
  await site.restart('dist-v2');
  await page.reload();
  await expect(page.locator('.update-notice')).toContainText('The guide was updated.');
  await page.locator('.update-notice').getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://v2.invalid/codes/429/');
  await appReady(page);
  const caches = await page.evaluate(() => caches.keys());
  expect(caches).toHaveLength(1);
  expect(caches).not.toEqual(firstCaches);
  await page.goto('/groups/auth/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://v2.invalid/groups/auth/');
  expect(site.problems).toEqual([]);
  await site.stop();
  await site.context.close();
});

test.describe('deployed under a sub-path', () => {
  const BASE = 'http://127.0.0.1:4174/4xx-guide';

  test('every documented route is served with its content and base-path links', async ({ request }) => {
    for (const path of ROUTES) {
      const response = await request.get(`${BASE}${path}`);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html).not.toContain('rel="canonical"');
      expect(html).toMatch(/data-boot="\/4xx-guide\/boot\.js"/);
      expect(html).not.toMatch(/href="\/(codes|groups)\//);
    }
    expect((await request.get(`${BASE}/nope`)).status()).toBe(404);
    const manifest = await (await request.get(`${BASE}/manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe('/4xx-guide/');
    const sw = await (await request.get(`${BASE}/sw.js`)).text();
    expect(sw).toContain('"/4xx-guide/codes/429/"');
  });

  test('every documented route renders in the browser under the sub-path', async ({ page }) => {
    for (const path of ROUTES) {
      await page.goto(`${BASE}${path}`);
      await appReady(page);
      const code = codes.find((c) => path === `/codes/${c.code}/`);
      const group = groups.find((g) => path === `/groups/${g.slug}/`);
      const heading = code ? `${code.code} ${code.name}` : group ? group.name : '4xx Client Error Status Codes';
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page.locator('main a[href^="/"]:not([href^="/4xx-guide/"])')).toHaveCount(0);
    }
  });

  test('the app navigates, filters and works offline under the sub-path', async ({ page, context }) => {
    await page.goto(`${BASE}/`);
    await appReady(page);
    await page.locator('#filter-q').fill('teapot');
    await expect(page).toHaveURL(`${BASE}/?q=teapot`);
    await expect.poll(async () => (await rowCodes(page))[0]).toBe(418);
    await page.locator('#result-418 a').click();
    await expect(page).toHaveURL(`${BASE}/codes/418/`);
    await page.getByRole('link', { name: '4xx Guide', exact: true }).first().click();
    await expect(page).toHaveURL(`${BASE}/`);
    await page.goto(`${BASE}/codes/999`);
    await expect(page.locator('h1')).toHaveText('999 is not an HTTP status code');
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${BASE}/groups/size-limits/`);
    await expect(page.locator('h1')).toHaveText('Size limits');
    await context.setOffline(false);
  });
});
