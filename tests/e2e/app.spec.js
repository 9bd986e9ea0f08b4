// The app as a reader uses it: every page by URL, the filter, navigation, bad input.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, codes, groups, appReady, rowCodes, chooseAnswers } from './support.js';

const COMMON = {
  validation: [400, 411, 413, 422],
  auth: [401, 403, 407],
  missing: [404, 410, 451],
  'rate-limits': [408, 425, 429],
};

test('the home page shows the guide, the groups and all 29 codes', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page).toHaveTitle('HTTP 4xx client error status codes · 4xx Guide');
  await expect(page.locator('h1')).toHaveText('4xx Client Error Status Codes');
  for (const heading of ['What 4xx means', 'Where 4xx responses appear', 'Implementation notes', 'Common 4xx groups']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText('documentation pages served as 200 OK')).toBeVisible();
  for (const [slug] of Object.entries(COMMON)) {
    await expect(page.locator(`.groups a[href="/groups/${slug}/"]`)).toHaveCount(1);
  }
  expect(await rowCodes(page)).toEqual(codes.map((c) => c.code));
  await expect(page.locator('#filter-status')).toHaveText('All 29 codes');
  await expect(page.locator('#filter-status')).toHaveAttribute('aria-live', 'polite');
  const row = page.locator('#row-429');
  await expect(row.getByRole('link', { name: 'Too Many Requests' })).toHaveAttribute('href', '/codes/429/');
});

test('every code page opened by URL shows its code, name and meaning', async ({ page }) => {
  for (const code of codes) {
    await page.goto(`/codes/${code.code}`);
    await expect(page.locator('h1')).toHaveText(`${code.code} ${code.name}`);
    await expect(page.locator('.meaning')).toHaveText(code.meaning);
    await expect(page).toHaveTitle(`${code.code} ${code.name} · 4xx Guide`);
  }
});

test('every group page opened by URL lists its codes', async ({ page }) => {
  for (const group of groups) {
    await page.goto(`/groups/${group.slug}/`);
    await expect(page.locator('h1')).toHaveText(group.name);
    await expect(page).toHaveTitle(`${group.name} · 4xx Guide`);
    const listed = await page.locator('.code-list .code-number').allInnerTexts();
    expect(listed.map(Number)).toEqual(group.codes);
  }
  for (const [slug, members] of Object.entries(COMMON)) {
    expect(groups.find((g) => g.slug === slug).codes).toEqual(members);
  }
});

test('a code page links its groups and its neighbours', async ({ page }) => {
  await page.goto('/codes/429/');
  await appReady(page);
  await expect(page.getByRole('list', { name: 'Groups' }).getByRole('link', { name: 'Rate limits and timing' })).toHaveAttribute('href', '/groups/rate-limits/');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/codes\/431\/$/);
  await expect(page.locator('h1')).toHaveText('431 Request Header Fields Too Large');
  await page.locator('a[rel="prev"]').click();
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText('428 Precondition Required');
});

test('typing filters instantly, keeps the filter in the URL and does not flood history', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const before = await page.evaluate(() => history.length);
  await page.locator('#filter-q').pressSequentially('41');
  await expect(page).toHaveURL(/\/\?q=41$/);
  // The registered codes in order, then Laravel's unofficial 419.
  expect(await rowCodes(page)).toEqual([410, 411, 412, 413, 414, 415, 416, 417, 418, 419]);
  await expect(page.locator('#filter-status')).toHaveText('10 codes match');
  await expect(page.locator('#result-419')).toContainText('not registered');
  expect(await page.evaluate(() => history.length)).toBe(before);

  await page.locator('#filter-q').fill('TEAPOT');
  expect((await rowCodes(page))[0]).toBe(418);
  await page.locator('#filter-q').fill('rate-limiting');
  expect(await rowCodes(page)).toContain(429);
});

