// Search latency as a reader feels it: real key presses (trusted events sent through the
// DevTools protocol, as a keyboard would), each measured in the page from the keydown
// event's own timestamp to the end of the first frame rendered after it, with the CPU
// slowed down by the DevTools protocol (Emulation.setCPUThrottlingRate).
//
// End of the frame: a requestAnimationFrame callback runs at the start of the next frame's
// rendering, before its style, layout and paint; a message posted from that callback is
// delivered only once that rendering is done. So the figure covers the event handlers,
// the app's reactive updates (microtasks), style, layout and paint of the frame that
// shows the result. Each frame is also checked against the page once it has settled: a
// frame whose count or rows on the screen differ from the settled page's (rendering
// deferred past the frame) is counted as stale.
// The Event Timing API gives a second, browser-side figure for the same key presses
// (keydown to next paint, rounded to 8 ms; only entries of 16 ms and more are reported).
//
// Used by scripts/bench.mjs and scripts/trace-keystroke.mjs.

// Queries a reader types (and pastes): a code, words, misspellings, an error message,
// nothing found; each one typed key by key into an emptied box.
export const QUERIES = ['4', '41', 'auth', 'retry-after', 'too large', 'legnth', 'PayloadTooLargeError: request entity too large',
  'nginx 413', 'slow down', 'zzz', 'client closed request', 'sign in', 'precondtion'];

const PROBE = () => {
  window.__keystrokes = [];
  window.__slowEvents = [];
  const snapshot = () => {
    // The count and the rows on the screen (rows further down may come a frame later).
    // Rows are measured down to the first one below the screen only: measuring a row
    // the browser skips (content-visibility) would make it lay that row out.
    const shown = [];
    for (const e of document.querySelectorAll('#search-results [role="gridcell"] .code-number, .code-table tbody tr .code-number')) {
      if (e.getBoundingClientRect().top >= innerHeight) break;
      shown.push(e.textContent);
    }
    return `${document.getElementById('filter-status')?.textContent}|${shown.join(',')}`;
  };
  window.__snapshot = snapshot;
  let pending = null;
  addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const record = { start: event.timeStamp, input: false, key: event.key };
    pending = record;
    performance.mark('keystroke-start');
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (!record.input) return;
        record.end = performance.now();
        performance.mark('keystroke-end');
        record.frame = snapshot();
        window.__keystrokes.push(record);
      };
      channel.port2.postMessage(null);
    });
  }, true);
  addEventListener('input', (event) => {
    if (event.isTrusted && pending) {
      pending.input = true;
      pending.value = event.target.value;
    }
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') window.__slowEvents.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
};

export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// The same box and count in a page of their own: what typing costs with no app at all,
// the floor of this measurement on this machine (input handling and waiting for a frame).
const BARE = '<!DOCTYPE html><html lang="en" data-app="ready"><title>bare</title><input id="filter-q"><p id="filter-status">0</p></html>';

/** Opens `/` (or, with `bare`, a page holding only a text box) in a fresh page with the CPU throttled, ready for typing. */
export async function openSearch(browser, origin, { throttle = 4, bare = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(PROBE);
  if (bare) await page.route(`${origin}/bare`, (route) => route.fulfill({ contentType: 'text/html', body: BARE }));
  await page.goto(`${origin}/${bare ? 'bare' : ''}`);
  await page.waitForSelector('html[data-app="ready"]');
  // The app builds its search index shortly after it is up; let it.
  await page.waitForTimeout(1500);
  await page.locator('#filter-q').focus();
  return { context, page, cdp };
}

/**
 * Types every query key by key, each into an emptied box (select all, Backspace: that
 * keystroke is measured too), `rounds` times. Returns the latencies in ms, the Event
 * Timing durations of 16 ms and more, how many measured frames were stale and (with
 * `address`) how often the address had not caught up with the box `pause` ms later.
 */
export async function typeQueries(page, { rounds = 2, queries = QUERIES, pause = 60, address = true } = {}) {
  let done = 0;
  let behind = 0;
  const settled = [];
  const key = async (press) => {
    await press();
    done += 1;
    await page.waitForFunction((n) => window.__keystrokes.length >= n, done);
    // A reader's next key comes later than this; meanwhile the page settles.
    await page.waitForTimeout(pause);
    const now = await page.evaluate(() => ({
      shown: window.__snapshot(),
      // The address must have caught up with the box by now.
      behind: (new URLSearchParams(location.search).get('q') ?? '') !== document.getElementById('filter-q').value,
    }));
    settled.push(now.shown);
    if (address) behind += now.behind;
  };
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const current = await page.locator('#filter-q').inputValue();
      if (current !== '') {
        await page.keyboard.press('Control+A');
        await key(() => page.keyboard.press('Backspace'));
      }
      for (const ch of query) await key(() => page.keyboard.type(ch));
    }
  }
  await page.waitForTimeout(500);
  const { keystrokes, events } = await page.evaluate(() => ({ keystrokes: window.__keystrokes, events: window.__slowEvents }));
  const latencies = keystrokes.map((k) => k.end - k.start);
  // The Event Timing entries of the measured key presses (not of Control and the like).
  const slow = events.filter((e) => keystrokes.some((k) => Math.abs(k.start - e.start) < 0.01)).map((e) => e.duration);
  const stale = keystrokes.filter((k, i) => k.frame !== settled[i]).length;
  return { latencies, slow, stale, behind, pause, values: keystrokes.map((k) => k.value) };
}

/** One line for the bench's output. */
export function describe({ latencies, slow, stale, behind, pause }) {
  const n = latencies.length;
  const over = latencies.filter((x) => x >= 16).length;
  const eventP95 = slow.length > n * 0.05 ? `${percentile([...slow, ...Array(n - slow.length).fill(0)], 0.95)} ms` : '< 16 ms';
  return `median ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, worst ${Math.max(...latencies).toFixed(1)} ms `
    + `(${n} key presses, ${over} at 16 ms or more, ${stale} frames not yet showing the result, ${behind} addresses behind the box ${pause} ms later); `
    + `Event Timing keydown to next paint: p95 ${eventP95} (${slow.length} of ${n} at 16 ms or more)`;
}
