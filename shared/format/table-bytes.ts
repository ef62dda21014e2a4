/**
 * Bytes → text. A UTF-16 byte-order mark (Excel's "Unicode text") is honoured;
 * valid UTF-8 is read as such; anything else is read as Windows-1252, what Excel
 * set to Spanish saves as "CSV" by default, and said so, so the screen can show the
 * first names for the user to check the accents. NUL bytes mean a binary file such
 * as an .xlsx saved under a .csv name (TypeError).
 */
export function decodeTableBytes(bytes: Uint8Array): {
  text: string;
  legacyEncoding: 'windows-1252' | null;
} {
  const bom16 = utf16Mark(bytes);
  let text: string;
  let legacyEncoding: 'windows-1252' | null = null;
  try {
    text = new TextDecoder(bom16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (bom16) throw error;
    text = new TextDecoder('windows-1252').decode(bytes);
    legacyEncoding = 'windows-1252';
  }
  if (text.includes('\u0000')) throw new TypeError('binary file');
  return { text, legacyEncoding };
}

/** The UTF-16 a byte-order mark at the start says the bytes are in, if they begin with one. */
export function utf16Mark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}
