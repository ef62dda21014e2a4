import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { makeTempDir } from '../../../helpers/temp-dir';
import { solidPng } from '../../../helpers/png';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
});
afterEach(() => {
  library.close();
  dir.remove();
});

const count = () =>
  (library.db.prepare('SELECT count(*) AS n FROM images').get() as { n: number }).n;

describe('logos in the library', () => {
  it('are kept once by their content and read back byte for byte', () => {
    const png = solidPng(4, 2, [0, 120, 200]).toString('base64');
    const first = library.dispatch('images.add', { base64: png });
    const again = library.dispatch('images.add', { base64: png });
    expect(first).toMatchObject({ ok: true, value: { type: 'image/png' } });
    expect(again).toEqual(first);
    expect(count()).toBe(1);
    const id = (first as { value: { id: string } }).value.id;
    expect(library.dispatch('images.get', { id })).toEqual({
      ok: true,
      value: { type: 'image/png', base64: png },
    });
  });

  it('refuse a file that is not a logo, with the reason, keeping nothing', () => {
    const svg = (inner: string) =>
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`).toString('base64');
    const cases: Array<[string, string]> = [
      [svg('<script>fetch("/api")</script>'), 'logo.svgScript'],
      [svg('<image href="https://example.com/pixel.png"/>'), 'logo.svgExternal'],
      [Buffer.from('GIF89a').toString('base64'), 'logo.notImage'],
    ];
    for (const [base64, code] of cases) {
      const result = library.dispatch('images.add', { base64 });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', refusal: { code } },
      });
    }
    expect(count()).toBe(0);
  });
});