test('results typed key by key are the results of the address, reasons and highlights included', async ({ page }) => {
  const results = () => page.locator('#search-results [role="gridcell"]').evaluateAll((cells) => cells.map((c) => c.innerHTML.replace(/<!--.*?-->/g, '')));
  for (const query of ['too large', 'retry-after', 'sign in']) {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    await appReady(page);
    const opened = await results();
    await page.goto('/');
    await appReady(page);
    await page.locator('#filter-q').pressSequentially(query);
    await expect(page).toHaveURL(`/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    expect(await results()).toEqual(opened);
  }
});

// Realistic queries of each kind: the right code comes first.
for (const [query, expected] of [
  ['legnth required', 411],
  ['precondtion', 412],
  ['slow down', 429],
  ['sign in', 401],
  ['PayloadTooLargeError: request entity too large', 413],
  ['nginx 413', 413],
  ['got a 429 from the API', 429],
  ['client_max_body_size', 413],
  ['client closed request', 499],
]) {
  test(`searching “${query}” puts ${expected} first, saying why`, async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    await appReady(page);
    await expect.poll(async () => (await rowCodes(page))[0]).toBe(expected);
    await expect(page.locator('#search-results [role="gridcell"]').first().locator('.result-summary')).not.toBeEmpty();
  });
}

test('the search is a combobox: arrows select, Enter opens, Esc clears, no mouse needed', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the codes' });
  await expect(box).toBeFocused();
  await page.keyboard.type('too large');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  // Read the rows once they answer the whole query, not a keystroke before it.
  await expect(page).toHaveURL(/[?&]q=too\+large(&|$)/);
  const codes = await rowCodes(page);
  await expect(box).toHaveAttribute('aria-activedescendant', `result-${codes[0]}`);
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', `result-${codes[1]}`);
  await expect(page.locator(`#result-${codes[1]}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#search-results [aria-selected="true"]')).toHaveCount(1);
  // A new query starts again at its best result, and only one result is ever selected.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('e');
  await expect(box).toHaveAttribute('aria-activedescendant', `result-${codes[0]}`);
  await expect(page.locator(`#result-${codes[0]}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#search-results [aria-selected="true"]')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results .match-why mark').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/codes/${codes[1]}/$`));
  await page.goBack();
  await appReady(page);
  await page.locator('#filter-q').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('#filter-q')).toHaveValue('');
  expect((await rowCodes(page)).length).toBe(29);
});

test('Enter right after typing opens the first result, with nothing left running on the page it left', async ({ page }) => {
  // The address catches up a frame after typing; Enter before that once left that
  // catch-up to run on the disposed search and panic (the fixture fails on console errors).
  for (let round = 0; round < 5; round++) {
    await page.goto('/');
    await appReady(page);
    await page.locator('#filter-q').focus();
    await page.keyboard.type('gone');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/codes\/410\/$/);
    await expect(page.locator('h1')).toHaveText('410 Gone');
    await page.waitForTimeout(100);
  }
});

test('when the address catches up with the box, the results stay those of the box', async ({ page }) => {
  // The address follows typing a frame later; it once brought back the previous
  // query's rows for a moment, and an arrow key pressed then lost its place.
  await page.goto('/');
  await appReady(page);
  await page.locator('#filter-q').focus();
  await page.keyboard.type('go');
  await expect(page).toHaveURL(/\?q=go$/);
  const before = await rowCodes(page);
  await page.evaluate(() => {
    window.addedRows = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.querySelectorAll) {
            for (const cell of node.querySelectorAll('[role="gridcell"]')) window.addedRows.push(Number(cell.id.slice('result-'.length)));
          }
        }
      }
    }).observe(document.getElementById('search-results'), { childList: true, subtree: true });
  });
  await page.keyboard.type('n');
  await expect(page).toHaveURL(/\?q=gon$/);
  await page.waitForTimeout(200);
  const after = await rowCodes(page);
  // Otherwise this would not tell a flash of the old rows from the new ones.
  expect(before.filter((code) => !after.includes(code)).length).toBeGreaterThan(0);
  const added = await page.evaluate(() => window.addedRows);
  expect(added.length).toBeGreaterThan(0);
  expect(added.filter((code) => !after.includes(code))).toEqual([]);
});

