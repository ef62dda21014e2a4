import { createHash } from 'node:crypto';
import { checkLogo, isLogoRefusal, type LogoType } from '../../shared/branding/logo-check';
import { DomainError, missing } from '../../shared/domain/errors';
import type { Db } from './db';

/** Logos in the library: checked by content before they are kept, kept once by their hash. */
export class ImageService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(base64: string): { id: string; type: LogoType } {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    const checked = checkLogo(bytes);
    if (isLogoRefusal(checked)) {
      const { code, ...values } = checked;
      throw new DomainError('INVALID_INPUT', `not a logo the app takes (${code})`, {
        code,
        values,
      });
    }
    const id = createHash('sha256').update(bytes).digest('hex');
    this.db
      .prepare(
        'INSERT INTO images (id, type, bytes, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      )
      .run(id, checked.type, Buffer.from(bytes), this.now().toISOString());
    return { id, type: checked.type };
  }

  get(id: string): { type: LogoType; base64: string } {
    const row = this.db
      .prepare<[string], { type: LogoType; bytes: Buffer }>(
        'SELECT type, bytes FROM images WHERE id = ?',
      )
      .get(id);
    if (!row) throw missing('image', id);
    return { type: row.type, base64: row.bytes.toString('base64') };
  }
}
