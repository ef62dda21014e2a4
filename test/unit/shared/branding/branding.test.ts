import { describe, expect, it } from 'vitest';
import { contrastWithWhite, readableAccent } from '../../../../shared/branding/accent';
import { checkLogo, MAX_LOGO_BYTES } from '../../../../shared/branding/logo-check';
import { solidPng } from '../../../helpers/png';

const text = (value: string) => new TextEncoder().encode(value);
const png = () => new Uint8Array(solidPng());
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0a7"/></svg>';

describe('a logo is known by its content', () => {
  it('takes a PNG and a drawing-only SVG, whatever they are called', () => {
    expect(checkLogo(png())).toEqual({ type: 'image/png' });
    expect(checkLogo(text(`<?xml version="1.0"?>\n<!-- logo -->\n${SVG}\n`))).toEqual({
      type: 'image/svg+xml',
    });
    // Links to its own parts (a gradient) stay inside the drawing.
    const gradient = SVG.replace('fill="#0a7"', 'fill="url(#g)"').replace(
      '<rect',
      '<defs><linearGradient id="g"/></defs><use href="#g"/><rect',
    );
    expect(checkLogo(text(gradient))).toEqual({ type: 'image/svg+xml' });
  });

  it('refuses what is not a PNG or an SVG', () => {
    expect(checkLogo(text('%PDF-1.7 not a logo'))).toEqual({ code: 'logo.notImage' });
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      code: 'logo.notImage',
    });
    expect(checkLogo(text('<html><svg></svg></html>'))).toEqual({ code: 'logo.notImage' });
    expect(checkLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).toMatchObject({ code: 'logo.tooLarge' });
  });

  it('refuses an SVG with anything that runs', () => {
    for (const hostile of [
      SVG.replace('<rect', '<script>alert(1)</script><rect'),
      SVG.replace('<rect', '<rect onload="alert(1)"'),
      SVG.replace('<rect', '<a href="javascript:alert(1)"><rect/></a><rect'),
      SVG.replace('<rect', '<foreignObject><div>x</div></foreignObject><rect'),
      `<!DOCTYPE svg [<!ENTITY x "y">]>${SVG}`,
    ]) {
      expect(checkLogo(text(hostile)), hostile).toEqual({ code: 'logo.svgScript' });
    }
  });

  it('refuses an SVG that reaches outside itself', () => {
    for (const hostile of [
      SVG.replace('<rect', '<image href="https://tracker.example/p.png"/><rect'),
      SVG.replace('<rect', '<use xlink:href="other.svg#x"/><rect'),
      SVG.replace('fill="#0a7"', 'fill="url(https://example.com/x.svg#g)"'),
      SVG.replace('<rect', '<style>@import "https://example.com/x.css";</style><rect'),
    ]) {
      expect(checkLogo(text(hostile)), hostile).toEqual({ code: 'logo.svgExternal' });
    }
  });
});

describe('an accent colour stays legible on the page', () => {
  it('keeps a colour that reads on white, and darkens one that does not, keeping its hue', () => {
    expect(readableAccent('#1D4ED8')).toEqual({ color: '#1d4ed8', adjusted: false });
    const yellow = readableAccent('#ffd400');
    expect(yellow.adjusted).toBe(true);
    expect(contrastWithWhite(yellow.color)).toBeGreaterThanOrEqual(4.5);
    // Still a yellow-brown: red above green above blue.
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(yellow.color.slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(b!);
    expect(readableAccent('#ffffff').color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
