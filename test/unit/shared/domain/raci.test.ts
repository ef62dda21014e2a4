import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/domain/commands';
import { MARKETING_TEAM_ID, SALES_TEAM_ID, type PlanDoc } from '../../../../shared/domain/plan-doc';
import { checkRaci, commitments, workload } from '../../../../shared/domain/raci-rules';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

const kindOf = (teamId: string) =>
  teamId === MARKETING_TEAM_ID ? 'marketing' : teamId === SALES_TEAM_ID ? 'sales' : 'other';

function matrix(): PlanDoc {
  const commands: Command[] = [
    {
      type: 'raci.activities.add',
      activities: [
        { id: 'handover', name: 'Hand over MQLs', phase: 'handoff', handoff: true },
        { id: 'scoring', name: 'Build scoring', phase: 'qualify', handoff: false },
      ],
    },
    {
      type: 'raci.role.add',
      role: { id: 'ops', name: 'Marketing ops', teamId: MARKETING_TEAM_ID, personId: null },
    },
    {
      type: 'raci.role.add',
      role: { id: 'sdr', name: 'SDR lead', teamId: SALES_TEAM_ID, personId: null },
    },
    {
      type: 'raci.role.add',
      role: { id: 'cmo', name: 'CMO', teamId: MARKETING_TEAM_ID, personId: null },
    },
    { type: 'raci.cell.set', activityId: 'handover', roleId: 'ops', letter: 'R' },
    { type: 'raci.cell.set', activityId: 'handover', roleId: 'cmo', letter: 'A' },
    { type: 'raci.cell.set', activityId: 'handover', roleId: 'sdr', letter: 'C' },
    { type: 'raci.cell.set', activityId: 'scoring', roleId: 'ops', letter: 'R' },
    { type: 'raci.cell.set', activityId: 'scoring', roleId: 'cmo', letter: 'A' },
  ];
  return applyCommands(samplePlan(), commands).doc;
}

describe('RACI rules', () => {
  it('accepts a matrix with one A and an R on every activity', () => {
    const check = checkRaci(matrix().raci, kindOf);
    expect(check).toMatchObject({ errors: 0, warnings: 0, notes: 0 });
  });

  it('flags a second A, a missing A and a missing R as errors, at once', () => {
    let doc = applyCommand(matrix(), {
      type: 'raci.cell.set',
      activityId: 'handover',
      roleId: 'sdr',
      letter: 'A',
    }).doc;
    expect(checkRaci(doc.raci, kindOf).issues).toContainEqual({
      severity: 'error',
      rule: 'severalAccountable',
      activityId: 'handover',
      count: 2,
    });
    doc = applyCommands(doc, [
      { type: 'raci.cell.set', activityId: 'scoring', roleId: 'cmo', letter: null },
      { type: 'raci.cell.set', activityId: 'scoring', roleId: 'ops', letter: 'C' },
    ]).doc;
    const rules = checkRaci(doc.raci, kindOf).issues.map(
      (i) => `${i.rule}:${i.activityId ?? i.roleId}`,
    );
    expect(rules).toEqual(
      expect.arrayContaining(['noAccountable:scoring', 'noResponsible:scoring']),
    );
    expect(checkRaci(doc.raci, kindOf).errors).toBe(3);
  });

  it('warns on a handoff with one team, on overload, and notes an idle role', () => {
    let doc = applyCommands(matrix(), [
      { type: 'raci.cell.set', activityId: 'handover', roleId: 'sdr', letter: null },
      { type: 'raci.threshold.set', value: 1 },
    ]).doc;
    const issues = checkRaci(doc.raci, kindOf).issues;
    expect(issues).toContainEqual({
      severity: 'warning',
      rule: 'oneTeamHandoff',
      activityId: 'handover',
    });
    expect(issues).toContainEqual({
      severity: 'warning',
      rule: 'overload',
      roleId: 'ops',
      count: 2,
    });
    expect(issues).toContainEqual({ severity: 'note', rule: 'idleRole', roleId: 'sdr' });
    doc = applyCommand(doc, { type: 'raci.role.remove', roleId: 'sdr' }).doc;
    expect(JSON.stringify(doc.raci.cells)).not.toContain('sdr');
  });

  it('rechecks after each letter exactly as a check of the whole matrix read afresh', () => {
    // Rows unchanged by an edit are not read again; the result must not tell the difference.
    let doc = matrix();
    const activities = ['handover', 'scoring'];
    const roles = ['ops', 'cmo', 'sdr'];
    const letters = ['R', 'A', 'C', 'I', null] as const;
    for (let step = 0; step < 60; step += 1) {
      doc = applyCommand(doc, {
        type: 'raci.cell.set',
        activityId: activities[step % 2] ?? 'handover',
        roleId: roles[(step * 7) % 3] ?? 'ops',
        letter: letters[(step * 3) % 5] ?? null,
      }).doc;
      if (step === 30) doc = applyCommand(doc, { type: 'raci.threshold.set', value: 1 }).doc;
      expect(checkRaci(doc.raci, kindOf)).toEqual(checkRaci(structuredClone(doc.raci), kindOf));
    }
  });

  it('writes the commitments each team owes the other', () => {
    expect(commitments(matrix().raci)).toEqual([
      { activityId: 'handover', fromTeamId: MARKETING_TEAM_ID, toTeamId: SALES_TEAM_ID },
    ]);
  });

  it('counts letters per role', () => {
    expect(workload(matrix().raci).get('ops')).toEqual({ R: 2, A: 0, C: 0, I: 0 });
  });
});

describe('RACI commands', () => {
  it('refuses a letter other than R, A, C, I and a cell on a missing role', () => {
    const doc = matrix();
    expect(() =>
      applyCommand(doc, {
        type: 'raci.cell.set',
        activityId: 'handover',
        roleId: 'ops',
        letter: 'X',
      } as unknown as Command),
    ).toThrow();
    expect(() =>
      applyCommand(doc, {
        type: 'raci.cell.set',
        activityId: 'handover',
        roleId: 'ghost',
        letter: 'R',
      }),
    ).toThrow(/role ghost does not exist/);
  });

  it('reorders activities and roles', () => {
    const doc = applyCommands(matrix(), [
      { type: 'raci.activity.move', activityId: 'scoring', toIndex: 0 },
      { type: 'raci.role.move', roleId: 'cmo', toIndex: 0 },
    ]).doc;
    expect(doc.raci.activities.map((a) => a.id)).toEqual(['scoring', 'handover']);
    expect(doc.raci.roles.map((r) => r.id)).toEqual(['cmo', 'ops', 'sdr']);
  });

  it('lets a removed person go from the role they held, and refuses removing a team with roles', () => {
    let doc = applyCommands(matrix(), [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana', roleTitle: '', teamId: MARKETING_TEAM_ID },
      },
      { type: 'raci.role.update', roleId: 'cmo', patch: { personId: 'ana' } },
      { type: 'team.add', team: { id: 'ops-team', name: 'RevOps' } },
      { type: 'raci.role.update', roleId: 'ops', patch: { teamId: 'ops-team' } },
    ]).doc;
    doc = applyCommand(doc, { type: 'person.remove', personId: 'ana' }).doc;
    expect(doc.raci.roles.find((r) => r.id === 'cmo')?.personId).toBeNull();
    expect(() => applyCommand(doc, { type: 'team.remove', teamId: 'ops-team' })).toThrow(
      /RACI roles/,
    );
  });
});
