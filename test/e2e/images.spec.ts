import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { typeInto } from './support/typing';

async function save(page: Page, button: Locator, copyTo: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = (await file.path())!;
  mkdirSync('test-results/screens', { recursive: true });
  copyFileSync(path, `test-results/screens/${copyTo}`);
  return readFileSync(path);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the funnel map and chart are saved as PNG and SVG', async ({ page, library }) => {
  await library.open();
  await library.createPlan('Picture plan');
  await page.getByRole('link', { name: 'Funnel' }).click();
  await typeInto(page.getByLabel('Revenue target per month (USD)'), '600000');
  await typeInto(page.getByLabel('Average deal size (USD)'), '20000');

  const mapPng = await save(
    page,
    page.getByRole('button', { name: 'Save the funnel map as PNG' }),
    'funnel-map.png',
  );
  expect(pngSize(mapPng).width).toBeGreaterThanOrEqual(1200);
  const mapSvg = (
    await save(
      page,
      page.getByRole('button', { name: 'Save the funnel map as SVG' }),
      'funnel-map.svg',
    )
  ).toString('utf8');
  expect(mapSvg).toContain('<svg');
  expect(mapSvg).toContain('Inquiry');
  // Handoff lines keep their stroke (React Flow draws them as SVG inside the HTML map).
  expect(mapSvg).toMatch(/<path[^>]*react-flow__edge-path[^>]*stroke:\s*rgb\(51, 65, 85\)/);

  const chartSvg = (
    await save(
      page,
      page.getByRole('button', { name: 'Save the funnel chart as SVG' }),
      'funnel-chart.svg',
    )
  ).toString('utf8');
  expect(chartSvg).toMatch(/^<\?xml/);
  expect(chartSvg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(chartSvg).toContain('Closed/Won');
  expect(chartSvg).not.toContain('class=');
  const chartPng = await save(
    page,
    page.getByRole('button', { name: 'Save the funnel chart as PNG' }),
    'funnel-chart.png',
  );
  expect(pngSize(chartPng).width).toBeGreaterThan(600);
});
