// Shared pieces of the browser suite: the Chromium launch options, the catalogue as the
// build wrote it, and a `page` that fails the test on any console error, uncaught page
// error or Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** The catalogue as the build published it (generated from data/catalog.toml). */
export const catalogue = JSON.parse(readFileSync(join(ROOT, 'dist', 'codes.json'), 'utf8'));
export const codes = catalogue.codes;
export const groups = catalogue.groups;

/** Every step of /choose/ after the start, as the build wrote them (the sitemap that
 * lists them exists only in a build with SITE_ORIGIN). */
export const chooseSteps = readdirSync(join(ROOT, 'dist', 'choose'), { recursive: true })
  .filter((file) => file.endsWith('index.html') && file !== 'index.html')
  .map((file) => `/choose/${file.slice(0, -'index.html'.length)}`)
  .sort();
/** The steps that are answers (a code to return), not questions. */
export const chooseAnswers = chooseSteps.filter((path) =>
  /<article class="[^"]*\bchoose-answer\b/.test(readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8')));

/** Records CSP violations in the page, from before any of its scripts run. */
export const CSP_PROBE = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
};

export async function watchPage(page) {
  const problems = [];
  await page.addInitScript(CSP_PROBE);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A not-found page is served with a real 404 status, which Chromium logs against
    // the document itself. That one is intended; any other failed load is not.
    const own404 = /status of 404/.test(message.text()) && message.location().url === page.url();
    if (!own404) problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = await watchPage(page);
    await use(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect([...problems, ...violations.map((v) => `CSP violation: ${v}`)]).toEqual([]);
  },
});

export { expect };

/** Waits until the wasm app has taken over the prerendered page. */
export async function appReady(page) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
}

/** The codes shown, in order: the ranked results while searching, else the table. */
export function rowCodes(page) {
  return page
    .locator('#search-results [role="gridcell"] .code-number, .code-table tbody tr .code-number')
    // textContent, not innerText: rows off the screen are not laid out (content-visibility),
    // and innerText reads layout.
    .allTextContents()
    .then((t) => t.map((text) => Number(text.trim())));
}
