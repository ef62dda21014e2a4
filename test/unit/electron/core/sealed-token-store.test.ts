import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SealedTokenStore,
  type SecretSealer,
} from '../../../../electron/core/team/sealed-token-store';
import { makeTempDir } from '../../../helpers/temp-dir';

/**
 * Stands in for Electron's safeStorage, which needs a running Electron: sealed with a key
 * this "user session" alone holds, as the system's secret store seals for one user.
 */
function sessionSealer(available = true): SecretSealer & { key: Buffer } {
  const key = randomBytes(32);
  return {
    key,
    isEncryptionAvailable: () => available,
    encryptString(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString();
    },
  };
}

const TOKEN = 'sp_3q2-7bVx8K0wQm1yZ4nA9cT6rL5hJ2dF8gE1uI0oP7s';

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.remove());

describe('the desktop app’s team token', () => {
  it('is sealed by the system’s secret store: the file never holds the token', () => {
    const store = new SealedTokenStore(dir.path, sessionSealer());
    store.write(TOKEN);
    const sealed = join(dir.path, 'team-token.sealed');
    expect(readFileSync(sealed).includes(Buffer.from(TOKEN))).toBe(false);
    expect(statSync(sealed).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir.path, 'team-token'))).toBe(false);
    expect(store.read()).toBe(TOKEN);
    store.clear();
    expect(store.read()).toBeNull();
    expect(existsSync(sealed)).toBe(false);
  });

  it('cannot be read by another user’s session (a copied data folder): as if not joined', () => {
    new SealedTokenStore(dir.path, sessionSealer()).write(TOKEN);
    expect(new SealedTokenStore(dir.path, sessionSealer()).read()).toBeNull();
  });

  it('falls back to a file only the user can read where the system has no secret store', () => {
    const store = new SealedTokenStore(dir.path, sessionSealer(false));
    store.write(TOKEN);
    expect(statSync(join(dir.path, 'team-token')).mode & 0o777).toBe(0o600);
    expect(store.read()).toBe(TOKEN);
    // Once the system can seal it, the next join seals it and the plain file goes.
    const sealing = new SealedTokenStore(dir.path, sessionSealer());
    sealing.write(TOKEN);
    expect(existsSync(join(dir.path, 'team-token'))).toBe(false);
    expect(sealing.read()).toBe(TOKEN);
  });
});
