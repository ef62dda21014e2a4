import type { TFunction } from 'i18next';
import { MAX_LOGO_BYTES } from '../../../shared/branding/logo-check';

/**
 * A logo file chosen by the user, sent to the library to be checked and kept. Over the size
 * limit it is refused here, before its bytes are read; otherwise the library's refusal
 * (not an image, an SVG that runs or reaches out) comes back as the thrown error.
 */
export async function keepLogoFile(
  file: File,
  addImage: (base64: string) => Promise<{ id: string }>,
  t: TFunction,
): Promise<{ id: string } | { refused: string }> {
  if (file.size > MAX_LOGO_BYTES) {
    return {
      refused: t('refusals.logo.tooLarge', {
        kilobytes: Math.ceil(file.size / 1024),
        maxKilobytes: MAX_LOGO_BYTES / 1024,
      }),
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return addImage(btoa(binary));
}
