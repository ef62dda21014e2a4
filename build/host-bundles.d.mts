import type { BuildOptions } from 'esbuild';
export const EXTERNAL: string[];
export const PRELOAD_BUNDLE: BuildOptions & { outfile: string; entryPoints: string[] };
export const HOST_BUNDLES: Record<
  'shell' | 'shellStarter' | 'launcher' | 'main' | 'mainStarter' | 'preload',
  BuildOptions & { outfile: string; entryPoints: string[] }
>;
