import { applyPatches } from 'immer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseExport } from '../../../../shared/actuals/analyse';
import { readExportBytes } from '../../../../shared/actuals/read-export';
import { overlappingImports, toActualsImport } from '../../../../shared/actuals/to-import';
import type { ActualsImport } from '../../../../shared/domain/actuals';
import { DomainError } from '../../../../shared/domain/errors';
import { mainPath } from '../../../../shared/domain/funnel-path';
import type { PlanDoc } from '../../../../shared/domain/plan-doc';
import { waterfallPlan } from '../../../helpers/plans';
import { upgradePlanDoc } from '../../../../shared/domain/plan-upgrade';
import { applyCommands } from '../../../../shared/domain/reducer';

const plan = (): PlanDoc => waterfallPlan('es');

/** The HubSpot contacts fixture, read against the plan's stages and made ready to store. */
async function hubspotImport(doc: PlanDoc, id = 'imp1'): Promise<ActualsImport> {
  const bytes = readFileSync(
    new URL('../../../fixtures/crm/hubspot-contacts.csv', import.meta.url),
  );
  const { table } = await readExportBytes(new Uint8Array(bytes));
  const names = new Map(doc.funnel.stages.map((s) => [s.id, s.name]));
  const planStages = mainPath(doc.funnel).stageIds.map((sid) => ({
    id: sid,
    name: names.get(sid)!,
  }));
  const { figures } = analyseExport(table!, { planStages });
  return toActualsImport(figures!, {
    id,
    importedAt: '2026-11-30T10:00:00.000Z',
    fileName: 'hubspot-contacts.csv',
    crm: 'hubspot',
    kind: 'contacts',
    profileId: null,
  })!;
}

describe('the actuals a plan keeps', () => {
  it('are aggregates per plan stage and month, and an import carries nothing of a row', async () => {
    const doc = plan();
    const entry = await hubspotImport(doc);
    expect(entry).toMatchObject({
      firstMonth: '2026-01',
      lastMonth: '2026-04',
      records: 6,
      duplicates: 1,
    });
    expect(entry.months).toContainEqual({ month: '2026-04', stageId: 'w-won', entered: 1 });
    const stored = JSON.stringify(
      applyCommands(doc, [{ type: 'actuals.import.add', import: entry, replaces: [] }]).doc,
    );
    for (const personal of ['Núñez', 'ana@example.com', '101'])
      expect(stored).not.toContain(personal);
    // A row smuggled into an import is refused by the schema, whole.
    expect(() =>
      applyCommands(doc, [
        {
          type: 'actuals.import.add',
          import: { ...entry, rows: [{ email: 'ana@example.com' }] } as ActualsImport,
          replaces: [],
        },
      ]),
    ).toThrow(DomainError);
  });

  it('replaces the imports of the same months in one step, which one undo brings back', async () => {
    const first = applyCommands(plan(), [
      { type: 'actuals.import.add', import: await hubspotImport(plan(), 'jan-apr'), replaces: [] },
    ]).doc;
    const again = await hubspotImport(first, 'again');
    expect(overlappingImports(first.actuals.imports, again).map((i) => i.id)).toEqual(['jan-apr']);
    const step = applyCommands(first, [
      { type: 'actuals.import.add', import: again, replaces: ['jan-apr'] },
    ]);
    expect(step.doc.actuals.imports.map((i) => i.id)).toEqual(['again']);
    expect(applyPatches(step.doc, step.inverse)).toEqual(first);
    expect(() =>
      applyCommands(first, [{ type: 'actuals.import.add', import: again, replaces: ['gone'] }]),
    ).toThrow(DomainError);
    expect(
      applyCommands(step.doc, [{ type: 'actuals.import.remove', importId: 'again' }]).doc.actuals
        .imports,
    ).toEqual([]);
  });

  it('is empty in a plan saved before actuals existed', () => {
    const v3: Record<string, unknown> = { ...plan(), schemaVersion: 3 };
    delete v3['actuals'];
    const upgraded = upgradePlanDoc(v3);
    expect(upgraded.actuals).toEqual({ profiles: [], imports: [], reviews: [] });
  });

  it('gain no SLA figures, and the SLA a working week, when a version 4 plan is opened', async () => {
    const doc = plan();
    const entry = await hubspotImport(doc);
    // What version 4 wrote: an import without SLA figures, an SLA without a calendar.
    const v4Import: Record<string, unknown> = { ...entry };
    delete v4Import['responses'];
    delete v4Import['feedback'];
    delete v4Import['measured'];
    const v4Sla: Record<string, unknown> = { ...doc.handoff.sla };
    delete v4Sla['calendar'];
    const v4 = {
      ...doc,
      schemaVersion: 4,
      handoff: { ...doc.handoff, sla: v4Sla },
      actuals: { profiles: [], imports: [v4Import] },
    };
    const upgraded = upgradePlanDoc(v4);
    // Version 4 kept no list of the stages an export dates: those it counted stand for them.
    expect(upgraded.actuals.imports[0]).toEqual({
      ...entry,
      responses: null,
      feedback: [],
      measured: [...new Set(entry.months.map((m) => m.stageId))],
    });
    expect(upgraded.actuals.reviews).toEqual([]);
    expect(upgraded.handoff.sla.calendar).toMatchObject({
      workingDays: [1, 2, 3, 4, 5],
      opensAt: '09:00',
      closesAt: '18:00',
      holidays: [],
    });
  });
});

