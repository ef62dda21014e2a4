import { describe, expect, it } from 'vitest';
import { newGoal } from '../../../../shared/domain/goals';
import { waterfallPlan } from '../../../helpers/plans';
import { applyCommands } from '../../../../shared/domain/reducer';
import { openBeforeSigning } from '../../../../shared/domain/sign-off-review';

const plan = () => waterfallPlan('en');

describe('what is still open when a plan is signed', () => {
  it('names the SLA against the funnel: 80 % accepted where the funnel plans 50 % MQL → SAL', () => {
    expect(openBeforeSigning(plan())).toEqual({
      goalsFailingSmart: 0,
      raciErrors: 0,
      slaWarnings: 1,
    });
    const { doc } = applyCommands(plan(), [
      { type: 'handoff.sla.set', patch: { acceptanceRate: 0.5 } },
    ]);
    expect(openBeforeSigning(doc).slaWarnings).toBe(0);
  });

  it('counts goals failing a SMART letter and RACI rows without their A and R', () => {
    const { doc } = applyCommands(plan(), [
      { type: 'goal.add', goal: newGoal('g1', 'Improve lead quality') },
      {
        type: 'raci.role.add',
        role: { id: 'cmo', name: 'CMO', teamId: 'team-marketing', personId: null },
      },
      {
        type: 'raci.activities.add',
        activities: [{ id: 'a1', name: 'Agree the MQL', phase: 'handoff', handoff: true }],
      },
    ]);
    // No deadline: T fails. An activity with no letters: no A and no R, two errors.
    expect(openBeforeSigning(doc)).toMatchObject({ goalsFailingSmart: 1, raciErrors: 2 });
  });
});
