import type { LogoType } from '../../shared/branding/logo-check';
import { missing } from '../../shared/domain/errors';
import type { Db } from './db';
import { putImage, readImage } from './image-store';

/** Logos in the library: checked by content before they are kept, kept once by their hash. */
export class ImageService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(base64: string): { id: string; type: LogoType } {
    return putImage(this.db, new Uint8Array(Buffer.from(base64, 'base64')), this.now());
  }

  get(id: string): { type: LogoType; base64: string } {
    const image = readImage(this.db, id);
    if (!image) throw missing('image', id);
    return image;
  }
}
