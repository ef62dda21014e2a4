import { createHash } from 'node:crypto';
import { checkLogo, isLogoRefusal, type LogoType } from '../../shared/branding/logo-check';
import { DomainError } from '../../shared/domain/errors';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import type { Db } from './db';
import type { FileImages } from './plan-file';

/**
 * The library's images table, shared by the logo methods and plan files (which carry the
 * client's logo with the plan): every image is checked by content before it is kept, and
 * kept once, under the SHA-256 of its bytes.
 */
export function putImage(db: Db, bytes: Uint8Array, now: Date): { id: string; type: LogoType } {
  const checked = checkLogo(bytes);
  if (isLogoRefusal(checked)) {
    const { code, ...values } = checked;
    throw new DomainError('INVALID_INPUT', `not a logo the app takes (${code})`, { code, values });
  }
  const id = createHash('sha256').update(bytes).digest('hex');
  db.prepare(
    'INSERT INTO images (id, type, bytes, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  ).run(id, checked.type, Buffer.from(bytes), now.toISOString());
  return { id, type: checked.type };
}

export function readImage(db: Db, id: string): { type: LogoType; base64: string } | null {
  const row = db
    .prepare<[string], { type: LogoType; bytes: Buffer }>(
      'SELECT type, bytes FROM images WHERE id = ?',
    )
    .get(id);
  return row ? { type: row.type, base64: row.bytes.toString('base64') } : null;
}

/** The images a plan's file carries with it: its client's logo, when the library has it. */
export function imagesOfPlan(db: Db, doc: PlanDoc): FileImages {
  const logo = doc.clientLogoId === null ? null : readImage(db, doc.clientLogoId);
  return logo && doc.clientLogoId ? { [doc.clientLogoId]: logo } : {};
}

/**
 * Keeps a plan file's images (each checked as any logo is) and returns the plan pointing
 * only at those it kept: a logo the file does not carry is not shown.
 */
export function keepImagesOfPlan(db: Db, doc: PlanDoc, images: Uint8Array[], now: Date): PlanDoc {
  const kept = new Set(images.map((bytes) => putImage(db, bytes, now).id));
  const logo = doc.clientLogoId !== null && kept.has(doc.clientLogoId) ? doc.clientLogoId : null;
  return { ...doc, clientLogoId: logo };
}
