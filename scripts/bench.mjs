// Size and speed figures for the release build in dist/. Prints tables; exits non-zero
// only when it cannot measure. Usage: node scripts/bench.mjs [DIST] [RUNS] [ORIGIN_DIST]
// ORIGIN_DIST is the same site built with SITE_ORIGIN set; Lighthouse measures both.
// LH_RUNS (default 3) is the number of Lighthouse runs each figure is the median of.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { startServer } from './static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 9);
const originDist = process.argv[4];
const lhRuns = Number(process.env.LH_RUNS ?? 3);
const PAGES = ['/', '/codes/404/', '/groups/auth/', '/choose/', '/check/'];
const port = 4190;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Sizes on disk, raw and compressed as a host would send them: the gzip figure is the
// build's own .gz copy (what nginx's gzip_static sends), `gzip -9` where there is none.
const sentGzip = (path) => {
  try {
    return statSync(`${path}.gz`).size;
  } catch {
    return Math.min(statSync(path).size, gzipSync(readFileSync(path), { level: 9 }).length);
  }
};
const files = readdirSync(dist);
const pick = (re) => files.find((f) => re.test(f));
const rows = [];
for (const [label, file] of [
  ['wasm', pick(/_bg\.wasm$/)],
  ['js glue', pick(/^fourxx-guide-.*\.js$/)],
  ['css', pick(/\.css$/)],
  ['boot.js', 'boot.js'],
  ['sw.js', 'sw.js'],
  ['/ (index.html)', 'index.html'],
  ['/codes/404/', 'codes/404/index.html'],
  ['codes.json', 'codes.json'],
]) {
  const bytes = readFileSync(join(dist, file));
  rows.push([label, kib(bytes.length), kib(sentGzip(join(dist, file))), kib(brotliCompressSync(bytes).length)]);
}
let total = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else total += statSync(path).size;
  }
};
walk(dist);
console.log('## Sizes (raw / gzip as sent / brotli)\n');
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
// What the service worker downloads in the background after the first visit.
const precached = JSON.parse(readFileSync(join(dist, 'sw.js'), 'utf8').match(/PRECACHE\s*=\s*(\[.*?\])[;,]/)[1]);
const fileOf = (url) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const precacheRaw = precached.reduce((sum, url) => sum + statSync(fileOf(url)).size, 0);
const precacheGzip = precached.reduce((sum, url) => sum + sentGzip(fileOf(url)), 0);
console.log(`\nWhole dist/: ${kib(total)}. Service-worker precache after the first visit: ${precached.length} URLs, ${kib(precacheRaw)} raw, ${kib(precacheGzip)} gzipped.\n`);

// Speed in Chromium, from a local static server (no network latency: these are the
// app's own costs). Each run is a fresh context, so nothing is cached.
const server = await startServer({ root: dist, port });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let firstVisitUrls = new Set();
console.log(`## Speed (median of ${runs} cold loads, headless Chromium, loopback)\n`);
console.log('| page | first-visit transfer (as served, uncompressed) | same files gzipped | first contentful paint | app ready (wasm took over) |\n|---|---|---|---|---|');
for (const path of ['/', '/codes/404/']) {
  const transfer = [], gzipped = [], fcp = [], ready = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    const urls = new Set();
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    cdp.on('Network.responseReceived', (e) => urls.add(new URL(e.response.url).pathname));
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.waitForSelector('html[data-app="ready"]');
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN,
    }));
    transfer.push(bytes);
    gzipped.push([...urls].reduce((sum, p) => sum + sentGzip(join(dist, p.endsWith('/') ? `${p}index.html` : p)), 0));
    if (path === '/') firstVisitUrls = urls;
    fcp.push(timing.fcp);
    ready.push(timing.ready);
    await context.close();
  }
  console.log(`| ${path} | ${kib(median(transfer))} | ${kib(median(gzipped))} | ${median(fcp).toFixed(0)} ms | ${median(ready).toFixed(0)} ms |`);
}
// Everything a first visit of / and the service worker's background precache fetch
// together, each file once (the precache is answered from the HTTP cache for what the
// page already loaded): the budget is 300 KiB gzip.
{
  const all = new Set([...firstVisitUrls, '/sw.js', ...precached]);
  const bytes = [...all].reduce((sum, p) => sum + sentGzip(fileOf(p)), 0);
  console.log(`\nFirst visit of / plus the background precache, each file once: ${all.size} files, ${kib(bytes)} gzip as sent.\n`);
}

