import type { BrowserContext } from 'playwright-core';
import { newGoal } from '../../../shared/domain/goals';
import { REPORT_SECTIONS, reportPath } from '../../../shared/domain/report';
import type { PagePrinter } from '../../../electron/web/report-page';
import { benchGraph } from './bench-graph';

/** A plan of typical workshop size: 12 stages, 10 goals, 40 RACI rows over 8 roles, criteria. */
export function reportBenchCommands(teams: { marketing: string; sales: string }): unknown[] {
  const funnel = benchGraph(12);
  const people = Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    roleTitle: 'Lead',
    teamId: i % 2 ? teams.sales : teams.marketing,
  }));
  const phases = ['plan', 'generate', 'qualify', 'handoff', 'close', 'retain', 'review'];
  return [
    {
      type: 'funnel.replace',
      funnel: {
        ...funnel,
        assumptions: { ...funnel.assumptions, revenueTarget: 900_000, avgDealSize: 15_000 },
      },
    },
    ...people.map((person) => ({ type: 'person.add', person })),
    ...Array.from({ length: 10 }, (_, i) => ({
      type: 'goal.add',
      goal: {
        ...newGoal(`g${i}`, `Shared goal ${i}`),
        statement: `Marketing and sales deliver result ${i} together`,
        target: 100 + i,
        baseline: 50,
        deadline: '2027-03-31',
        ownerIds: [`p${i % 8}`],
      },
    })),
    {
      type: 'raci.activities.add',
      activities: Array.from({ length: 40 }, (_, i) => ({
        id: `a${i}`,
        name: `Activity ${i} of the alignment plan`,
        phase: phases[i % phases.length],
        handoff: i % 4 === 0,
      })),
    },
    ...people.map((p, i) => ({
      type: 'raci.role.add',
      role: { id: `r${i}`, name: `Role ${i}`, teamId: p.teamId, personId: p.id },
    })),
    ...Array.from({ length: 40 }, (_, i) => [
      { type: 'raci.cell.set', activityId: `a${i}`, roleId: `r${i % 8}`, letter: 'A' },
      { type: 'raci.cell.set', activityId: `a${i}`, roleId: `r${(i + 1) % 8}`, letter: 'R' },
      { type: 'raci.cell.set', activityId: `a${i}`, roleId: `r${(i + 3) % 8}`, letter: 'C' },
    ]).flat(),
    ...Array.from({ length: 6 }, (_, i) => ({
      type: 'handoff.criterion.add',
      criterion: {
        id: `c${i}`,
        name: `Criterion ${i}`,
        dimension: i % 2 ? 'engagement' : 'fit',
        field: `field_${i}`,
        operator: 'present',
        value: '',
        points: 10,
      },
    })),
  ];
}

/**
 * Prints the whole report of `planId` the way the browser shell's printer does (its
 * warm page: the report route, ready, A4 with header and footer), and a blank page in the
 * same browser; returns both times in milliseconds. Call it with one printer throughout:
 * the first print opens the printer's page, as the shell's first print does.
 */
export async function printReportAndBlank(
  context: BrowserContext,
  print: PagePrinter,
  planId: string,
): Promise<{ report: number; blank: number }> {
  const job = {
    path: reportPath(planId, { paper: 'A4', language: 'en', sections: REPORT_SECTIONS }),
    paper: 'A4' as const,
    headerTemplate: '<span class="title"></span>',
    footerTemplate: '<span class="pageNumber"></span>',
  };
  let start = Date.now();
  await print(job);
  const report = Date.now() - start;
  const page = await context.newPage();
  start = Date.now();
  await page.goto('about:blank');
  await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: job.headerTemplate,
    footerTemplate: job.footerTemplate,
    margin: { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' },
  });
  const blank = Date.now() - start;
  await page.close();
  return { report, blank };
}
