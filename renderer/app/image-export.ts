import { toPng, toSvg } from 'html-to-image';
import { saveBlob } from './download';

/** Presentation properties a CSS class may set on SVG; copied inline so the file stands alone. */
const SVG_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * An SVG drawn by the app (the funnel chart) as a standalone vector file:
 * the styles its CSS classes give each element are written onto the element,
 * so it looks the same in a browser, a slide deck or a vector editor.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(element);
    const style = SVG_STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Rasterizes an SVG file at twice its size (sharp on a projector and in slides). */
export async function pngFromSvg(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * An HTML element (the funnel map) as PNG or SVG, with html-to-image. `style`
 * places the content in the image, e.g. the whole graph rather than the part
 * on screen.
 */
export async function saveElementImage(
  element: HTMLElement,
  format: 'png' | 'svg',
  fileName: string,
  options: { width: number; height: number; style: Partial<CSSStyleDeclaration> },
): Promise<void> {
  const settings = { ...options, backgroundColor: '#ffffff', pixelRatio: 2 };
  // html-to-image copies computed styles onto HTML elements but not onto the
  // shapes inside an <svg> (React Flow's edges), which would lose their stroke:
  // write those styles inline for the capture, then put the page back.
  const shapes = [...element.querySelectorAll<SVGElement>('svg *')];
  const before = shapes.map((shape) => shape.getAttribute('style'));
  for (const shape of shapes) {
    const computed = getComputedStyle(shape);
    const inline = SVG_STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`);
    shape.setAttribute('style', `${shape.getAttribute('style') ?? ''};${inline.join(';')}`);
  }
  try {
    const dataUrl =
      format === 'png' ? await toPng(element, settings) : await toSvg(element, settings);
    saveBlob(fileName, dataUrlToBlob(dataUrl));
  } finally {
    shapes.forEach((shape, i) => {
      const style = before[i];
      if (style === null || style === undefined) shape.removeAttribute('style');
      else shape.setAttribute('style', style);
    });
  }
}

/** A data: URL as a Blob, decoded here: the CSP lets nothing fetch data: URLs. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const head = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = head.split(';')[0] ?? 'application/octet-stream';
  if (head.endsWith(';base64')) {
    return new Blob([Uint8Array.from(atob(body), (c) => c.charCodeAt(0))], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