// LCP side by side with the same pages with every script removed, in this run: the
// app must not make the content paint later than plain HTML would.
const bare = await withoutScripts(dist);
const barePort = port + 1;
const bareServer = await startServer({ root: bare, port: barePort });
async function lcpOf(origin, path, throttle) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return lcp;
}
console.log(`\n## Largest contentful paint, the app against the same page without scripts (median of ${runs}, 4x CPU throttling, loopback)\n`);
console.log('| page | with the app | scripts removed | ratio |\n|---|---|---|---|');
for (const path of PAGES) {
  const app = [], plain = [];
  for (let i = 0; i < runs; i++) {
    app.push(await lcpOf(`http://127.0.0.1:${port}`, path, 4));
    plain.push(await lcpOf(`http://127.0.0.1:${barePort}`, path, 4));
  }
  console.log(`| ${path} | ${median(app).toFixed(0)} ms | ${median(plain).toFixed(0)} ms | ${(median(app) / median(plain)).toFixed(2)} |`);
}
bareServer.close();

// Search latency: real key presses, from keydown to the end of the next frame, with the
// CPU slowed 4x (scripts/keystroke.mjs), and the same key presses in a bare page.
const { openSearch, typeQueries, describe } = await import('./keystroke.mjs');
for (const bare of [false, true]) {
  const typing = await openSearch(browser, `http://127.0.0.1:${port}`, { bare });
  const measured = await typeQueries(typing.page, { rounds: 2, address: !bare });
  await typing.context.close();
  console.log(`\nSearch, keystroke to painted frame (4x CPU throttling)${bare ? ', a bare page with only a text box' : ''}: ${describe(measured)}`);
}
await browser.close();
server.close();

