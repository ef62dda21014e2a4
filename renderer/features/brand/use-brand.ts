import { useEffect, useState } from 'react';
import { readableAccent } from '../../../shared/branding/accent';
import { useAppStore } from '../../store/store-context';

/** Logos read once per window: data URLs by image id. */
const imageUrls = new Map<string, string>();

/**
 * A logo kept in the library, as a data URL once read and decoded; `ready` is false while
 * it is being read, so a printer waits for it. A logo gone from the library is not shown.
 */
export function useImageUrl(id: string | null): { url: string | null; ready: boolean } {
  const getImage = useAppStore((s) => s.getImage);
  const [loaded, setLoaded] = useState<{ id: string; url: string | null } | null>(null);

  useEffect(() => {
    if (id === null || imageUrls.has(id)) return;
    let current = true;
    getImage(id)
      .then(async ({ type, base64 }) => {
        const url = `data:${type};base64,${base64}`;
        // Decoded before it is shown, so a printed page never catches it half drawn.
        const image = new Image();
        image.src = url;
        await image.decode().catch(() => undefined);
        imageUrls.set(id, url);
        if (current) setLoaded({ id, url });
      })
      .catch(() => {
        if (current) setLoaded({ id, url: null });
      });
    return () => {
      current = false;
    };
  }, [id, getImage]);

  const cached = id === null ? undefined : imageUrls.get(id);
  return {
    url: cached ?? (id !== null && loaded?.id === id ? loaded.url : null),
    ready: id === null || cached !== undefined || loaded?.id === id,
  };
}

export interface ShownBrand {
  name: string;
  /** The accent as printed: the brand's own, or a darker one where it would not read. */
  accent: string | null;
  logoUrl: string | null;
  ready: boolean;
}

/** The consultant's brand as the report and the presenter view show it. */
export function useBrand(): ShownBrand {
  const brand = useAppStore((s) => s.settings.brand);
  const logo = useImageUrl(brand.logoId);
  return {
    name: brand.name,
    accent: brand.accent ? readableAccent(brand.accent).color : null,
    logoUrl: logo.url,
    ready: logo.ready,
  };
}
