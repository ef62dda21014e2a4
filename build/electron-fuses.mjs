// The Electron fuses the packaged app must have, and the check that the builder
// configuration sets them: read by `npm run audit:electron` and by the unit tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Each fuse with the only value the packaged app may have (why: electron-builder.yml). */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

export function readBuilderConfig(path) {
  return parse(readFileSync(path, 'utf8'));
}

/** What is wrong with a builder configuration's fuses, one sentence each; empty when right. */
export function fuseProblems(config) {
  const fuses = config?.electronFuses;
  if (fuses === undefined || fuses === null)
    return ['electronFuses is not set: no fuse is flipped'];
  return Object.entries(REQUIRED_FUSES).flatMap(([fuse, required]) => {
    if (!(fuse in fuses)) return [`fuse ${fuse} is not set (must be ${required})`];
    if (fuses[fuse] !== required) return [`fuse ${fuse} is ${fuses[fuse]} (must be ${required})`];
    return [];
  });
}
