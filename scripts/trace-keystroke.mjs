// Where a keystroke's time goes on `/`: types the bench's queries key by key in headless
// Chromium with the CPU throttled 4x, records a performance trace (CDP Tracing) and a
// sampled CPU profile (CDP Profiler) meanwhile, and adds up the renderer main thread's
// time inside each keystroke's window (keydown to the end of the frame after it, marked
// by scripts/keystroke.mjs) by kind: script (wasm, JS glue and the DOM calls it makes),
// style, layout, paint and the rest.
// Usage: node scripts/trace-keystroke.mjs [DIST] [ROUNDS] [TRACE_JSON_OUT] [QUERY,QUERY...]
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { startServer } from './static-server.mjs';
import { openSearch, typeQueries, percentile, describe } from './keystroke.mjs';

const dist = process.argv[2] ?? 'dist';
const rounds = Number(process.argv[3] ?? 1);
const out = process.argv[4];
const queries = process.argv[5]?.split(',');

// Trace event names by kind; an event of no listed name counts as its nearest listed
// ancestor's kind (its parent's, when nested), else as "other".
const KINDS = {
  script: ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'v8.callFunction',
    'V8.Execute', 'EvaluateScript', 'v8.evaluateModule', 'RunTask'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'InvalidateLayout', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'UpdateLayout', 'IntersectionObserverController::computeIntersections'],
  'paint, composite': ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'PaintImage',
    'Decode Image', 'ProxyMain::BeginMainFrame::commit'],
  gc: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GC_MC_BACKGROUND_MARKING', 'BlinkGC.AtomicPhase',
    'V8.GCIncrementalMarking', 'V8.GCCompactor', 'CppGC.AtomicPhase', 'ThreadState::performIdleLazySweep'],
  'frame, other': ['BeginMainThreadFrame', 'BeginFrame', 'HitTest', 'ParseHTML', 'ThreadControllerImpl::RunTask', 'ProxyMain::BeginMainFrame'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

// Any free port: the bench's fixed ones may be in use.
const server = await startServer({ root: dist, port: 0 });
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const { context, page, cdp } = await openSearch(browser, `http://127.0.0.1:${port}`);

const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute',
      'blink', 'cc', 'disabled-by-default-devtools.timeline.frame', 'toplevel'],
  },
});
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const measured = await typeQueries(page, { rounds, ...(queries && { queries }) });
const { profile } = await cdp.send('Profiler.stop');
if (out) writeFileSync(out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
await cdp.send('Tracing.end');
await traced;
await context.close();
await browser.close();
server.close();
if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));

