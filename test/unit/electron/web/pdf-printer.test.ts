import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../electron/web/pdf-printer';

const job = {
  path: '/plans/p1/report/A4/en/summary',
  paper: 'A4' as const,
  headerTemplate: '',
  footerTemplate: '',
};

describe('browser shell PDF printer', () => {
  it('says which browser path is wrong, and how to name another', async () => {
    const printer = createChromiumPrinter({
      appUrl: () => 'http://127.0.0.1:1/',
      browserPath: '/nowhere/chrome',
    });
    await expect(printer.print(job)).rejects.toThrow(
      'no browser at /nowhere/chrome; give the path of a Chrome, Chromium or Edge with --browser',
    );
    await printer.close();
  });
});
