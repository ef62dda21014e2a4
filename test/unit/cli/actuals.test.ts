import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlanFile } from '../../../electron/core/plan-file';
import { applyCommands } from '../../../shared/domain/reducer';
import { HANDOFF_EXPORT } from '../../helpers/handoff-export';
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

describe('npm run actuals with a plan that keeps the mapping of this report', () => {
  it('judges first responses by the plan’s SLA and counts quarters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actuals-cli-'));
    const file = join(dir, 'hubspot-march.csv');
    writeFileSync(file, HANDOFF_EXPORT);
    const base = waterfallPlan('es');
    const mql = base.funnel.stages.find((s) => s.name === 'MQL')!.id;
    const lead = base.funnel.stages.find((s) => s.name === 'Consulta')!.id;
    const doc = applyCommands(base, [
      { type: 'handoff.sla.set', patch: { mqlStageId: mql, firstResponseHours: 4 } },
      { type: 'handoff.sla.holiday', day: '2026-03-19', holiday: true },
      {
        type: 'actuals.profile.save',
        profile: {
          id: 'hubspot-march',
          headers: HANDOFF_EXPORT.split('\r\n')[0]!
            .split(',')
            .map((h) => h.replace(/^"|"$/g, '').replaceAll('""', '"')),
          crm: 'hubspot',
          kind: 'contacts',
          recordId: 'Record ID',
          stages: [
            { name: 'Lead', dateColumn: 'Date entered "Lead (Lifecycle Stage Pipeline)"' },
            {
              name: 'Marketing Qualified Lead',
              dateColumn: 'Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
            },
          ],
          planStages: { Lead: lead, 'Marketing Qualified Lead': mql },
          amount: null,
          firstResponse: 'First Engagement Date',
          feedback: {
            column: 'Lead Status',
            accepted: ['Connected'],
            rejected: { 'Bad Timing': 'noTimeline', Unqualified: 'noAuthority' },
          },
          dayOrder: null,
        },
      },
    ]).doc;
    const plan = join(dir, 'plan.smarketing.json');
    writeFileSync(plan, buildPlanFile(doc, '2026-11-30T10:00:00Z').content);

    const json = actuals(file, '--plan', plan, '--json');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as {
      quarters: Array<{ quarter: string; stage: string; entered: number }>;
      handoff: { responses: unknown; feedback: unknown };
    };
    expect(report.quarters).toEqual([
      { quarter: '2026-Q1', stage: 'Consulta', stageKey: lead, entered: 6 },
      { quarter: '2026-Q1', stage: 'MQL', stageKey: mql, entered: 5 },
    ]);
    expect(report.handoff.responses).toEqual({
      targetHours: 4,
      months: [{ month: '2026-03', qualified: 5, answered: 4, withinTarget: 3, medianHours: 3 }],
    });
    expect(report.handoff.feedback).toEqual([
      { month: '2026-03', accepted: 2, rejected: { noTimeline: 1, noAuthority: 1 } },
    ]);
    const text = actuals(file, '--plan', plan).stdout;
    expect(text).toContain('2026-03: 3 of 5 handed over (60%), 1 unanswered, median 3 h');
    expect(text).toContain('2026-03: 2 accepted; rejected: 1 noTimeline, 1 noAuthority');
  });
});
