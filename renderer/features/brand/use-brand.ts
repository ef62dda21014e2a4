import { useEffect, useState } from 'react';
import { readableAccent } from '../../../shared/branding/accent';
import { useAppStore } from '../../store/store-context';

/** Logos read once per window: data URLs by image id. */
const logoUrls = new Map<string, string>();

export interface ShownBrand {
  name: string;
  /** The accent as printed: the brand's own, or a darker one where it would not read. */
  accent: string | null;
  logoUrl: string | null;
  /** False while the logo is still being read: a printer waits for it. */
  ready: boolean;
}

/** The consultant's brand as the report and the presenter view show it. */
export function useBrand(): ShownBrand {
  const brand = useAppStore((s) => s.settings.brand);
  const getImage = useAppStore((s) => s.getImage);
  const [loaded, setLoaded] = useState<{ id: string; url: string | null } | null>(null);
  const logoId = brand.logoId;

  useEffect(() => {
    if (logoId === null || logoUrls.has(logoId)) return;
    let current = true;
    getImage(logoId)
      .then(async ({ type, base64 }) => {
        const url = `data:${type};base64,${base64}`;
        // Decoded before it is shown, so a printed page never catches it half drawn.
        const image = new Image();
        image.src = url;
        await image.decode().catch(() => undefined);
        logoUrls.set(logoId, url);
        if (current) setLoaded({ id: logoId, url });
      })
      .catch(() => {
        // A logo gone from the library is simply not shown.
        if (current) setLoaded({ id: logoId, url: null });
      });
    return () => {
      current = false;
    };
  }, [logoId, getImage]);

  const cached = logoId === null ? undefined : logoUrls.get(logoId);
  const logoUrl = cached ?? (logoId !== null && loaded?.id === logoId ? loaded.url : null);
  return {
    name: brand.name,
    accent: brand.accent ? readableAccent(brand.accent).color : null,
    logoUrl,
    ready: logoId === null || cached !== undefined || loaded?.id === logoId,
  };
}
