// The browser suite: Debian's Chromium (never a downloaded browser) against the release
// build served by a plain static server with no rewrite rules, and by a real nginx.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, ROOT } from './support.js';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.js',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    browserName: 'chromium',
    launchOptions: CHROMIUM,
  },
  webServer: [
    { command: 'node scripts/static-server.mjs dist 4173', url: 'http://127.0.0.1:4173/', cwd: ROOT, reuseExistingServer: false },
    {
      command: 'node scripts/static-server.mjs dist-subpath 4174 --base /4xx-guide',
      url: 'http://127.0.0.1:4174/4xx-guide/',
      cwd: ROOT,
      reuseExistingServer: false,
    },
    // The same build behind Debian's nginx with deploy/nginx.conf (nginx.spec.js).
    { command: 'bash scripts/nginx.sh dist 4186', url: 'http://127.0.0.1:4186/', cwd: ROOT, reuseExistingServer: false },
  ],
});
