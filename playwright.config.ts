import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// NOVAEVO_CHROMIUM when set; else Debian's Chromium where installed (CI, this workplace);
// else Playwright's own browser on a developer machine that ran `npx playwright install`.
// scripts/check-system.mjs looks in the same places before the tests start.
const debianChromium = '/usr/bin/chromium';
const chromiumPath =
  process.env.NOVAEVO_CHROMIUM ?? (existsSync(debianChromium) ? debianChromium : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'browser-host', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
