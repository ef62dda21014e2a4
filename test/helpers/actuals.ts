import type { ActualsImport } from '../../shared/domain/actuals';

/** One HubSpot import of January to April 2026, empty but for what a test gives it. */
export function actualsImport(overrides: Partial<ActualsImport> = {}): ActualsImport {
  return {
    id: 'i1',
    importedAt: '2026-05-02T09:00:00.000Z',
    fileName: 'hubspot.csv',
    crm: 'hubspot',
    kind: 'contacts',
    profileId: null,
    counting: 'passThrough',
    asOf: '2026-04-28',
    firstMonth: '2026-01',
    lastMonth: '2026-04',
    records: 100,
    duplicates: 0,
    months: [],
    cohorts: [],
    timeInStage: [],
    cycle: null,
    won: [],
    responses: null,
    feedback: [],
    ...overrides,
    // Measured: the stages the test gives figures for, unless it says otherwise.
    measured: overrides.measured ?? [...new Set((overrides.months ?? []).map((m) => m.stageId))],
  };
}
