import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startShell } from './support/browser-shell';

const CLI = fileURLToPath(new URL('../../dist/web/cli.cjs', import.meta.url));

/** Runs the browser shell to completion; refusals exit at once, so a short timeout is plenty. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--no-open', ...args], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'smarketing-cli-'));
}

/**
 * Makes a folder nobody can create anything in, or says why it cannot here. Permissions
 * do not stop root (CI runs as root), so there the folder is made immutable instead.
 */
function lockFolder(dir: string): { release: () => void; cannot?: string } {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    return { release: () => chmodSync(dir, 0o700) };
  }
  const locked = spawnSync('chattr', ['+i', dir], { encoding: 'utf8' });
  const release = () => void spawnSync('chattr', ['-i', dir]);
  if (locked.status === 0) return { release };
  const why = (locked.stderr || locked.error?.message || '').trim();
  return { release, cannot: `as root only an immutable folder refuses writes: ${why}` };
}

test.describe('browser shell command line', () => {
  test('refuses a library from a newer build in one line, leaving it untouched', async () => {
    const dir = tempDir();
    try {
      const shell = await startShell({ dataDir: dir });
      await shell.stop();
      const file = join(dir, 'library.sqlite');
      const db = new Database(file);
      db.pragma('user_version = 999');
      db.close();
      const before = readFileSync(file);
      const result = runCli(['--data-dir', dir, '--port', '0']);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/newer Smarketing Planner/);
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses an unwritable data folder in one line', async () => {
    const dir = tempDir();
    const locked = lockFolder(dir);
    try {
      test.skip(locked.cannot !== undefined, locked.cannot);
      const result = runCli(['--data-dir', join(dir, 'library'), '--port', '0']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^smarketing: the data folder .* is not writable/);
    } finally {
      locked.release();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a data folder that is a file, in one line', async () => {
    const dir = tempDir();
    try {
      const notAFolder = join(dir, 'file');
      spawnSync('touch', [notAFolder]);
      const result = runCli(['--data-dir', notAFolder, '--port', '0']);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/is not writable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a port in use in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dir = tempDir();
    try {
      const result = runCli(['--data-dir', dir, '--port', String(port)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `smarketing: port ${port} on 127.0.0.1 is in use; choose another with --port N`,
      );
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a bad port number and an unknown flag', () => {
    expect(runCli(['--port', 'eighty']).stderr).toBe(
      'smarketing: --port must be 0–65535, not eighty',
    );
    const unknown = runCli(['--colour', 'blue']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^smarketing: Unknown option '--colour'/);
  });
});
