import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const [w, h, scheme] = process.argv[2].split('x');
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
page.on('pageerror', e => console.log('pageerror', e.message));
for (const url of process.argv.slice(3)) {
  await page.goto('http://127.0.0.1:8080' + url);
  await page.waitForSelector('html[data-app=ready]');
  if (url.includes('#')) await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shot-${w}-${url.replace(/\W/g,'_')}.png`, fullPage: process.env.FULL === '1' });
}
await browser.close();
