import { defineConfig } from '@playwright/test';
import { findChromium } from '../../build/find-chromium.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  // Two minutes: on a slow 2-core machine, tests that take 40 s on a faster one took up to
  // 66 s beside another; the heaviest set their own, longer limits.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'browser-shell', use: { browserName: 'chromium' } }],
});
