import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlanFile } from '../../../electron/core/plan-file';
import { waterfallPlan } from '../../helpers/plans';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/crm', name);

/** The command as RevOps run it, through tsx like `npm run actuals`. */
function actuals(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'cli/actuals.ts'), ...args],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function planFile(): string {
  const doc = waterfallPlan('es');
  const path = join(mkdtempSync(join(tmpdir(), 'actuals-cli-')), 'plan.smarketing.json');
  writeFileSync(path, buildPlanFile(doc, '2026-11-30T10:00:00Z').content);
  return path;
}

describe('npm run actuals', () => {
  it('prints what it recognised and the monthly volumes, with the export’s own stage names', () => {
    const { status, stdout } = actuals(fixture('hubspot-contacts-es.csv'));
    expect(status).toBe(0);
    expect(stdout).toContain('HubSpot contacts');
    expect(stdout).toContain('read as windows-1252, semicolon-separated');
    expect(stdout).toContain('6 records, 1 duplicate row merged');
    expect(stdout).toMatch(/2026-02\s+2\s+2\s+2\s+0\s+0/);
  });

  it('prints one JSON object whose months count the plan’s stages with --plan', () => {
    const { status, stdout } = actuals(
      fixture('hubspot-contacts.csv'),
      '--plan',
      planFile(),
      '--json',
    );
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      months: Array<{ month: string; stage: string; entered: number }>;
      mapping: Record<string, string>;
      unmatched: string[];
    };
    expect(report.mapping).toEqual({
      Lead: 'Consulta',
      'Marketing Qualified Lead': 'MQL',
      'Sales Qualified Lead': 'SQL',
      Customer: 'Ganado',
    });
    expect(report.unmatched).toEqual(['Opportunity']);
    expect(report.months.filter((m) => m.stage === 'Ganado')).toMatchObject([
      { month: '2026-04', stage: 'Ganado', entered: 1 },
    ]);
    expect(report.months.filter((m) => m.month === '2026-01')).toMatchObject([
      { month: '2026-01', stage: 'Consulta', entered: 2 },
      { month: '2026-01', stage: 'MQL', entered: 1 },
    ]);
  });

  it('says why an export cannot be read, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actuals-cli-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'Record ID,Date entered "Lead (Lifecycle Stage Pipeline)"\r\n1,2026-01-05\r\n2,next week\r\n',
    );
    const { status, stderr, stdout } = actuals(bad);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'Row 3, column “Date entered "Lead (Lifecycle Stage Pipeline)"”: “next week” is not a date.',
    );
    expect(actuals().status).toBe(2);
  });
});