// Lighthouse 12.2.3 with its default (mobile, simulated throttling) settings, on the
// pages as built and the same pages with every script removed, side by side, served by
// Debian's nginx with deploy/nginx.conf (gzip_static); once for each build given.
const LH_CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = [['performance', 'perf'], ['accessibility', 'a11y'], ['best-practices', 'best pr.'], ['seo', 'SEO']];
const builds = [[dist, 'SITE_ORIGIN unset']];
if (originDist) builds.push([originDist, `SITE_ORIGIN=${siteOriginOf(originDist)}`]);
const variants = [];
let nginxPort = 4192;
for (const [root, label] of builds) {
  const stripped = root === dist ? bare : await withoutScripts(root);
  variants.push({ label, kind: 'app', root, port: nginxPort++ });
  variants.push({ label, kind: 'scripts removed', root: stripped, port: nginxPort++ });
}
const servers = [];
for (const variant of variants) servers.push(await startNginx(variant.root, variant.port));
const results = new Map();
try {
  for (const path of PAGES) {
    for (let i = 0; i < lhRuns; i++) {
      for (const variant of variants) {
        const key = `${path} ${variant.label} ${variant.kind}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await lighthouse(`http://127.0.0.1:${variant.port}${path}`));
      }
    }
  }
} finally {
  for (const server of servers) await server.stop();
}
console.log(`\n## Lighthouse 12.2.3, mobile defaults with simulated throttling (median of ${lhRuns}, nginx with deploy/nginx.conf, loopback)\n`);
const ms = (n) => `${Math.round(n)} ms`;
for (const path of PAGES) {
  console.log(`\n### ${path}\n`);
  console.log(`| build | page | ${CATEGORIES.map(([, short]) => short).join(' | ')} | FCP | LCP | TBT | transfer |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const ratios = [];
  for (const { label } of variants.filter((v) => v.kind === 'app')) {
    const lcp = {};
    for (const kind of ['app', 'scripts removed']) {
      const list = results.get(`${path} ${label} ${kind}`);
      const m = (f) => median(list.map(f));
      lcp[kind] = m((r) => r.lcp);
      console.log(`| ${label} | ${kind} | ${CATEGORIES.map(([id]) => m((r) => r.scores[id])).join(' | ')} | ${ms(m((r) => r.fcp))} | ${ms(lcp[kind])} | ${ms(m((r) => r.tbt))} | ${kib(m((r) => r.bytes))} |`);
    }
    ratios.push(`${(lcp.app / lcp['scripts removed']).toFixed(2)} (${label})`);
  }
  console.log(`\nLCP app / scripts removed: ${ratios.join(', ')}`);
}
// Every audit that fell short in any run, with where.
const short = new Map();
for (const [key, list] of results) {
  for (const run of list) {
    for (const audit of run.failing) {
      if (!short.has(audit)) short.set(audit, new Set());
      short.get(audit).add(key);
    }
  }
}
console.log('\nAudits that fell short in any run (scored: below 1; unscored: below 0.9):' + (short.size ? '' : ' none'));
for (const [audit, where] of [...short].sort()) console.log(`- ${audit}: ${[...where].join('; ')}`);
for (const variant of variants) if (variant.kind === 'scripts removed') rmSync(variant.root, { recursive: true, force: true });

/** A copy of a built site with every script removed from its pages (and their
 * compressed copies remade, so nginx's gzip_static serves the stripped page). */
async function withoutScripts(root) {
  const out = join(root, '..', `${root.replace(/\/$/, '')}-noscript`);
  rmSync(out, { recursive: true, force: true });
  cpSync(root, out, { recursive: true });
  const strip = async (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) await strip(path);
      else if (path.endsWith('.html')) {
        const html = readFileSync(path, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
        writeFileSync(path, html);
        // Compressed the way the build compresses (Zopfli), so both copies are sent alike.
        if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, await gzipAsync(Buffer.from(html), { numiterations: 5 }));
        if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(html));
      }
    }
  };
  await strip(out);
  return out;
}

/** The origin a build's canonical links name (its robots.txt's Sitemap line). */
function siteOriginOf(root) {
  const line = readFileSync(join(root, 'robots.txt'), 'utf8').match(/^Sitemap: (https?:\/\/[^/\s]+)/m);
  if (!line) throw new Error(`${root} was not built with SITE_ORIGIN: its robots.txt names no sitemap`);
  return line[1];
}

/** scripts/nginx.sh in the background, resolved once it answers. */
async function startNginx(root, port) {
  const child = spawn('bash', ['scripts/nginx.sh', root, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((done) => child.once('exit', done));
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    if (tries > 100 || child.exitCode !== null) throw new Error(`nginx did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { stop: async () => { child.kill('SIGTERM'); await exited; } };
}

/** One Lighthouse run in a fresh Chromium (Debian's, never a downloaded one). */
function lighthouse(url) {
  const args = [url, '--output=json', '--output-path=stdout', '--quiet',
    `--chrome-flags=${LH_CHROME_FLAGS.join(' ')}`, `--only-categories=${CATEGORIES.map(([id]) => id).join(',')}`];
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/lighthouse', args, {
      env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} on ${url}`));
      const lhr = JSON.parse(out);
      if (lhr.runtimeError) return reject(new Error(`lighthouse on ${url}: ${lhr.runtimeError.message}`));
      // Scored audits below full marks, and unscored ones (diagnostics, opportunities)
      // that Lighthouse itself would show as failed (below 0.9).
      const failing = [];
      for (const [id, category] of Object.entries(lhr.categories)) {
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (audit.score === null) continue;
          if (ref.weight > 0 && audit.score < 1) failing.push(`${id}/${ref.id}`);
          else if (ref.weight === 0 && audit.score < 0.9) failing.push(`${id}/${ref.id} (unscored)`);
        }
      }
      resolve({
        scores: Object.fromEntries(CATEGORIES.map(([id]) => [id, Math.round(lhr.categories[id].score * 100)])),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        bytes: lhr.audits['total-byte-weight'].numericValue,
        failing,
      });
    });
  });
}
