// The two tools: "Which 4xx should I return?" (/choose/) and the response checker (/check/).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady, chooseSteps } from './support.js';

const axeClean = async (page) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
};

/** Opens the checker, once the app runs it, and checks `text` as a reader would. */
async function checkPaste(page, text) {
  await page.goto('/check/');
  await appReady(page);
  await page.locator('#paste').fill(text);
  await page.getByRole('button', { name: 'Check' }).click();
}

test('a bookmarked /choose step opens on that step with JavaScript off, as a page of links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/choose/');
  const first = await page.locator('h1').innerText();
  const option = page.locator('.choose-options a').first();
  const next = await option.getAttribute('href');
  await option.click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  const second = await page.locator('h1').innerText();
  expect(second).not.toBe(first);
  // The same step opened straight from its address, as a bookmark would.
  await page.goto(next);
  await expect(page.locator('h1')).toHaveText(second);
  await context.close();
});

test('answering walks forward and Back walks the steps in the app', async ({ page }) => {
  await page.goto('/choose/');
  await appReady(page);
  const start = await page.locator('h1').innerText();
  const visited = [start];
  // Follow the first option until an answer page, at most ten steps.
  for (let i = 0; i < 10 && (await page.locator('.choose-options a').count()) > 0; i++) {
    await page.locator('.choose-options a').first().click();
    await expect(page.locator('h1')).not.toHaveText(visited[visited.length - 1]);
    visited.push(await page.locator('h1').innerText());
  }
  await expect(page.locator('.choose-answer')).toHaveCount(1);
  await axeClean(page);
  for (let i = visited.length - 2; i >= 0; i--) {
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(visited[i]);
  }
  await axeClean(page);
});

test('a recommended code leads to its page, and 418 is marked as never recommended', async ({ page }) => {
  await page.goto('/choose/');
  await appReady(page);
  const answers = chooseSteps;
  expect(answers.length).toBeGreaterThan(20);
  let teapot = false;
  for (const path of answers) {
    await page.goto(path);
    if ((await page.locator('.choose-answer').count()) === 0) continue;
    const code = await page.locator('.choose-code').innerText();
    if (code === '418') {
      teapot = true;
      await expect(page.locator('.choose-answer [role="note"]')).toContainText(/never/i);
    }
  }
  expect(teapot).toBe(true);
});

const NGINX_405 = [
  'HTTP/1.1 405 Not Allowed',
  'Server: nginx/1.22.1',
  'Content-Type: text/html',
  'Content-Length: 157',
  '',
  '<html><head><title>405 Not Allowed</title></head><body><center><h1>405 Not Allowed</h1></center></body></html>',
].join('\r\n');

test('a pasted response gets findings, and its #r= link reproduces them after reload and offline', async ({ page }) => {
  await page.goto('/check/');
  await appReady(page);
  await page.locator('#paste').fill(NGINX_405);
  await page.getByRole('button', { name: 'Check' }).click();
  const results = page.locator('.check-results');
  await expect(results).toContainText('405');
  await expect(results).toContainText('Allow');
  await expect(results.locator('blockquote').first()).not.toBeEmpty();
  await expect(results.locator('a[href*="rfc-editor.org/rfc/rfc9110#section-"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\/check\/#r=/);
  const shared = page.url();
  const findings = await results.innerText();
  await axeClean(page);

  await page.reload();
  await appReady(page);
  await expect(page.locator('.check-results')).toHaveText(findings, { useInnerText: true });
  // A textarea's value has its line breaks as LF, whatever was pasted.
  await expect(page.locator('#paste')).toHaveValue(NGINX_405.replaceAll('\r\n', '\n'));

  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await page.context().setOffline(true);
  await page.goto('about:blank');
  await page.goto(shared);
  await appReady(page);
  await expect(page.locator('.check-results')).toHaveText(findings, { useInnerText: true });
  await page.context().setOffline(false);
});

test('text that is not an HTTP response gets a clear answer, never a blank page', async ({ page }) => {
  await page.goto('/check/');
  await appReady(page);
  for (const text of ['hello world', '\u0000\u0001\u0002binary', 'x'.repeat(200_000)]) {
    await page.locator('#paste').fill(text);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.locator('.check-results')).not.toBeEmpty();
    await expect(page.locator('h1')).toHaveText('Check a response');
  }
});

test('an HTTP client\'s error message is no response, but its status leads to the code', async ({ page }) => {
  await checkPaste(page, 'System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).');
  await expect(page.locator('.check-results .notice')).toContainText('not an HTTP response');
  await page.locator('.check-results .notice').getByRole('link', { name: 'What 429 means' }).click();
  await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
});

test('headers copied without a status line get the checks that need no status', async ({ page }) => {
  // How Chromium's "Copy response headers" gives an HTTP/2 response: no status line.
  await checkPaste(page, 'content-type: application/json\ncontent-type: text/plain\ndate: Tue, 28 Oct 2025 09:30:07 GMT\nx-cache: Error from cloudfront\n');
  await expect(page.locator('.check-results .notice')).toContainText('no status code');
  await expect(page.locator('.check-results')).toContainText('Response headers');
  await expect(page.locator('.check-results')).toContainText('No status code was pasted');
  await expect(page.locator('.check-results')).toContainText('content-type is sent 2 times');
});

test('a browser\'s CORS error is named as such, and its 4xx leads to the code', async ({ page }) => {
  await checkPaste(page, "Access to fetch at 'https://api.example/me' from origin 'https://app.example' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nGET https://api.example/me net::ERR_FAILED 401 (Unauthorized)");
  await expect(page.locator('.check-results .notice')).toContainText("the browser's CORS error");
  await page.locator('.check-results .notice').getByRole('link', { name: 'What 401 means' }).click();
  await expect(page.locator('h1')).toHaveText('401 Unauthorized');
});
