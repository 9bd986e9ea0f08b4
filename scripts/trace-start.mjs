// Where the app's start spends the main thread: loads a page in headless Chromium (no CPU
// throttling, as Lighthouse's simulation observes it), records a trace, and lists every
// main-thread task over a threshold from first paint to a quiet second after the app is
// ready, with its biggest parts. Lighthouse counts 4x each task's time beyond 12.5 ms.
// Usage: node scripts/trace-start.mjs [DIST] [PATH] [RUNS] [MIN_MS (default 5)]
import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const path = process.argv[3] ?? '/';
const runs = Number(process.argv[4] ?? 3);
const minMs = Number(process.argv[5] ?? 5);
const server = await startServer({ root: dist, port: 0 });
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const totals = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'toplevel', 'loading'] },
  });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  const threads = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const mainPid = events.find((e) => e.name === 'app-ready')?.pid;
  const main = threads.find((t) => t.pid === mainPid)?.tid;
  const mine = events.filter((e) => e.pid === mainPid && e.tid === main && e.ph === 'X');
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === mainPid)?.ts ?? 0;
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.ts >= fcp && e.dur >= minMs * 1000).sort((a, b) => a.ts - b.ts);
  let blocking = 0;
  console.log(`run ${run + 1}: ${path}`);
  for (const t of tasks) {
    const ms = t.dur / 1000;
    blocking += Math.max(0, 4 * ms - 50);
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 1000);
    const parts = new Map();
    for (const e of inside) parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur / 1000);
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${d.toFixed(1)}`).join(', ');
    console.log(`  +${((t.ts - fcp) / 1000).toFixed(0)} ms: ${ms.toFixed(1)} ms  [${top}]`);
  }
  console.log(`  TBT as Lighthouse simulates it (4x): ${blocking.toFixed(0)} ms`);
  totals.push(blocking);
}
await browser.close();
server.close();