for (const [width, height] of [[390, 844], [1366, 768]]) {
  test(`a shared search link opens with the box and the first results in view at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?q=rate%20limit');
    await appReady(page);
    await expect(page.locator('#filter-q')).toBeInViewport();
    await expect(page.locator('#search-results [role="gridcell"]').first()).toBeInViewport();
    await expect(page.locator('#search-results [role="gridcell"]').nth(1)).toBeInViewport();
  });
}

test('the table shows one-line summaries, or the guide\'s full meanings with ?view=full', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const c402 = codes.find((c) => c.code === 402);
  await expect(page.locator('#row-402 .meaning-cell')).toHaveText(c402.summary);
  await page.getByRole('link', { name: "Show the guide's full meanings" }).click();
  await expect(page).toHaveURL(/\/\?view=full$/);
  await expect(page.locator('#row-402 .meaning-cell')).toHaveText(c402.meaning);
  await page.reload();
  await appReady(page);
  await expect(page.locator('#row-402 .meaning-cell')).toHaveText(c402.meaning);
});

test('pressing / jumps to the filter, but types a slash inside a field', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.keyboard.press('/');
  await expect(page.locator('#filter-q')).toBeFocused();
  await page.keyboard.type('4/1');
  await expect(page.locator('#filter-q')).toHaveValue('4/1');
});

test('the group selector narrows the table, and back and forward walk the filters', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.locator('#filter-group').selectOption('auth');
  await expect(page).toHaveURL(/\/\?group=auth$/);
  expect(await rowCodes(page)).toEqual([401, 403, 407]);
  await page.locator('#filter-group').selectOption('missing');
  expect(await rowCodes(page)).toEqual([404, 410, 451]);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?group=auth$/);
  expect(await rowCodes(page)).toEqual([401, 403, 407]);
  await expect(page.locator('#filter-group')).toHaveValue('auth');
  await page.goForward();
  await expect(page.locator('#filter-group')).toHaveValue('missing');
  expect(await rowCodes(page)).toEqual([404, 410, 451]);
});

test('a bookmarked filter URL restores the filter', async ({ page }) => {
  await page.goto('/?q=auth&group=auth');
  await appReady(page);
  await expect(page.locator('#filter-q')).toHaveValue('auth');
  await expect(page.locator('#filter-group')).toHaveValue('auth');
  const shown = await rowCodes(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const code of shown) expect([401, 403, 407]).toContain(code);
  await page.reload();
  await appReady(page);
  expect(await rowCodes(page)).toEqual(shown);
});

test('clicking a row opens the code page and Back returns to the filtered table', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.locator('#filter-q').fill('too large');
  await expect.poll(async () => (await rowCodes(page))[0]).toBe(413);
  const found = await rowCodes(page);
  expect(found).toContain(414);
  await page.locator('#result-414 a').click();
  await expect(page).toHaveURL(/\/codes\/414\/$/);
  await expect(page.locator('h1')).toHaveText('414 URI Too Long');
  await expect(page).toHaveTitle('414 URI Too Long · 4xx Guide');
  // Keyboard and screen-reader users start on the new page, as after a full load.
  await expect(page.locator('h1')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=too\+large$/);
  await expect(page.locator('#filter-q')).toHaveValue('too large');
  expect(await rowCodes(page)).toEqual(found);
});

test('no match gives a clear empty state that offers the guide and a way back', async ({ page }) => {
  await page.goto('/?q=zzzqqq');
  await appReady(page);
  await expect(page.locator('.code-table')).toHaveCount(0);
  await expect(page.locator('.empty-results')).toContainText('Nothing matches “zzzqqq”');
  await expect(page.locator('#filter-status')).toHaveText('No code matches');
  await expect(page.locator('.empty-results').getByRole('link', { name: 'Let the guide pick it' })).toHaveAttribute('href', '/choose/');
  await page.getByRole('link', { name: 'clear the search' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:4173\/$/);
  expect((await rowCodes(page)).length).toBe(29);
  await expect(page.locator('#filter-q')).toHaveValue('');
});

const BAD = [
  { path: '/codes/999', status: 404, heading: '999 is not an HTTP status code', suggests: [429, 431, 451] },
  { path: '/codes/4290', status: 404, heading: '4290 is not an HTTP status code', suggests: [428, 429, 431] },
  { path: '/419', status: 404, heading: '419 is not a registered 4xx code', suggests: [417, 418, 421] },
  { path: '/codes/599', status: 404, heading: '599 is not a client error', text: '5xx server error' },
  { path: '/codes/abc', status: 404, heading: '“abc” is not a status code' },
  { path: '/codes/%3Cscript%3E', status: 404, heading: '“<script>” is not a status code' },
  { path: '/groups/nope', status: 404, heading: 'There is no group “nope”', listsGroups: true },
  { path: '/anything/else', status: 404, heading: 'Page not found', text: '/anything/else', listsGroups: true },
];

// Numbers outside the registered codes get pages of their own, not the not-found page.
const BEYOND = [
  { path: '/codes/499', heading: '499 Client Closed Request', text: 'Not a registered status code.' },
  { path: '/codes/420/', heading: '420 Enhance Your Calm', text: 'Not a registered status code.' },
  { path: '/codes/427', heading: '427 is an unassigned 4xx code', text: 'unassigned in the IANA HTTP Status Code Registry' },
  { path: '/codes/502', heading: '502 Bad Gateway', text: '5xx server error' },
  { path: '/unofficial', heading: 'Unofficial 4xx codes', text: '444' },
];

for (const beyond of BEYOND) {
  test(`${beyond.path} opens by URL with its own page`, async ({ page }) => {
    const response = await page.goto(beyond.path);
    expect(response.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(beyond.heading);
    await expect(page.locator('main')).toContainText(beyond.text);
    await expect(page.locator('main')).not.toContainText('Go to the guide');
  });
}

for (const bad of BAD) {
  test(`bad input ${bad.path} gets a clear page`, async ({ page }) => {
    const response = await page.goto(bad.path);
    expect(response.status()).toBe(bad.status);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText(bad.heading);
    await expect(page.locator('main')).toContainText('Go to the guide');
    if (bad.suggests) {
      expect((await page.locator('.code-list .code-number').allInnerTexts()).map(Number)).toEqual(bad.suggests);
    }
    if (bad.text) await expect(page.locator('main')).toContainText(bad.text);
    if (bad.listsGroups) await expect(page.locator('.group-cards li')).toHaveCount(groups.length);
    // Text from the URL is shown as text: no element was made from it.
    expect(await page.locator('main script, main img').count()).toBe(0);
  });
}

test('a 5,000-character query and markup in the query are handled as text', async ({ page }) => {
  const long = 'x'.repeat(5000);
  await page.goto(`/?q=${long}`);
  await appReady(page);
  await expect(page.locator('.empty-results')).toContainText('Nothing matches');
  await expect(page.locator('#filter-q')).toHaveValue(long);

  await page.goto(`/?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await appReady(page);
  await expect(page.locator('.empty-results')).toContainText('“<script>alert(1)</script>”');
  expect(await page.locator('main script').count()).toBe(0);
});

