// `npm run audit:electron`: electronegativity over the built desktop app (main,
// preload and the renderer page), and the fuses of the builder configuration. The tool
// always exits 0, so its CSV report is read here; any HIGH finding, or a fuse missing or
// set the wrong way, fails the run. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { fuseProblems, readBuilderConfig } from './electron-fuses.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Arguments audit another build and builder configuration (used to check that the audit
// does fail).
const built = process.argv[2] ?? join(root, 'dist');
const builderConfig = process.argv[3] ?? join(root, 'build/electron-builder.yml');
// The Electron the app is built against: without it the tool assumes 0.1 and its defaults.
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

if (!existsSync(built)) {
  process.stderr.write('No build to audit: run `npm run build` first.\n');
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'smarketing-audit-'));
const reportPath = join(workDir, 'electronegativity.csv');
// The tool reads only .js files, and the bundles are CommonJS named .cjs: it audits a copy
// with the names it reads (the same code; the source maps and native builds left out).
const audited = join(workDir, 'app');
cpSync(built, audited, {
  recursive: true,
  filter: (source) => !/\.(map|node|v8cache)$/.test(source),
});
renameCjs(audited);
try {
  const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const result = spawnSync(
    process.execPath,
    [cli, '-i', audited, '-e', electronVersion, '-o', reportPath, '-r', '-v', 'false'],
    { cwd: root, encoding: 'utf8' },
  );
  if (!existsSync(reportPath)) {
    throw new Error(`electronegativity wrote no report:\n${result.stdout}${result.stderr}`);
  }
  const { data } = Papa.parse(readFileSync(reportPath, 'utf8').trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
  });
  const bySeverity = new Map();
  for (const row of data) {
    const finding = Object.fromEntries(
      ['issue', 'severity', 'filename', 'location', 'description'].map((key) => [
        key,
        String(row[key] ?? '').trim(),
      ]),
    );
    const severity = finding.severity;
    bySeverity.set(severity, [...(bySeverity.get(severity) ?? []), finding]);
    process.stdout.write(
      `  ${severity.padEnd(13)} ${finding.issue} ${finding.filename}:${finding.location} — ${finding.description}\n`,
    );
  }
  for (const problem of fuseProblems(readBuilderConfig(builderConfig))) {
    const finding = { issue: 'ELECTRON_FUSES', filename: builderConfig, description: problem };
    bySeverity.set('HIGH', [...(bySeverity.get('HIGH') ?? []), finding]);
    process.stdout.write(`  ${'HIGH'.padEnd(13)} ${finding.issue} ${builderConfig} — ${problem}\n`);
  }
  const high = bySeverity.get('HIGH') ?? [];
  const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
    .map((severity) => `${(bySeverity.get(severity) ?? []).length} ${severity}`)
    .join(', ');
  process.stdout.write(`electronegativity and fuses (Electron ${electronVersion}): ${counts}\n`);
  if (high.length > 0) process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

function renameCjs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) renameCjs(path);
    else if (entry.name.endsWith('.cjs')) renameSync(path, path.replace(/\.cjs$/, '.js'));
  }
}
