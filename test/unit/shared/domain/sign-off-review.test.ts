import { describe, expect, it } from 'vitest';
import { newGoal } from '../../../../shared/domain/goals';
import { waterfallPlan } from '../../../helpers/plans';
import { applyCommands } from '../../../../shared/domain/reducer';
import { openBeforeSigning } from '../../../../shared/domain/sign-off-review';

const plan = () => waterfallPlan('en');

describe('what is still open when a plan is signed', () => {
  it('names the SLA against the funnel: 80 % accepted where the funnel plans 50 % MQL → SAL', () => {
    const open = openBeforeSigning(plan());
    expect(open.goalsFailingSmart).toEqual([]);
    expect(open.raciErrors).toEqual([]);
    expect(open.slaWarnings).toEqual([
      expect.objectContaining({ kind: 'acceptanceAboveFunnel', acceptance: 0.8, funnelRate: 0.5 }),
    ]);
    const { doc } = applyCommands(plan(), [
      { type: 'handoff.sla.set', patch: { acceptanceRate: 0.5 } },
    ]);
    expect(openBeforeSigning(doc).slaWarnings).toEqual([]);
  });

  it('names each goal failing a SMART letter with its letters, and each RACI row with its rules', () => {
    const { doc } = applyCommands(plan(), [
      { type: 'goal.add', goal: newGoal('g1', 'Improve lead quality') },
      {
        type: 'raci.role.add',
        role: { id: 'cmo', name: 'CMO', teamId: 'team-marketing', personId: null },
      },
      {
        type: 'raci.activities.add',
        activities: [
          { id: 'a2', name: 'Review the funnel', phase: 'review', handoff: false },
          { id: 'a1', name: 'Agree the MQL', phase: 'handoff', handoff: true },
          { id: 'a3', name: 'Score the leads', phase: 'qualify', handoff: false },
        ],
      },
      { type: 'raci.cell.set', activityId: 'a3', roleId: 'cmo', letter: 'A' },
    ]);
    const open = openBeforeSigning(doc);
    // No deadline: T fails; a vague verb and no metric fail S and M too.
    expect(open.goalsFailingSmart).toEqual([
      { goalId: 'g1', title: 'Improve lead quality', letters: expect.arrayContaining(['T']) },
    ]);
    // Rows in the grid's order, by phase (qualify, handoff, review); a one-team handoff is
    // a warning, not one of the errors a signer is shown.
    expect(open.raciErrors).toEqual([
      { activityId: 'a3', name: 'Score the leads', rules: ['noResponsible'] },
      { activityId: 'a1', name: 'Agree the MQL', rules: ['noAccountable', 'noResponsible'] },
      { activityId: 'a2', name: 'Review the funnel', rules: ['noAccountable', 'noResponsible'] },
    ]);
  });
});
