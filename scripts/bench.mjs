// Size and speed figures for the release build in dist/. Prints a table; exits non-zero
// only when it cannot measure. Usage: node scripts/bench.mjs [DIST] [RUNS]
import { chromium } from '@playwright/test';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { startServer } from './static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 9);
const port = 4190;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Sizes on disk, raw and compressed as a host would send them.
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
  rows.push([label, kib(bytes.length), kib(gzipSync(bytes, { level: 9 }).length), kib(brotliCompressSync(bytes).length)]);
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
console.log('## Sizes (raw / gzip -9 / brotli)\n');
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
// What the service worker downloads in the background after the first visit.
const precached = JSON.parse(readFileSync(join(dist, 'sw.js'), 'utf8').match(/const PRECACHE = (\[.*?\]);/)[1]);
const fileOf = (url) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const precacheRaw = precached.reduce((sum, url) => sum + statSync(fileOf(url)).size, 0);
const precacheGzip = precached.reduce((sum, url) => sum + gzipSync(readFileSync(fileOf(url)), { level: 9 }).length, 0);
console.log(`\nWhole dist/: ${kib(total)}. Service-worker precache after the first visit: ${precached.length} URLs, ${kib(precacheRaw)} raw, ${kib(precacheGzip)} gzipped.\n`);

// Speed in Chromium, from a local static server (no network latency: these are the
// app's own costs). Each run is a fresh context, so nothing is cached.
const server = await startServer({ root: dist, port });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
    gzipped.push([...urls].reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p)), { level: 9 }).length, 0));
    fcp.push(timing.fcp);
    ready.push(timing.ready);
    await context.close();
  }
  console.log(`| ${path} | ${kib(median(transfer))} | ${kib(median(gzipped))} | ${median(fcp).toFixed(0)} ms | ${median(ready).toFixed(0)} ms |`);
}

// LCP side by side with the same pages with every script removed, in this run: the
// app must not make the content paint later than plain HTML would.
const bare = join(dist, '..', `${dist.replace(/\/$/, '')}-noscript`);
rmSync(bare, { recursive: true, force: true });
cpSync(dist, bare, { recursive: true });
const stripScripts = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) stripScripts(path);
    else if (path.endsWith('.html')) {
      writeFileSync(path, readFileSync(path, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
    }
  }
};
stripScripts(bare);
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
for (const path of ['/', '/codes/404/', '/groups/auth/', '/choose/', '/check/']) {
  const app = [], plain = [];
  for (let i = 0; i < runs; i++) {
    app.push(await lcpOf(`http://127.0.0.1:${port}`, path, 4));
    plain.push(await lcpOf(`http://127.0.0.1:${barePort}`, path, 4));
  }
  console.log(`| ${path} | ${median(app).toFixed(0)} ms | ${median(plain).toFixed(0)} ms | ${(median(app) / median(plain)).toFixed(2)} |`);
}
bareServer.close();
rmSync(bare, { recursive: true, force: true });

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
