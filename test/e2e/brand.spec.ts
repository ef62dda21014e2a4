import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readableAccent } from '../../shared/branding/accent';
import { messages } from '../../shared/i18n';
import { solidPng } from '../helpers/png';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';
import { pdfText, pixelsLike } from './support/pdf';
import { planIn } from './support/plan-api';

const m = messages.es;
const svg = (inner: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`);

/**
 * A Spanish consultant sets their brand (name, logo, accent) and hands a client a PDF that
 * carries it; logos that are not images, or SVGs that run or reach out, are refused.
 */
test('a consultant’s brand on the PDF’s cover, header and presenter view', async ({
  page,
  shell,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { api, doc } = await planIn(shell, 'es', { name: 'Plan Globex', template: 'waterfall' });
  await page.goto(shell.url);
  await page.getByRole('button', { name: m.brand.open }).click();
  const dialog = page.getByRole('dialog', { name: m.brand.title });
  await dialog.getByLabel(m.brand.name).pressSequentially('Ñandú Consultores');

  // Hostile logos first: each refused with its reason, nothing kept.
  const refused: Array<[string, Buffer, string]> = [
    ['logo.svg', svg('<script>alert(1)</script>'), m.refusals.logo.svgScript],
    [
      'logo2.svg',
      svg('<image href="https://tracker.example/p.png"/>'),
      m.refusals.logo.svgExternal,
    ],
    ['logo.png', Buffer.from('%PDF-1.7 not an image'), m.refusals.logo.notImage],
  ];
  for (const [name, buffer, reason] of refused) {
    await chooseFile(page, m.brand.chooseLogo, { name, mimeType: 'image/png', buffer });
    await expect(dialog.getByRole('alert')).toHaveText(reason);
  }
  await expect(dialog.getByRole('img', { name: m.brand.logoPreview })).toHaveCount(0);

  await chooseFile(page, m.brand.chooseLogo, {
    name: 'ñandú.png',
    mimeType: 'image/png',
    buffer: solidPng(120, 40, [200, 0, 0]),
  });
  await expect(dialog.getByRole('img', { name: m.brand.logoPreview })).toBeVisible();
  // A yellow that would not read on white: a darker shade of it is used, and said.
  const accent = dialog.getByLabel(m.brand.accent);
  await accent.pressSequentially('#FFD400');
  const printedAccent = readableAccent('#ffd400').color;
  await expect(dialog.getByRole('status')).toHaveText(
    m.brand.accentAdjusted.replace('{{color}}', printedAccent),
  );
  await expectNoViolations(page, 'brand dialog (es)');
  await page.screenshot({ path: 'test-results/screens/brand-dialog-es.png' });
  await dialog.getByRole('button', { name: m.brand.save }).click();
  await expect(dialog).toBeHidden();
  const settings = await api<{ brand: { name: string; accent: string; logoId: string } }>(
    'settings.get',
    {},
  );
  expect(settings.brand).toMatchObject({ name: 'Ñandú Consultores', accent: '#ffd400' });
  expect(settings.brand.logoId).toMatch(/^[0-9a-f]{64}$/);

  // The client's logo, on the plan: a hostile one refused, a real one set, undone, set again.
  await page.goto(`${shell.url}#/plans/${doc.id}/overview`);
  await chooseFile(page, m.brand.chooseClientLogo, {
    name: 'cliente.svg',
    mimeType: 'image/svg+xml',
    buffer: svg('<rect onclick="steal()" width="10" height="10"/>'),
  });
  await expect(page.getByText(m.refusals.logo.svgScript)).toBeVisible();
  const clientLogo = {
    name: 'globex.png',
    mimeType: 'image/png',
    buffer: solidPng(90, 45, [0, 60, 220]),
  };
  await chooseFile(page, m.brand.chooseClientLogo, clientLogo);
  const logoAlt = m.brand.clientLogoOf.replace('{{client}}', m.brand.theClient);
  await expect(page.getByRole('img', { name: logoAlt })).toBeVisible();
  const logoOf = async () =>
    (await api<{ doc: { clientLogoId: string | null } }>('plans.get', { id: doc.id })).doc
      .clientLogoId;
  await expect.poll(logoOf).toMatch(/^[0-9a-f]{64}$/);
  await page.keyboard.press('Control+z');
  await expect.poll(logoOf).toBeNull();
  await expect(page.getByRole('img', { name: logoAlt })).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect.poll(logoOf).toMatch(/^[0-9a-f]{64}$/);
  await expectNoViolations(page, 'client logo (es)');

  // The PDF: "Preparado por" on the cover, the brand in every page's header, the logo's
  // red, the client's blue and the legible accent in the cover's pixels.
  const pdf = await api<{ base64: string }>('report.pdf', {
    id: doc.id,
    paper: 'A4',
    language: 'es',
    sections: ['summary', 'funnel'],
  });
  mkdirSync('test-results/brand', { recursive: true });
  const file = 'test-results/brand/plan.pdf';
  writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  const text = pdfText(file);
  expect(text).toContain('Preparado por Ñandú Consultores');
  expect(text.match(/Ñandú Consultores/g)?.length).toBeGreaterThanOrEqual(3);
  const [coverRed = 0, secondRed = 0] = pixelsLike(file, [200, 0, 0]);
  expect(coverRed).toBeGreaterThan(100);
  expect(secondRed).toBe(0);
  expect(pixelsLike(file, [0, 60, 220])[0]).toBeGreaterThan(100);
  const accentRgb = [1, 3, 5].map((i) => Number.parseInt(printedAccent.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  expect(pixelsLike(file, accentRgb, 12)[0]).toBeGreaterThan(50);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-f',
    '1',
    '-l',
    '1',
    file,
    'test-results/screens/brand-cover-es',
  ]);

  // The plan file carries the client's logo to another computer.
  const planFile = await api<{ content: string }>('plans.export', { id: doc.id });
  const copy = await api<{ doc: { clientLogoId: string | null } }>('plans.import', {
    content: planFile.content,
  });
  expect(copy.doc.clientLogoId).toBe(await logoOf());

  // The presenter view carries the logo and the name beside the plan.
  await page.goto(`${shell.url}#/plans/${doc.id}/present`);
  await expect(
    page.getByRole('img', { name: m.report.brandLogo.replace('{{name}}', 'Ñandú Consultores') }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: logoAlt })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/brand-presenter-es.png' });
});
