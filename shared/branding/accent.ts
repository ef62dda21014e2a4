/**
 * A brand's accent colour, kept legible on the white of the page: text and rules in it must
 * reach WCAG's 4.5:1 against white. A colour that does not is darkened, keeping its hue,
 * until it does; the brand's own colour is never printed where it would not read.
 */
export const ACCENT_PATTERN = /^#[0-9a-f]{6}$/i;
const MIN_CONTRAST = 4.5;

export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

export function readableAccent(hex: string): { color: string; adjusted: boolean } {
  if (contrastWithWhite(hex) >= MIN_CONTRAST) return { color: hex.toLowerCase(), adjusted: false };
  const [r, g, b] = channels(hex);
  for (let factor = 0.95; factor > 0; factor -= 0.05) {
    const darker = toHex([r * factor, g * factor, b * factor]);
    if (contrastWithWhite(darker) >= MIN_CONTRAST) return { color: darker, adjusted: true };
  }
  return { color: '#000000', adjusted: true };
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