describe('a review meeting', () => {
  const review = {
    id: 'r1',
    date: '2026-05-05',
    from: '2026-04',
    to: '2026-04',
    typedFeedback: null,
    decisions: [],
    actions: [],
  };
  const action = { id: 'a1', text: 'Call back April’s rejected leads', ownerId: null, due: null };

  it('keeps its period, typed feedback, decisions and actions, and one undo takes back each', () => {
    const base = applyCommands(plan(), [{ type: 'actuals.review.add', review }]).doc;
    const step = applyCommands(base, [
      {
        type: 'actuals.review.set',
        reviewId: 'r1',
        patch: { from: '2026-03', typedFeedback: { accepted: 40, rejected: { noBudget: 6 } } },
      },
      {
        type: 'actuals.review.decision.add',
        reviewId: 'r1',
        decision: { id: 'd1', text: 'Raise the MQL score threshold to 70' },
      },
      { type: 'actuals.review.action.add', reviewId: 'r1', action: { ...action, status: 'open' } },
    ]);
    expect(step.doc.actuals.reviews[0]).toMatchObject({
      from: '2026-03',
      typedFeedback: { accepted: 40, rejected: { noBudget: 6 } },
      decisions: [{ id: 'd1' }],
      actions: [{ id: 'a1', status: 'open' }],
    });
    expect(applyPatches(step.doc, step.inverse)).toEqual(base);
    // Two people typing different counts in two windows: both are kept.
    const typed = applyCommands(base, [
      { type: 'actuals.review.feedback.count', reviewId: 'r1', outcome: 'noNeed', count: 3 },
      { type: 'actuals.review.feedback.count', reviewId: 'r1', outcome: 'accepted', count: 21 },
    ]).doc;
    expect(typed.actuals.reviews[0]!.typedFeedback).toEqual({
      accepted: 21,
      rejected: { noNeed: 3 },
    });
  });

  it('refuses a period that ends before it starts, a count below zero, and an unknown owner', () => {
    const base = applyCommands(plan(), [{ type: 'actuals.review.add', review }]).doc;
    for (const patch of [
      { from: '2026-06' },
      { typedFeedback: { accepted: -1, rejected: {} } },
      { typedFeedback: { accepted: 1, rejected: { unheardOf: 2 } } },
    ]) {
      expect(() =>
        applyCommands(base, [{ type: 'actuals.review.set', reviewId: 'r1', patch } as never]),
      ).toThrow(DomainError);
    }
    expect(() =>
      applyCommands(base, [
        {
          type: 'actuals.review.action.add',
          reviewId: 'r1',
          action: { ...action, ownerId: 'nobody', status: 'open' },
        },
      ]),
    ).toThrow(DomainError);
    expect(() =>
      applyCommands(base, [{ type: 'actuals.review.remove', reviewId: 'gone' }]),
    ).toThrow(DomainError);
  });

  it('loses the owner of its actions when that person leaves the plan', () => {
    const doc = plan();
    const person = { id: 'p-bo', name: 'Bo', roleTitle: 'VP Sales', teamId: doc.teams[1]!.id };
    const withAction = applyCommands(doc, [
      { type: 'person.add', person },
      { type: 'actuals.review.add', review },
      {
        type: 'actuals.review.action.add',
        reviewId: 'r1',
        action: { ...action, ownerId: person.id, status: 'inProgress' },
      },
      { type: 'person.remove', personId: person.id },
    ]).doc;
    expect(withAction.actuals.reviews[0]!.actions[0]!.ownerId).toBeNull();
  });
});
