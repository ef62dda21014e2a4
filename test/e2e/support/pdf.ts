import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reading a printed PDF back as its reader sees it: its text, and its pages' colours. */

/** Each page rendered at 50 dpi as PPM: its raw RGB bytes, three a pixel. */
function rgbPages(path: string): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pixels-'));
  execFileSync('pdftoppm', ['-r', '50', path, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ppm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      // "P6\n<width> <height>\n255\n" then width × height × 3 bytes.
      const header = bytes.subarray(0, 20).toString('latin1').split(/\s+/);
      return bytes.subarray(bytes.length - Number(header[1]) * Number(header[2]) * 3);
    });
}

/**
 * Renders each page of a PDF as PPM (a header, then raw RGB bytes) and counts, per page,
 * pixels of the forecast bands' blue (#3b82f6) and of dark ink.
 */
export function chartColours(path: string): Array<{ blue: number; dark: number }> {
  return rgbPages(path).map((pixels) => {
    let blue = 0;
    let dark = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (Math.abs(r - 59) < 25 && Math.abs(g - 130) < 25 && Math.abs(b - 246) < 25) blue++;
      else if (r < 60 && g < 60 && b < 60) dark++;
    }
    return { blue, dark };
  });
}

/**
 * The same pages printed in black and white (PGM: a header, then one grey byte a pixel):
 * per page, pixels of mid grey, which the forecast's blue becomes, and of dark ink.
 */
export function greyTones(path: string): Array<{ mid: number; dark: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-grey-'));
  execFileSync('pdftoppm', ['-gray', '-r', '50', path, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const header = bytes.subarray(0, 20).toString('latin1').split(/\s+/);
      const start = bytes.length - Number(header[1]) * Number(header[2]);
      let mid = 0;
      let dark = 0;
      for (let i = start; i < bytes.length; i++) {
        const grey = bytes[i]!;
        if (grey >= 95 && grey <= 150) mid++;
        else if (grey < 60) dark++;
      }
      return { mid, dark };
    });
}

/** The PDF's text, laid out as on the page. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Per page (at 50 dpi), how many pixels are of a colour: a logo, an accent, a chart band. */
export function pixelsLike(
  path: string,
  [red, green, blue]: [number, number, number],
  tolerance = 30,
): number[] {
  return rgbPages(path).map((pixels) => {
    let count = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) {
      if (
        Math.abs(pixels[i]! - red) < tolerance &&
        Math.abs(pixels[i + 1]! - green) < tolerance &&
        Math.abs(pixels[i + 2]! - blue) < tolerance
      ) {
        count++;
      }
    }
    return count;
  });
}
