export type CodeCacheState = 'used' | 'rejected' | 'stale' | 'none';
export function codeCachePath(bundle: string): string;
export function writeCodeCache(bundle: string): void;
export function runWithCodeCache(bundle: string): CodeCacheState;
export function runWithCodeCacheIn(
  bundle: string,
  cacheFile: string,
): { state: CodeCacheState; save: () => boolean };
