import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseExport } from '../../../../shared/actuals/analyse';
import { readExportBytes } from '../../../../shared/actuals/read-export';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { mainPath } from '../../../../shared/domain/funnel-path';
import { FIXTURES } from '../../../fixtures/crm/generate';

/**
 * Every export shape read from its fixture (test/fixtures/crm/generate.ts lists the
 * records), with the figures worked out by hand from that list.
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/crm/${name}`, import.meta.url)));

async function analyse(name: string, options: Parameters<typeof analyseExport>[1] = {}) {
  const read = await readExportBytes(fixture(name));
  expect(read.problems).toEqual([]);
  const analysis = analyseExport(read.table!, options);
  expect(analysis.problems).toEqual([]);
  return { read, analysis, figures: analysis.figures! };
}

/** Month → count for one stage, as a plain object to compare with the hand-worked one. */
function entered(
  figures: { months: Array<{ month: string; stage: string; entered: number }> },
  stage: string,
) {
  return Object.fromEntries(
    figures.months.filter((m) => m.stage === stage).map((m) => [m.month, m.entered]),
  );
}

const HOUR = 1 / 24;

describe('the fixtures are what the generator writes', () => {
  it.each(Object.keys(FIXTURES))('%s', (name) => {
    expect(Buffer.compare(Buffer.from(FIXTURES[name]!()), Buffer.from(fixture(name)))).toBe(0);
  });
});

describe('HubSpot contacts', () => {
  const stages = [
    'Lead',
    'Marketing Qualified Lead',
    'Sales Qualified Lead',
    'Opportunity',
    'Customer',
  ];

  it('recognises the lifecycle columns and counts each stage by month, duplicates merged', async () => {
    const { read, analysis, figures } = await analyse('hubspot-contacts.csv', {
      counting: 'strict',
    });
    expect(read.encoding).toBe('utf-8');
    expect(read.table!.separator).toBe(',');
    expect(analysis.shape).toMatchObject({
      crm: 'hubspot',
      kind: 'contacts',
      recordId: 'Record ID',
    });
    expect(analysis.targets.map((t) => t.name)).toEqual(stages);
    expect(figures.records).toBe(6);
    expect(figures.duplicates).toBe(1);
    expect(entered(figures, 'Lead')).toEqual({ '2026-01': 2, '2026-02': 2, '2026-03': 2 });
    expect(entered(figures, 'Marketing Qualified Lead')).toEqual({
      '2026-01': 1,
      '2026-02': 1,
      '2026-03': 2,
    });
    expect(entered(figures, 'Sales Qualified Lead')).toEqual({ '2026-02': 2, '2026-03': 1 });
    expect(entered(figures, 'Opportunity')).toEqual({ '2026-03': 2 });
    expect(entered(figures, 'Customer')).toEqual({ '2026-04': 1 });
    // Contact 107 became an MQL on 10 March, before it was a lead on the 15th (row 8).
    expect(figures.outOfOrder).toEqual([
      { row: 8, stage: 'Marketing Qualified Lead', before: 'Lead' },
    ]);
    expect(figures.asOf).toBe('2026-04-10');
    // Only contact 102 went all the way: 20 Jan 10:00 → 10 Apr 17:20.
    expect(figures.cycle).toEqual({
      count: 1,
      medianDays: 80 + 7 * HOUR + 20 / 1440,
      p90Days: 80 + 7 * HOUR + 20 / 1440,
    });
    expect(figures.won).toEqual([]);
  });

  it('counts a contact that skipped a stage as passing it, only when asked to', async () => {
    const { figures } = await analyse('hubspot-contacts.csv', { counting: 'passThrough' });
    // 102 has no MQL day; it reached SQL on 15 February, so it passed MQL then.
    expect(entered(figures, 'Marketing Qualified Lead')).toEqual({
      '2026-01': 1,
      '2026-02': 2,
      '2026-03': 2,
    });
    expect(entered(figures, 'Lead')).toEqual({ '2026-01': 2, '2026-02': 2, '2026-03': 2 });
  });

  it('follows cohorts from lead to MQL and says which are too young to judge', async () => {
    const { figures } = await analyse('hubspot-contacts.csv', { counting: 'passThrough' });
    const cohorts = figures.cohorts.filter((c) => c.from === 'Lead');
    // January: 101 after 5 days, 102 after 26 (its SQL day): both within 30 and 60 days.
    // The data ends on 10 April: 1 Feb + 90 days is after it, so 90 days is too early.
    expect(cohorts[0]).toMatchObject({
      from: 'Lead',
      to: 'Marketing Qualified Lead',
      month: '2026-01',
      entered: 2,
      within: {
        30: { reached: 2, rate: 1 },
        60: { reached: 2, rate: 1 },
        90: { reached: 2, rate: null },
      },
    });
    // February: 103 after a day, 104 after 19; 1 Mar + 30 days is before 10 April.
    expect(cohorts[1]?.within[30]).toEqual({ reached: 2, rate: 1 });
    expect(cohorts[1]?.within[60]).toEqual({ reached: 2, rate: null });
    // March: 105 never, 107 at once (its MQL day came first); no horizon has passed.
    expect(cohorts[2]).toMatchObject({ month: '2026-03', entered: 2 });
    expect(cohorts[2]?.within[30]).toEqual({ reached: 1, rate: null });
  });

  it('measures time from lead to MQL as a median and a 90th percentile', async () => {
    const { figures } = await analyse('hubspot-contacts.csv', { counting: 'strict' });
    const step = figures.timeInStage.find((s) => s.from === 'Lead')!;
    // 101: 5 d 1 h 48 min; 103: 1 d 30 min; 104: 18 d 19 h; 107: 0 (out of order).
    const days = [0, 1 + 0.5 * HOUR, 5 + 1.8 * HOUR, 18 + 19 * HOUR].sort((a, b) => a - b);
    expect(step.count).toBe(4);
    expect(step.medianDays).toBeCloseTo((days[1]! + days[2]!) / 2, 9);
    expect(step.p90Days).toBeCloseTo(days[2]! + (days[3]! - days[2]!) * 0.7, 9);
  });

  it('reads the older "Became a … Date" columns to the same figures', async () => {
    const legacy = (await analyse('hubspot-contacts-legacy.csv', { counting: 'strict' })).figures;
    const current = (await analyse('hubspot-contacts.csv', { counting: 'strict' })).figures;
    expect(legacy.months).toEqual(current.months);
    expect(legacy.stages.map((s) => s.name)).toEqual(stages);
  });

  it('reads a Spanish Excel re-save: semicolons, Windows-1252, days first', async () => {
    const { read, figures } = await analyse('hubspot-contacts-es.csv', { counting: 'strict' });
    expect(read.encoding).toBe('windows-1252');
    expect(read.table!.separator).toBe(';');
    expect(read.table!.rows[0]?.[2]).toBe('Núñez');
    expect(entered(figures, 'Lead')).toEqual({ '2026-01': 2, '2026-02': 2, '2026-03': 2 });
    expect(entered(figures, 'Customer')).toEqual({ '2026-04': 1 });
  });

  it('reads UTF-16 with its byte-order mark, tab-separated', async () => {
    const { read, figures } = await analyse('hubspot-contacts-utf16.csv', { counting: 'strict' });
    expect(read.encoding).toBe('utf-16');
    expect(read.table!.separator).toBe('\t');
    expect(entered(figures, 'Sales Qualified Lead')).toEqual({ '2026-02': 2, '2026-03': 1 });
  });

  it("maps onto a plan's stages by what they mean", async () => {
    const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
    const path = mainPath(funnel).stageIds;
    const planStages = path.map((id) => ({
      id,
      name: funnel.stages.find((s) => s.id === id)!.name,
    }));
    const { analysis, figures } = await analyse('hubspot-contacts.csv', {
      planStages,
      counting: 'passThrough',
    });
    expect(analysis.profile?.planStages).toEqual({
      Lead: 'w-inquiry',
      'Marketing Qualified Lead': 'w-mql',
      'Sales Qualified Lead': 'w-sql',
      Customer: 'w-won',
    });
    expect(analysis.unmatched).toEqual(['Opportunity']);
    expect(figures.stages.map((s) => s.name)).toEqual([
      'Inquiry',
      'MQL',
      'SAL',
      'SQL',
      'Closed/Won',
    ]);
    // SAL has no column of its own: a lead that reached SQL passed it, on its SQL day.
    expect(entered(figures, 'SAL')).toEqual({ '2026-02': 2, '2026-03': 1 });
    expect(entered(figures, 'Closed/Won')).toEqual({ '2026-04': 1 });
  });
});

