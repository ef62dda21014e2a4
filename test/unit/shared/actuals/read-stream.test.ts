import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_EXPORT_BYTES,
  readExportBytes,
  readExportStream,
} from '../../../../shared/actuals/read-export';

const fixturesDir = new URL('../../../fixtures/crm/', import.meta.url);
const fixtures = readdirSync(fixturesDir).filter((name) => /\.(csv|xlsx)$/.test(name));

/** The bytes as a stream of chunks of the given size, as a file arrives from disk. */
function streamOf(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function bothWays(bytes: Uint8Array, chunkSize: number) {
  return {
    whole: await readExportBytes(bytes),
    streamed: await readExportStream(streamOf(bytes, chunkSize), bytes.byteLength),
  };
}

describe('an export read as it arrives reads as the same export read whole', () => {
  it.each(fixtures)('%s, in chunks of 1, 3, 1,000 and 65,536 bytes', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, fixturesDir)));
    for (const chunkSize of [1, 3, 1000, 65_536]) {
      const { whole, streamed } = await bothWays(bytes, chunkSize);
      expect(whole.problems).toEqual([]);
      expect(streamed).toEqual(whole);
    }
  });

  it('accents split between two chunks, with and without the UTF-8 mark', async () => {
    const text = 'Record ID,Nombre,Ciudad\r\n1,Begoña Núñez,Cádiz\r\n2,José Ñúñez,Logroño\r\n';
    for (const withMark of [false, true]) {
      const body = new TextEncoder().encode(text);
      const bytes = withMark ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
      for (const chunkSize of [1, 2, 5, 33]) {
        const { whole, streamed } = await bothWays(bytes, chunkSize);
        expect(streamed).toEqual(whole);
        expect(streamed.table?.rows[0]).toEqual(['1', 'Begoña Núñez', 'Cádiz']);
        expect(streamed.encoding).toBe('utf-8');
      }
    }
  });

  it('Windows-1252 found after the first chunks decoded as UTF-8 is read whole, as Windows-1252', async () => {
    // "Muñoz" in Windows-1252: ñ is the single byte 0xF1, not UTF-8.
    const ascii = new TextEncoder().encode('Record ID,Name\r\n' + '1,Smith\r\n'.repeat(50));
    const bytes = new Uint8Array([...ascii, ...new TextEncoder().encode('2,Mu'), 0xf1, 0x6f, 0x7a]);
    const { whole, streamed } = await bothWays(bytes, 16);
    expect(streamed).toEqual(whole);
    expect(streamed.encoding).toBe('windows-1252');
    expect(streamed.table?.rows.at(-1)).toEqual(['2', 'Muñoz']);
  });

  it('refuses as the whole read does: empty, binary, a ZIP that is no workbook, too large', async () => {
    const cases = [
      new Uint8Array([]),
      new Uint8Array([0x41, 0x2c]),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]),
    ];
    for (const bytes of cases) {
      for (const chunkSize of [1, 4, 64]) {
        const { whole, streamed } = await bothWays(bytes, chunkSize);
        expect(streamed).toEqual(whole);
        expect(streamed.problems.length).toBeGreaterThan(0);
      }
    }
    const huge = await readExportStream(streamOf(new Uint8Array(8), 8), MAX_EXPORT_BYTES + 1);
    expect(huge.problems).toEqual([{ code: 'tooLarge', megabytes: 201, maxMegabytes: 200 }]);
  });

  it('a file the browser hands over reads as its bytes do', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('hubspot-contacts-utf16.csv', fixturesDir)));
    const file = new Blob([bytes]);
    expect(await readExportStream(file.stream(), file.size)).toEqual(await readExportBytes(bytes));
  });
});
