import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../dist/web/cli.cjs', import.meta.url));

export interface RunningShell {
  /** The printed address with its token, as a user would open it. */
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the built browser shell on a free port, with its own data folder unless given one. */
export async function startShell(
  options: { dataDir?: string; port?: number } = {},
): Promise<RunningShell> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'smarketing-e2e-'));
  const child = spawn(
    process.execPath,
    [CLI, '--port', String(options.port ?? 0), '--data-dir', dataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const line = await waitForLine(child, () => output);
  const match = /(http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([0-9a-f]{32})/.exec(line);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`unexpected launch line: ${line}`);
  return {
    url: `${match[1]}?token=${match[3]}`,
    origin: match[1].slice(0, -1),
    port: Number(match[2]),
    token: match[3],
    dataDir,
    output: () => output,
    stop: () => stopChild(child),
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function waitForLine(child: ChildProcess, read: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`shell did not start: ${read()}`)), 15_000);
    const check = () => {
      const text = read();
      if (text.includes('token=')) {
        clearTimeout(timer);
        resolve(text.split('\n').find((l) => l.includes('token=')) ?? text);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`shell exited with ${code}: ${read()}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