describe('deal and opportunity exports', () => {
  it.each([
    ['hubspot-deals.csv', 'hubspot', 39.5],
    ['hubspot-deals.xlsx', 'hubspot', 39.5],
    ['hubspot-deals-es.csv', 'hubspot', 40],
    ['salesforce-opportunities.csv', 'salesforce', 40],
    ['pipedrive-deals.csv', 'pipedrive', 40 + 5 * HOUR + 20 / 1440],
    ['zoho-deals.csv', 'zoho', 39.5],
    ['dynamics-opportunities.csv', 'dynamics', 39.5],
  ])('%s: two opportunities in March, one won in April for 12,000.50', async (name, crm, cycle) => {
    const { analysis, figures } = await analyse(name);
    expect(analysis.shape?.crm).toBe(crm);
    const [opened, won] = figures.stages.map((s) => s.name);
    expect(entered(figures, opened!)).toEqual({ '2026-03': 2 });
    expect(entered(figures, won!)).toEqual({ '2026-04': 1 });
    expect(figures.won).toEqual([{ month: '2026-04', count: 1, revenue: 12000.5 }]);
    expect(figures.averageDealSize).toBe(12000.5);
    // Opened 1 March 12:00 (Salesforce writes days only), won 10 April.
    expect(figures.cycle?.medianDays).toBeCloseTo(cycle, 9);
  });
});

describe('lead exports', () => {
  it.each(['salesforce-leads.csv', 'zoho-leads.csv'])(
    '%s: leads by month, and those converted',
    async (name) => {
      const { read, figures } = await analyse(name, { counting: 'strict' });
      const [lead, converted] = figures.stages.map((s) => s.name);
      expect(figures.records).toBe(6);
      expect(figures.duplicates).toBe(1);
      expect(entered(figures, lead!)).toEqual({ '2026-01': 2, '2026-02': 2, '2026-03': 2 });
      expect(entered(figures, converted!)).toEqual({ '2026-02': 2, '2026-03': 1 });
      if (name.startsWith('salesforce')) {
        expect(read.table!.footer).toEqual([
          'Grand Totals (7 records)',
          'Confidential Information - Do Not Distribute',
          'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
        ]);
        // A quoted note with a line break stays one cell of one row.
        expect(read.table!.rows[0]?.[9]).toBe('Met at the fair.\nAsked for pricing, "Pro" plan');
      }
    },
  );
});
