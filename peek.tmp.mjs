import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:8080/');
await page.waitForTimeout(2000);
console.log(await page.evaluate(() => [document.documentElement.dataset.app, document.querySelectorAll('#app').length, document.querySelectorAll('h1').length]));
await browser.close();
