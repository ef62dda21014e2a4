// Builds better-sqlite3 for the installed Electron's ABI into dist/native/electron,
// for running the desktop app from a checkout (`npm start`). It works on a copy:
// a failed rebuild in place deletes the Node build that the tests and the browser
// shell use. Needs the network once (Electron's headers). Packaged apps do not
// need it: electron-builder rebuilds node_modules for Electron when it packs.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageBin, runNodeScript } from './node-tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const work = mkdtempSync(join(tmpdir(), 'smarketing-sqlite-'));
try {
  cpSync(join(root, 'node_modules/better-sqlite3'), work, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  // node-gyp's own script with this Node: `.bin/node-gyp` and `npx` are .cmd files on Windows.
  const result = runNodeScript(
    packageBin('node-gyp'),
    [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: work },
  );
  if (result.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron; the Node build was not touched.');
    process.exit(1);
  }
  mkdirSync(join(root, 'dist/native/electron'), { recursive: true });
  copyFileSync(
    join(work, 'build/Release/better_sqlite3.node'),
    join(root, 'dist/native/electron/better_sqlite3.node'),
  );
  console.log(
    `better-sqlite3 built for Electron ${electronVersion}: dist/native/electron/better_sqlite3.node`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
