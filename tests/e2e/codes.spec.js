// Code pages as a developer reads them: every section, copyable snippets, and a filter
// that knows legacy names and header names.
import { test, expect, codes, appReady, rowCodes } from './support.js';

const SECTIONS = [
  'Meaning',
  'Seeing this as a visitor?',
  'Example',
  'Headers',
  'Caching and retry',
  'Specification',
  'How to return it',
  'Related codes and how to choose',
];

test('each code page shows every section with the catalogue data', async ({ page }) => {
  for (const code of codes) {
    await page.goto(`/codes/${code.code}/`);
    for (const name of SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true }), `${code.code}: ${name}`).toBeVisible();
    }
    await expect(page.locator('.visitor p')).toHaveText(code.visitor);
    await expect(page.locator('section:has(#example-heading) pre')).toHaveText(code.example.replace(/^\n+|\n+$/g, ''));
    const specLinks = page.locator('.specs a');
    await expect(specLinks).toHaveCount(code.specs.length);
    await expect(specLinks.first()).toHaveAttribute('href', code.specs[0].url);
    await expect(specLinks.first()).toHaveText(`RFC ${code.specs[0].rfc} §${code.specs[0].section}`);
    if (code.headers.length) {
      await expect(page.locator('.headers-table tbody tr')).toHaveCount(code.headers.length);
      for (const header of code.headers.filter((h) => h.requirement)) {
        await expect(page.locator('.headers-table tbody tr', { has: page.locator(`code:text-is("${header.name}")`) })).toContainText(header.requirement);
      }
    } else {
      await expect(page.locator('section:has(#headers-heading)')).toContainText('no particular header');
    }
    await expect(page.locator('.facts').last()).toContainText(code.cacheable_by_default ? 'Yes: heuristically cacheable' : 'No:');
    await expect(page.locator('.how-to dt')).toHaveCount(6);
    await expect(page.locator('.how-to pre').first()).toHaveText(code.how_to.javascript.snippet);
    await expect(page.locator('.related li')).toHaveCount(code.related.length);
    for (const related of code.related.filter((r) => codes.some((c) => c.code === r.code))) {
      await expect(page.locator(`.related a[href="/codes/${related.code}/"]`)).toHaveCount(1);
    }
  }
});

test('current and legacy names are both on the page', async ({ page }) => {
  await page.goto('/codes/413/');
  await expect(page.locator('h1')).toHaveText('413 Content Too Large');
  await expect(page.locator('p.other-names')).toContainText('Payload Too Large');
  await expect(page.locator('p.other-names')).toContainText('Request Entity Too Large');
  await page.goto('/codes/418/');
  await expect(page.locator('h1')).toHaveText("418 I'm a teapot");
  await expect(page.locator('.facts').first()).toContainText('(Unused)');
  await page.goto('/codes/422/');
  await expect(page.locator('h1')).toHaveText('422 Unprocessable Content');
  await expect(page.locator('p.other-names')).toContainText('Unprocessable Entity');
});

test('copy buttons put the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const code = codes.find((c) => c.code === 413);
  await page.goto('/codes/413/');
  await appReady(page);
  const javascript = page.locator('.how-to dd').first();
  await javascript.getByRole('button', { name: /Copy/ }).click();
  await expect(javascript.getByRole('button')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.how_to.javascript.snippet);

  const csharp = page.locator('.how-to dd').last();
  await csharp.getByRole('button', { name: /Copy/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.how_to.csharp.snippet);

  await page.locator('section:has(#example-heading)').getByRole('button', { name: /Copy/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.example.replace(/^\n+|\n+$/g, ''));
});

test('the filter finds codes by legacy name and by header name', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const search = async (words) => {
    await page.locator('#filter-q').fill(words);
    return rowCodes(page);
  };
  expect(await search('Request Entity Too Large')).toEqual([413]);
  expect(await search('Unprocessable Entity')).toContain(422);
  expect(await search('Requested Range')).toEqual([416]);
  const retryAfter = await search('Retry-After');
  expect(retryAfter).toContain(413);
  expect(retryAfter).toContain(429);
  expect(await search('WWW-Authenticate')).toContain(401);
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
