import type { Patch } from 'immer';

/**
 * Merging keystrokes into one undo step would otherwise store every
 * intermediate value. When a list holds only `replace` patches, applying it
 * in order leaves each path with its last value, so earlier replaces of the
 * same path can be dropped; this keeps a long run of typing one step of
 * constant size. Any other kind of patch leaves the list as it is.
 */
export function compactReplacePatches(patches: readonly Patch[]): Patch[] {
  if (!patches.every((p) => p.op === 'replace')) return [...patches];
  const lastIndexByPath = new Map<string, number>();
  patches.forEach((patch, index) => lastIndexByPath.set(JSON.stringify(patch.path), index));
  return patches.filter(
    (patch, index) => lastIndexByPath.get(JSON.stringify(patch.path)) === index,
  );
}
