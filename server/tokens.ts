import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, as the device keeps them; the server keeps only their hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * An invite code a person can read out or type: 16 letters and digits in groups of four,
 * without the look-alikes (0/O, 1/I/L), about 80 bits.
 */
export function newInviteCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const letters = [...bytes].map((byte) => alphabet[byte % alphabet.length] ?? 'A');
  return [0, 4, 8, 12].map((at) => letters.slice(at, at + 4).join('')).join('-');
}

/** Codes are read back as typed: spaces and case do not matter. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
