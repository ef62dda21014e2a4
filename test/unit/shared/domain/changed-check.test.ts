import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { planChangeIssues, PlanDocSchema, type PlanDoc } from '../../../../shared/domain/plan-doc';
import { waterfallPlan } from '../../../helpers/plans';

/** A plan with people, roles, activities and cells, so edits reach every kind of part. */
function busyPlan(): PlanDoc {
  return produce(waterfallPlan(), (draft) => {
    const teamId = draft.teams[0]?.id ?? '';
    draft.people.push({ id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId });
    draft.raci.roles.push({ id: 'r1', name: 'CMO', teamId, personId: 'ana' });
    draft.raci.activities.push({ id: 'a1', name: 'Score leads', phase: 'qualify', handoff: false });
    draft.raci.cells['a1'] = { r1: 'A' };
    draft.handoff.sla.raciLinks = { firstResponse: 'a1' };
  });
}

/** What the whole schema says, and what the check of the changed parts says, of one edit. */
function bothChecks(edit: (draft: Draft<PlanDoc>) => void) {
  const before = busyPlan();
  const next = produce(before, edit);
  const full = PlanDocSchema.safeParse(next);
  const fullPaths = full.success ? [] : full.error.issues.map((issue) => issue.path.join('.'));
  const changedPaths = planChangeIssues(before, next).map((issue) => issue.path.join('.'));
  return { fullPaths, changedPaths };
}

const edits: Array<[string, (draft: Draft<PlanDoc>) => void]> = [
  ['a valid letter', (d) => void (d.raci.cells['a1'] = { r1: 'R' })],
  [
    'a letter the RACI does not have',
    (d) => void Object.assign(d.raci.cells['a1'] ?? {}, { r1: 'X' }),
  ],
  ['a cell keyed by no id', (d) => void (d.raci.cells['a1'] = { '': 'R' })],
  [
    'more roles than the RACI takes',
    (d) => {
      for (let i = 0; i < 100; i++) {
        d.raci.roles.push({
          id: `x${i}`,
          name: `Role ${i}`,
          teamId: d.teams[0]?.id ?? '',
          personId: null,
        });
      }
    },
  ],
  ['an empty stage name', (d) => void (d.funnel.stages[1]!.name = ' ')],
  ['a key no stage has', (d) => void Object.assign(d.funnel.stages[0]!, { colour: 'red' })],
  [
    'a period that ends before it starts',
    (d) => void (d.period = { start: '2027-02-01', end: '2027-01-01' }),
  ],
  ['a role of a person the plan does not have', (d) => void (d.raci.roles[0]!.personId = 'nobody')],
  ['a cell on a removed activity', (d) => void d.raci.activities.pop()],
  [
    'a person removed and added again',
    (d) => void d.people.splice(0, 1, { ...d.people[0]!, name: 'Ana R.' }),
  ],
  ['a whole section replaced by nonsense', (d) => void ((d as { raci: unknown }).raci = 42)],
  // Rules across parts, broken by changing only the part referred to.
  ['a person removed whom a role names', (d) => void d.people.pop()],
  // Adding to a list cannot break a reference to it; changing an id in it can.
  [
    'a person added',
    (d) => void d.people.push({ id: 'bo', name: 'Bo', roleTitle: '', teamId: d.teams[1]!.id }),
  ],
  [
    'a person whom a role names given another id',
    (d) => void (d.people.find((p) => p.id === 'ana')!.id = 'ana-2'),
  ],
  ['a person in a team the plan does not have', (d) => void (d.people[0]!.teamId = 'nowhere')],
  ['an activity removed that the SLA links to', (d) => void d.raci.activities.pop()],
  ['the sales team made a second marketing team', (d) => void (d.teams[1]!.kind = 'marketing')],
];

describe('checking only what an edit changed', () => {
  it.each(edits)('says of %s what the whole schema says', (_, edit) => {
    const { fullPaths, changedPaths } = bothChecks(edit);
    expect(changedPaths).toEqual(fullPaths);
  });

  it('finds the faults the edits above were written to make', () => {
    const faulty = edits.filter(([, edit]) => bothChecks(edit).changedPaths.length > 0);
    expect(faulty.map(([name]) => name)).toEqual([
      'a letter the RACI does not have',
      'a cell keyed by no id',
      'more roles than the RACI takes',
      'an empty stage name',
      'a key no stage has',
      'a period that ends before it starts',
      'a role of a person the plan does not have',
      'a cell on a removed activity',
      'a whole section replaced by nonsense',
      'a person removed whom a role names',
      'a person whom a role names given another id',
      'a person in a team the plan does not have',
      'an activity removed that the SLA links to',
      'the sales team made a second marketing team',
    ]);
  });
});
