// Code pages as a developer reads them: answers first, every section, highlighted and
// copyable snippets in remembered tabs, anchors, theme and print, and a search that
// knows legacy names and header names.
import { test, expect, codes, appReady, rowCodes } from './support.js';

// In reading order: the answers first, the reference after.
const SECTIONS = [
  ['what-to-do', 'What to do'],
  ['how-to-choose', 'How to choose'],
  ['example', 'Example'],
  ['headers', 'Headers'],
  ['caching', 'Caching and retry'],
  ['how-to', 'How to return it'],
  ['specification', 'Specification'],
  ['meaning', "The guide's meaning"],
];

const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test('each code page answers first, then shows every section with the catalogue data', async ({ page }) => {
  for (const code of codes) {
    await page.goto(`/codes/${code.code}/`);
    // Positions are measured on the page the app has taken over, not on nodes it replaces.
    await appReady(page);
    await expect(page.locator('.summary')).toHaveText(code.summary);
    const present = SECTIONS.filter(([id]) => id !== 'headers' || code.headers.length);
    let previous = -1;
    for (const [id, name] of present) {
      const heading = page.locator(`#${id}-heading`);
      await expect(heading, `${code.code}: ${name}`).toContainText(name);
      const y = await top(heading);
      expect(y, `${code.code}: ${name} comes after the section before it`).toBeGreaterThan(previous);
      previous = y;
    }
    await expect(page.locator('.answer').first()).toContainText(code.if_received.slice(0, 40));
    await expect(page.locator('.visitor p')).toHaveText(code.visitor);
    await expect(page.locator('#example pre')).toHaveText(code.example.replace(/^\n+|\n+$/g, ''));
    const specLinks = page.locator('.specs a');
    await expect(specLinks).toHaveCount(code.specs.length);
    await expect(specLinks.first()).toHaveAttribute('href', code.specs[0].url);
    await expect(specLinks.first()).toHaveText(`RFC ${code.specs[0].rfc} §${code.specs[0].section}`);
    if (code.headers.length) {
      await expect(page.locator('.headers-table tbody tr')).toHaveCount(code.headers.length);
      for (const header of code.headers.filter((h) => h.requirement)) {
        await expect(page.locator('.headers-table tbody tr', { has: page.locator(`code:text-is("${header.name}")`) })).toContainText(header.requirement);
      }
    }
    await expect(page.locator('#caching .facts')).toContainText(
      !code.storable ? 'MUST NOT store' : code.cacheable_by_default ? 'Yes: heuristically cacheable' : 'No:',
    );
    await expect(page.locator('#how-to [role="tab"]')).toHaveCount(6);
    await expect(page.locator('#how-to [role="tabpanel"]:visible pre')).toHaveText(code.how_to.javascript.snippet);
    await expect(page.locator('.related li')).toHaveCount(code.related.length);
    for (const related of code.related.filter((r) => codes.some((c) => c.code === r.code))) {
      await expect(page.locator(`.related a[href="/codes/${related.code}/"]`)).toHaveCount(1);
    }
  }
});

test('code is highlighted, in both themes, with colours that differ from the text', async ({ page }) => {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/codes/429/');
    await appReady(page);
    for (const cls of ['tok-k', 'tok-s', 'tok-n']) {
      await expect(page.locator(`#how-to [role="tabpanel"]:visible .${cls}, #example .${cls}`).first()).toBeVisible();
    }
    const [token, text] = await page.locator('#example .tok-n').first().evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(el.closest('pre')).color,
    ]);
    expect(token, scheme).not.toBe(text);
  }
});

