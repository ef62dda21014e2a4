import type { SpawnSyncOptions, SpawnSyncReturns } from 'node:child_process';
export function packageBin(packageName: string, command?: string): string;
export function runNodeScript(
  script: string,
  args: string[],
  options?: SpawnSyncOptions,
): SpawnSyncReturns<Buffer>;
export function buildSteps(root: string): Array<[string, string[]]>;
