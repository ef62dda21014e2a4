import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../../../shared/domain/plan-upgrade';
import { applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

const room = {
  participants: { marketing: 5, sales: 6, other: 1 },
  answers: {
    marketing: { 'com-1': [0, 1, 2, 1, 1] },
    sales: { 'com-1': [3, 2, 1, 0, 0] },
    other: {},
  },
};

describe('what the workshop room keeps in the plan', () => {
  it('a plan of schema 5 opens with no votes, and keeps its runs as they were', () => {
    const plan = samplePlan();
    const workshop: Record<string, unknown> = { ...plan.workshop };
    delete workshop['votes'];
    const upgraded = upgradePlanDoc({ ...plan, schemaVersion: 5, workshop });
    expect(upgraded.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(upgraded.workshop.votes).toEqual([]);
    expect(upgraded.workshop.assessments).toEqual(plan.workshop.assessments);
  });

  it('keeps the room’s answers with a run as counts per team, and takes them away again', () => {
    const plan = applyCommands(samplePlan(), [
      {
        type: 'assessment.start',
        run: { id: 'run-1', date: '2026-11-30', marketing: {}, sales: {} },
      },
    ]).doc;
    const kept = applyCommands(plan, [{ type: 'assessment.room.set', runId: 'run-1', room }]);
    expect(kept.doc.workshop.assessments.at(-1)?.room).toEqual(room);
    const gone = applyCommands(kept.doc, [
      { type: 'assessment.room.set', runId: 'run-1', room: null },
    ]);
    expect(gone.doc.workshop.assessments.at(-1)).not.toHaveProperty('room');
    // Counts of a statement the assessment does not have, or not five of them: refused.
    expect(() =>
      applyCommands(plan, [
        {
          type: 'assessment.room.set',
          runId: 'run-1',
          room: { ...room, answers: { ...room.answers, other: { 'nope-1': [1, 0, 0, 0, 0] } } },
        },
      ]),
    ).toThrow();
    expect(() =>
      applyCommands(plan, [
        {
          type: 'assessment.room.set',
          runId: 'run-1',
          room: { ...room, answers: { ...room.answers, other: { 'com-1': [1, 0] } } },
        },
      ]),
    ).toThrow();
  });

  it('keeps a vote’s counts, once, and removes it', () => {
    const vote = {
      id: 'vote-1',
      date: '2026-11-30',
      title: 'Qué arreglamos primero',
      anonymous: true,
      voters: 12,
      items: [
        { text: 'El SLA de primera respuesta', count: 17 },
        { text: 'La puntuación de leads', count: 9 },
      ],
    };
    const kept = applyCommands(samplePlan(), [{ type: 'vote.add', vote }]).doc;
    expect(kept.workshop.votes).toEqual([vote]);
    expect(() => applyCommands(kept, [{ type: 'vote.add', vote }])).toThrow(/already/);
    expect(
      applyCommands(kept, [{ type: 'vote.remove', voteId: 'vote-1' }]).doc.workshop.votes,
    ).toEqual([]);
  });
});
