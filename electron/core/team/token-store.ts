import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a device keeps its team token: never in the library, never in a backup. */
export interface TokenStore {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

/**
 * The browser shell's store: a file in the data folder that only the user can read. (The
 * desktop app keeps the token with Electron's safeStorage instead.)
 */
export class FileTokenStore implements TokenStore {
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'team-token');
  }

  read(): string | null {
    return existsSync(this.path) ? readFileSync(this.path, 'utf8').trim() || null : null;
  }

  write(token: string): void {
    writeFileSync(this.path, token, { mode: 0o600 });
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}

/** For tests and for a device that keeps nothing between runs. */
export class MemoryTokenStore implements TokenStore {
  private token: string | null = null;

  read(): string | null {
    return this.token;
  }

  write(token: string): void {
    this.token = token;
  }

  clear(): void {
    this.token = null;
  }
}
