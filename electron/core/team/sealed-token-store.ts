import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileTokenStore, type TokenStore } from './token-store';

/**
 * What the desktop app seals its token with: Electron's safeStorage (the macOS Keychain,
 * Windows DPAPI, the Secret Service or KWallet on Linux). Named by shape so this file
 * stays free of Electron and the browser shell's tests can build it.
 */
export interface SecretSealer {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/**
 * The desktop app's token store: the token sealed by the operating system's secret store
 * for this user, in a file of the data folder. Where the system offers none (a Linux
 * session without a keyring), it is kept as the browser shell keeps it, in a file only
 * the user can read; the sealed file is preferred whenever it exists.
 */
export class SealedTokenStore implements TokenStore {
  private readonly path: string;
  private readonly plainFallback: FileTokenStore;

  constructor(
    dataDir: string,
    private readonly sealer: SecretSealer,
  ) {
    this.path = join(dataDir, 'team-token.sealed');
    this.plainFallback = new FileTokenStore(dataDir);
  }

  read(): string | null {
    if (existsSync(this.path) && this.sealer.isEncryptionAvailable()) {
      try {
        return this.sealer.decryptString(readFileSync(this.path)) || null;
      } catch {
        // Sealed for another user or machine (a copied data folder): as if not joined.
        return null;
      }
    }
    return this.plainFallback.read();
  }

  write(token: string): void {
    if (this.sealer.isEncryptionAvailable()) {
      writeFileSync(this.path, this.sealer.encryptString(token), { mode: 0o600 });
      this.plainFallback.clear();
    } else {
      this.plainFallback.write(token);
    }
  }

  clear(): void {
    rmSync(this.path, { force: true });
    this.plainFallback.clear();
  }
}