for (const width of [390, 1366]) {
  test(`no copy button covers its code at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/codes/429/', '/codes/416/', '/codes/401/']) {
      await page.goto(path);
      await appReady(page);
      const blocks = page.locator('.snippet:visible');
      for (let i = 0; i < (await blocks.count()); i += 1) {
        const block = blocks.nth(i);
        const button = (await block.locator('.copy-button').boundingBox());
        const code = (await block.locator('pre').boundingBox());
        const overlaps = button.x < code.x + code.width && code.x < button.x + button.width
          && button.y < code.y + code.height && code.y < button.y + button.height;
        expect(overlaps, `${path} block ${i}`).toBe(false);
      }
    }
  });
}

test('the snippet language is a tab, kept across pages and reloads, and keyboard-driven', async ({ page }) => {
  await page.goto('/codes/405/');
  await appReady(page);
  await page.getByRole('tab', { name: /Python/ }).click();
  await expect(page.locator('#how-to [role="tabpanel"]:visible pre')).toHaveText(codes.find((c) => c.code === 405).how_to.python.snippet);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Go/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Go/ })).toHaveAttribute('aria-selected', 'true');
  await page.goto('/codes/429/');
  await appReady(page);
  await expect(page.getByRole('tab', { name: /^Go/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#how-to [role="tabpanel"]:visible pre')).toHaveText(codes.find((c) => c.code === 429).how_to.go.snippet);
});

test('every section heading has a working anchor, and the title a copy-link button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/codes/404/');
  await appReady(page);
  const anchors = page.locator('main section > h2 > a.anchor');
  // The heading's name is its title alone: the link wraps the title.
  await expect(page.getByRole('heading', { name: 'Caching and retry', exact: true })).toBeVisible();
  expect(await anchors.count()).toBeGreaterThanOrEqual(7);
  for (const href of await anchors.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  await page.locator('#caching-heading a.anchor').click();
  await expect(page).toHaveURL(/\/codes\/404\/#caching$/);
  await expect(page.locator('#caching-heading')).toBeInViewport();
  await page.getByRole('button', { name: /Copy link/ }).click();
  await expect(page.getByRole('button', { name: /Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the theme switch applies at once and survives a reload with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/codes/404/');
  await appReady(page);
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.locator('#theme').selectOption('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(light);
  // Record the theme at the very first frame of the next load, before any paint.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      window.__firstFrame = [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).colorScheme];
    });
  });
  await page.reload();
  // The load event can come before the first frame: wait for the frame, then read it.
  await page.waitForFunction(() => window.__firstFrame !== undefined);
  expect(await page.evaluate(() => window.__firstFrame)).toEqual(['dark', 'dark']);
  await appReady(page);
  await expect(page.locator('#theme')).toHaveValue('dark');
  await page.locator('#theme').selectOption('system');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});

test('the print stylesheet hides navigation and buttons and wraps code', async ({ page }) => {
  await page.goto('/codes/429/');
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  expect(await page.locator('#example pre').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
});

test('current and legacy names are both on the page', async ({ page }) => {
  await page.goto('/codes/413/');
  await expect(page.locator('h1')).toHaveText('413 Content Too Large');
  await expect(page.locator('p.other-names')).toContainText('Payload Too Large');
  await expect(page.locator('p.other-names')).toContainText('Request Entity Too Large');
  await page.goto('/codes/418/');
  await expect(page.locator('h1')).toHaveText("418 I'm a teapot");
  await expect(page.locator('#meaning .facts')).toContainText('(Unused)');
  await page.goto('/codes/422/');
  await expect(page.locator('h1')).toHaveText('422 Unprocessable Content');
  await expect(page.locator('p.other-names')).toContainText('Unprocessable Entity');
});

test('copy buttons put the snippet on the clipboard, then offer to copy again', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const code = codes.find((c) => c.code === 413);
  await page.goto('/codes/413/');
  await appReady(page);
  const panel = page.locator('#how-to [role="tabpanel"]:visible');
  await panel.getByRole('button', { name: /Copy/ }).click();
  await expect(panel.getByRole('button')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.how_to.javascript.snippet);
  await expect(panel.getByRole('button')).toContainText('Copy', { timeout: 5000 });
  await expect(panel.getByRole('button')).not.toContainText('Copied');

  await page.getByRole('tab', { name: /C#/ }).click();
  const csharp = page.locator('#how-to [role="tabpanel"]:visible');
  await csharp.getByRole('button', { name: /Copy/ }).click();
  await expect(csharp.getByRole('button')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.how_to.csharp.snippet);

  const example = page.locator('#example');
  await example.getByRole('button', { name: /Copy/ }).click();
  await expect(example.getByRole('button')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.example.replace(/^\n+|\n+$/g, ''));
});

test('the filter finds codes by legacy name and by header name', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const search = async (words) => {
    await page.locator('#filter-q').fill(words);
    return rowCodes(page);
  };
  expect((await search('Request Entity Too Large'))[0]).toBe(413);
  expect((await search('Unprocessable Entity'))[0]).toBe(422);
  expect((await search('Requested Range'))[0]).toBe(416);
  const retryAfter = await search('Retry-After');
  expect(retryAfter).toContain(413);
  expect(retryAfter).toContain(429);
  expect((await search('WWW-Authenticate'))[0]).toBe(401);
  expect(await search('Early-Data')).toContain(425);
});

test('every group page exists for the groups beyond the common four', async ({ page }) => {
  await page.goto('/');
  const more = page.locator('.groups h3 + .group-cards a');
  expect(await more.count()).toBeGreaterThan(0);
  const links = await more.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const link of links) {
    const response = await page.goto(link);
    expect(response.status()).toBe(200);
    await expect(page.locator('.lead')).not.toBeEmpty();
  }
});

test('a code page links its JSON, and the link leaves the app for the file', async ({ page }) => {
  await page.goto('/codes/451/');
  await appReady(page);
  const link = page.getByRole('link', { name: 'This code as JSON' });
  await expect(link).toHaveAttribute('href', '/codes/451.json');
  const [response] = await Promise.all([page.waitForResponse('**/codes/451.json'), link.click()]);
  expect(response.status()).toBe(200);
  expect((await response.json()).code).toBe(451);
});