// The renderer main thread of the page: the thread that carried the keystroke marks.
const marks = events.filter((e) => e.name === 'keystroke-start' || e.name === 'keystroke-end');
const pid = marks[0]?.pid;
const threads = events.filter((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name');
const main = threads.find((t) => t.args.name === 'CrRendererMain')?.tid;
const windows = [];
let start = null;
for (const mark of marks.sort((a, b) => a.ts - b.ts)) {
  if (mark.name === 'keystroke-start') start = mark.ts;
  else if (start !== null) {
    windows.push([start, mark.ts]);
    start = null;
  }
}

// Complete events of the main thread as a tree. Time is the thread's CPU time, counted in
// proportion to the part of each event that lies inside a window.
const slices = [];
const open = [];
for (const e of events.filter((x) => x.pid === pid && x.tid === main).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
  if (e.ph === 'X') slices.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
  else if (e.ph === 'B') open.push(e);
  else if (e.ph === 'E') {
    const b = open.pop();
    if (b) slices.push({ name: b.name, ts: b.ts, end: e.ts, cpu: e.tts !== undefined && b.tts !== undefined ? e.tts - b.tts : e.ts - b.ts });
  }
}
slices.sort((a, b) => a.ts - b.ts || b.end - a.end);
const stack = [];
for (const s of slices) {
  while (stack.length && stack.at(-1).end <= s.ts) stack.pop();
  s.parent = stack.at(-1) ?? null;
  s.kind = kindOf.get(s.name) ?? s.parent?.kind ?? null;
  s.children = [];
  s.parent?.children.push(s);
  stack.push(s);
}
const inWindow = ([ws, we], s) => (s.end > s.ts ? (s.cpu * Math.max(0, Math.min(s.end, we) - Math.max(s.ts, ws))) / (s.end - s.ts) : 0);
const inWindows = (s) => windows.reduce((sum, w) => sum + inWindow(w, s), 0);
const totals = {};
const byName = {};
for (const s of slices) {
  const self = Math.max(0, inWindows(s) - s.children.reduce((sum, c) => sum + inWindows(c), 0));
  const kind = s.kind ?? 'frame, other';
  totals[kind] = (totals[kind] ?? 0) + self;
  byName[s.name] = (byName[s.name] ?? 0) + self;
}
const busy = Object.values(totals).reduce((a, b) => a + b, 0);
const tops = slices.filter((s) => !s.parent);
const perWindow = windows.map((w) => tops.reduce((sum, s) => sum + inWindow(w, s), 0) / 1000);
// The same by window, for the slowest keystrokes.
const windowKinds = windows.map((w) => {
  const kinds = {};
  const names = {};
  for (const s of slices) {
    if (s.end <= w[0] || s.ts >= w[1]) continue;
    const self = Math.max(0, inWindow(w, s) - s.children.reduce((sum, c) => sum + inWindow(w, c), 0));
    kinds[s.kind ?? 'frame, other'] = (kinds[s.kind ?? 'frame, other'] ?? 0) + self;
    names[s.name] = (names[s.name] ?? 0) + self;
  }
  kinds.names = names;
  return kinds;
});
if (out) {
  writeFileSync(out.replace(/\.json$/, '.windows.json'), JSON.stringify(windowKinds.map((k, i) => ({ value: measured.values[i], cpu: perWindow[i], ...k }))));
}

// Script split by the CPU profile's samples inside the windows: wasm, the JS glue, the
// browser functions they call, garbage collection.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const split = {};
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if (!windows.some(([a, b]) => t >= a && t < b)) continue;
  const frame = byId.get(profile.samples[i]).callFrame;
  if (frame.functionName.startsWith('(') && frame.functionName !== '(garbage collector)') continue; // not script
  const where = /^wasm:|\.wasm$/.test(frame.url) ? 'wasm (the app: ranking, reactive updates, building views)'
    : frame.url ? 'JS (wasm-bindgen glue)' : frame.functionName === '(garbage collector)' ? 'garbage collection'
      : 'browser APIs called from script (DOM, history, timers)';
  split[where] = (split[where] ?? 0) + dt;
}

const n = windows.length;
const ms = (us) => `${(us / 1000 / n).toFixed(2)} ms`;
console.log(`${describe(measured)}\n`);
// (The throttling itself keeps the thread busy, so this is throttled time too; but unlike
// wall time it does not grow when other processes compete for the machine's cores.)
console.log(`Main-thread CPU time inside ${n} keystroke windows (keydown to the end of the next frame): `
  + `median ${percentile(perWindow, 0.5).toFixed(1)} ms, p95 ${percentile(perWindow, 0.95).toFixed(1)} ms per keystroke.\n`);
console.log('| kind | CPU per keystroke (mean) | share |\n|---|---|---|');
for (const [kind, us] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
  console.log(`| ${kind} | ${ms(us)} | ${((100 * us) / busy).toFixed(0)} % |`);
}
console.log('\nTrace events with the most self CPU time inside the windows:\n');
console.log('| event | CPU per keystroke (mean) |\n|---|---|');
for (const [name, us] of Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${name} | ${ms(us)} |`);
console.log('\nThe slowest keystrokes by CPU time (the box\'s value after each):\n');
console.log('| box | CPU | script | style | layout | paint, composite | other |\n|---|---|---|---|---|---|---|');
const order = perWindow.map((cpu, i) => [cpu, i]).sort((a, b) => b[0] - a[0]).slice(0, 8);
for (const [cpu, i] of order) {
  const k = windowKinds[i];
  const f = (x) => `${((x ?? 0) / 1000).toFixed(1)}`;
  console.log(`| "${measured.values[i]}" | ${cpu.toFixed(1)} | ${f(k.script)} | ${f(k.style)} | ${f(k.layout)} | ${f(k['paint, composite'])} | ${f((k['frame, other'] ?? 0) + (k.gc ?? 0))} |`);
}
const sampled = Object.values(split).reduce((a, b) => a + b, 0);
console.log('\nScript by the CPU profile\'s samples inside the windows:\n');
console.log('| where | share of script |\n|---|---|');
for (const [where, us] of Object.entries(split).sort((a, b) => b[1] - a[1])) {
  console.log(`| ${where} | ${((100 * us) / sampled).toFixed(1)} % |`);
}
