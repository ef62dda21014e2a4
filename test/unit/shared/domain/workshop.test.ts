import { describe, expect, it } from 'vitest';
import {
  alignmentIndex,
  ASSESSMENT_DIMENSIONS,
  ASSESSMENT_STATEMENTS,
  dimensionScores,
  divergences,
} from '../../../../shared/domain/assessment';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { MARKETING_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { remainingMs, standardAgenda } from '../../../../shared/domain/workshop';
import { samplePlan } from '../../../helpers/plans';

const all = (score: number) =>
  Object.fromEntries(ASSESSMENT_STATEMENTS.map((st) => [st.id, score]));

describe('alignment assessment', () => {
  it('has about 20 statements over the six dimensions, each in English and Spanish', () => {
    expect(ASSESSMENT_STATEMENTS).toHaveLength(20);
    expect(new Set(ASSESSMENT_STATEMENTS.map((st) => st.dimension))).toEqual(
      new Set(ASSESSMENT_DIMENSIONS),
    );
    expect(ASSESSMENT_STATEMENTS.every((st) => st.text.en && st.text.es)).toBe(true);
  });

  it('scores agreement and level together: 3 and 3 is 50, 5 and 1 is 0, 5 and 5 is 100', () => {
    expect(alignmentIndex(all(3), all(3))).toBe(50);
    expect(alignmentIndex(all(5), all(1))).toBe(0);
    expect(alignmentIndex(all(5), all(5))).toBe(100);
    // Level 62.5 %, gap 25 %: 62.5 × 0.75 ≈ 47.
    expect(alignmentIndex(all(4), all(3))).toBe(47);
    expect(alignmentIndex({}, all(3))).toBeNull();
  });

  it('ranks the statements where the leaders disagree most, and averages each dimension', () => {
    const marketing = { ...all(4), 'pro-1': 5, 'dat-2': 2 };
    const sales = { ...all(4), 'pro-1': 1, 'dat-2': 4 };
    const top = divergences(marketing, sales).slice(0, 2);
    expect(top.map((d) => [d.statement.id, d.gap])).toEqual([
      ['pro-1', 4],
      ['dat-2', 2],
    ]);
    expect(dimensionScores(sales).process).toBe((1 + 4 + 4 + 4) / 4);
    expect(dimensionScores({}).goals).toBeNull();
  });
});

describe('workshop commands', () => {
  const run = { id: 'run-1', date: '2027-01-15', marketing: {}, sales: {} };

  it('records each leader’s answers separately and refuses a score outside 1–5', () => {
    let doc = applyCommands(samplePlan(), [
      { type: 'assessment.start', run },
      {
        type: 'assessment.answer',
        runId: 'run-1',
        team: 'marketing',
        statementId: 'com-1',
        score: 4,
      },
      { type: 'assessment.answer', runId: 'run-1', team: 'sales', statementId: 'com-1', score: 2 },
    ]).doc;
    expect(doc.workshop.assessments[0]).toMatchObject({
      marketing: { 'com-1': 4 },
      sales: { 'com-1': 2 },
    });
    expect(() =>
      applyCommand(doc, {
        type: 'assessment.answer',
        runId: 'run-1',
        team: 'sales',
        statementId: 'com-1',
        score: 6,
      }),
    ).toThrow(/from 1 to 5/);
    expect(() =>
      applyCommand(doc, {
        type: 'assessment.answer',
        runId: 'run-1',
        team: 'sales',
        statementId: 'nope',
        score: 3,
      }),
    ).toThrow(/unknown statement/);
    doc = applyCommand(doc, {
      type: 'assessment.answer',
      runId: 'run-1',
      team: 'sales',
      statementId: 'com-1',
      score: null,
    }).doc;
    expect(doc.workshop.assessments[0]?.sales).toEqual({});
  });

  it('keeps decisions, actions with owners and due dates, and parked topics; refuses a bad due date', () => {
    let doc = applyCommands(samplePlan(), [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
      },
      {
        type: 'decision.add',
        decision: { id: 'd1', text: 'MQL at 60 points', date: '2027-01-15', agreedBy: 'Ana, Bo' },
      },
      {
        type: 'action.add',
        action: {
          id: 'a1',
          text: 'Set up the score in the CRM',
          ownerId: 'ana',
          due: '2027-02-01',
          status: 'open',
        },
      },
      { type: 'parking.add', topic: { id: 't1', text: 'Partner leads' } },
    ]).doc;
    expect(doc.workshop.decisions).toHaveLength(1);
    expect(() =>
      applyCommand(doc, { type: 'action.update', actionId: 'a1', patch: { due: '01/02/2027' } }),
    ).toThrow(/due: must be a date as YYYY-MM-DD/);
    doc = applyCommand(doc, { type: 'person.remove', personId: 'ana' }).doc;
    expect(doc.workshop.actions[0]?.ownerId).toBeNull();
    expect(() =>
      applyCommand(doc, { type: 'action.update', actionId: 'a1', patch: { ownerId: 'ghost' } }),
    ).toThrow(/owner ghost is not a person of the plan/);
  });
});

describe('agenda timers', () => {
  const ids = (() => {
    let n = 0;
    return () => `item-${++n}`;
  })();
  const at = (seconds: number) => new Date(Date.UTC(2027, 0, 15, 9, 0, seconds)).toISOString();

  it('count down from the clock, survive a restart, and run one at a time', () => {
    let doc = applyCommands(samplePlan(), [{ type: 'agenda.set', items: standardAgenda(ids) }]).doc;
    const [first, second] = doc.workshop.agenda;
    if (!first || !second) throw new Error('no agenda');
    doc = applyCommands(doc, [
      { type: 'timer.start', itemId: first.id, at: at(0) },
      { type: 'timer.pause', itemId: first.id, at: at(90) },
      { type: 'timer.start', itemId: first.id, at: at(100) },
    ]).doc;
    // A restart later: nothing ticked meanwhile, the clock says how long it ran.
    const reopened = doc.workshop.agenda[0]!;
    expect(remainingMs(reopened, Date.parse(at(130)))).toBe(
      first.minutes * 60_000 - 90_000 - 30_000,
    );
    doc = applyCommand(doc, { type: 'timer.start', itemId: second.id, at: at(160) }).doc;
    expect(doc.workshop.agenda[0]?.timer).toEqual({
      startedAt: null,
      elapsedMs: 150_000,
      addedMinutes: 0,
    });
    doc = applyCommand(doc, { type: 'timer.addTime', itemId: second.id, minutes: 5 }).doc;
    expect(remainingMs(doc.workshop.agenda[1]!, Date.parse(at(160)))).toBe(
      (second.minutes + 5) * 60_000,
    );
    expect(() =>
      applyCommand(doc, { type: 'agenda.update', itemId: second.id, patch: { minutes: 0 } }),
    ).toThrow(/1 to 480 minutes/);
  });

  it('moves an item to a new place', () => {
    let doc = applyCommand(samplePlan(), { type: 'agenda.set', items: standardAgenda(ids) }).doc;
    const last = doc.workshop.agenda.at(-1)!;
    doc = applyCommand(doc, { type: 'agenda.move', itemId: last.id, toIndex: 0 }).doc;
    expect(doc.workshop.agenda.map((i) => i.topic)).toEqual([
      'signoff',
      'assessment',
      'funnel',
      'goals',
      'raci',
      'handoff',
    ]);
  });
});

describe('the standard agenda', () => {
  it('fits the three hours most teams book', () => {
    const total = standardAgenda(() => crypto.randomUUID()).reduce((sum, i) => sum + i.minutes, 0);
    expect(total).toBe(180);
  });
});