test('a short URL leads to the code page', async ({ page }) => {
  await page.goto('/429');
  await expect(page).toHaveURL(/\/codes\/429\/?$/);
  await expect(page.locator('h1')).toHaveText('429 Too Many Requests');
});

test('the bare /codes/ and /groups/ folders lead to the lists on the home page', async ({ page }) => {
  for (const [path, anchor] of [['/codes/', 'codes-heading'], ['/groups', 'groups-heading']]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/#${anchor}$`));
    await appReady(page);
    await expect(page.locator(`#${anchor}`)).toBeInViewport();
  }
});

for (const path of ['/', '/codes/429/', '/groups/auth/', '/codes/999', '/codes/499/', '/unofficial/']) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

for (const path of ['/codes/%', '/codes/%E0%A4%A', '/%F0%9F%98%80/', '/?q=%', '/?q=%E0%A4&group=%', '/codes/429/extra', '/x//codes//429']) {
  test(`a malformed address ${path} still gets a page, never a crash`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
  });
}

test('dark mode passes axe too, colour contrast included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/codes/416/']) {
    await page.goto(path);
    await appReady(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('on a phone nothing overflows the screen sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/codes/451/', '/groups/auth/', '/codes/%3Cscript%3E']) {
    await page.goto(path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

// One page of every kind, in both themes: the home page searching and not, a code, a
// group, the guide's first question and an answer, the checker, the unofficial list and
// codes, an unassigned number, another class, and a not-found page.
for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations on a page of every kind in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const paths = ['/', '/?q=too%20big', '/?view=full', '/codes/429/', '/groups/auth/', '/choose/', '/check/',
      '/unofficial/', '/codes/499/', '/codes/427/', '/codes/502/', '/nope'];
    const answer = chooseAnswers.at(-1);
    for (const path of [...paths, answer]) {
      await page.goto(path);
      await appReady(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  });
}
