/**
 * Single files of two libraries, where their main entries bring far more than the room
 * uses — qrcode's PNG and terminal renderers (fs, zlib, streams), rate-limiter-flexible's
 * cluster and database limiters — which the app's bundles neither need nor may load.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(
    text: string,
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): { modules: { size: number; data: Uint8Array } };
}

declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import type { RateLimiterMemory } from 'rate-limiter-flexible';
  const Limiter: typeof RateLimiterMemory;
  export default Limiter;
}
