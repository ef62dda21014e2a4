// Renders build/icon.svg to build/icon.png (1024×1024) with Chromium, for electron-builder,
// which derives the Windows .ico and macOS .icns from it. Run after editing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page
  .locator('svg')
  .screenshot({ path: new URL('./icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
