/**
 * A logo a consultant or a client gives the app, checked by its content, never by its name:
 * a PNG, or an SVG drawing with nothing in it that runs or reaches out. It is refused with
 * the reason rather than cleaned, so what is printed is exactly the file that was chosen.
 */
export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoType = 'image/png' | 'image/svg+xml';

export type LogoRefusal =
  | { code: 'logo.tooLarge'; kilobytes: number; maxKilobytes: number }
  | { code: 'logo.notImage' }
  | { code: 'logo.svgScript' }
  | { code: 'logo.svgExternal' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What runs inside an SVG: scripts, event handlers, javascript: links, embedded HTML. */
const RUNS = [
  /<script\b/i,
  /\son[a-z]+\s*=/i,
  /javascript\s*:/i,
  /<foreignObject\b/i,
  /<(iframe|embed|object)\b/i,
  /<!ENTITY/i,
];
/** What reaches outside it: links and references to anything but its own parts. */
const REACHES_OUT = [
  /\b(?:xlink:)?href\s*=\s*(?:"(?!#)|'(?!#)|(?!["'#]))/i,
  /url\(\s*(?:"(?!#)|'(?!#)|(?!["'#]))/i,
  /@import\b/i,
  /<!DOCTYPE[^>]*(SYSTEM|PUBLIC)/i,
];

export function checkLogo(bytes: Uint8Array): { type: LogoType } | LogoRefusal {
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return {
      code: 'logo.tooLarge',
      kilobytes: Math.ceil(bytes.byteLength / 1024),
      maxKilobytes: MAX_LOGO_BYTES / 1024,
    };
  }
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return { type: 'image/png' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 'logo.notImage' };
  }
  if (!/<svg[\s>]/i.test(text)) return { code: 'logo.notImage' };
  if (RUNS.some((pattern) => pattern.test(text))) return { code: 'logo.svgScript' };
  if (REACHES_OUT.some((pattern) => pattern.test(text))) return { code: 'logo.svgExternal' };
  // An SVG is XML whose root is <svg>: after any prolog, comments and a plain doctype.
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*>/i, '')
    .trim();
  if (!/^<svg[\s>]/i.test(body) || !/<\/svg\s*>$/i.test(body)) return { code: 'logo.notImage' };
  return { type: 'image/svg+xml' };
}

export function isLogoRefusal(result: ReturnType<typeof checkLogo>): result is LogoRefusal {
  return 'code' in result;
}
