// What a reader does before the app takes over the prerendered page is kept: typed text,
// the caret and focus, the scroll position, open disclosures; the search form and links
// work as plain HTML meanwhile. Each test holds the wasm back until the reader has acted.
import { test, expect, appReady, rowCodes } from './support.js';

/** Holds every request for the wasm until `release()` is called. */
async function holdTheApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('typed text, its caret and focus survive the takeover, and the app then filters by it', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/');
  const box = page.locator('#filter-q');
  await box.click();
  await box.pressSequentially('teapot');
  await box.press('ArrowLeft');
  await box.press('ArrowLeft');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(page.locator('#filter-q')).toHaveValue('teapot');
  await expect(page.locator('#filter-q')).toBeFocused();
  expect(await page.locator('#filter-q').evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([4, 4]);
  await expect(page).toHaveURL(/[?&]q=teapot/);
  await expect.poll(() => rowCodes(page)).toEqual([418]);
});

test('the scroll position survives the takeover', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  const release = await holdTheApp(page);
  await page.goto('/codes/429/');
  await page.evaluate(() => window.scrollTo(0, 900));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(800);
  release();
  await appReady(page);
  await page.waitForTimeout(100);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('an open disclosure stays open over the takeover', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/codes/429/');
  const details = page.locator('main details').first();
  await expect(details).toHaveCount(1);
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  release();
  await appReady(page);
  await expect(page.locator('main details').first()).toHaveAttribute('open', '');
});

test('Enter before the takeover submits a real search, which the app then shows', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/codes/404/');
  const box = page.getByRole('searchbox').first();
  await box.fill('teapot');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/\?q=teapot$/);
  release();
  await appReady(page);
  await expect.poll(() => rowCodes(page)).toEqual([418]);
  await expect(page.locator('#filter-q')).toHaveValue('teapot');
});

test('a link clicked before the takeover is a normal navigation', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/');
  await page.locator('a[href="/codes/429/"]').first().click();
  await expect(page).toHaveURL(/\/codes\/429\/$/);
  await expect(page.locator('h1')).toContainText('429');
  release();
  await appReady(page);
  await expect(page.locator('h1')).toContainText('429');
});

test('static sections keep their prerendered content over the takeover, and render when navigated to', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/codes/429/');
  const prerendered = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('#app section[id]')];
    for (const section of sections) section.firstElementChild.dataset.mark = 'prerendered';
    return sections.map((s) => [s.id, s.textContent]);
  });
  release();
  await appReady(page);
  const after = await page.evaluate(() =>
    [...document.querySelectorAll('#app section[id]')].map((s) => [s.id, s.textContent, s.firstElementChild.dataset.mark ?? 'rendered']));
  // Same sections, same text; the static ones are the very nodes the page arrived with,
  // and the ones with controls (copy buttons, tabs) are the app's own.
  expect(after.map(([id, text]) => [id, text])).toEqual(prerendered);
  const origin = Object.fromEntries(after.map(([id, , mark]) => [id, mark]));
  for (const id of ['what-to-do', 'how-to-choose', 'headers', 'caching', 'specification', 'meaning']) {
    expect(origin[id], id).toBe('prerendered');
  }
  expect(origin.example).toBe('rendered');
  expect(origin['how-to']).toBe('rendered');
  await page.locator('#tab-python').click();
  await expect(page.locator('#panel-python')).toBeVisible();
  // Another code page and back, in the app: every section rendered, with its own content.
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toContainText('431');
  await expect(page.locator('#what-to-do')).toContainText('If you received it');
  await page.goBack();
  await expect(page.locator('h1')).toContainText('429');
  const back = await page.evaluate(() => [...document.querySelectorAll('#app section[id]')].map((s) => [s.id, s.textContent]));
  expect(back).toEqual(prerendered);
});
