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
    expect(upgraded.actuals).toEqual({ profiles: [], imports: [] });
  });
});
