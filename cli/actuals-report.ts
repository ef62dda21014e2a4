import type { ActualsFigures } from '../shared/actuals/aggregate';
import { COHORT_HORIZONS } from '../shared/actuals/aggregate';
import { messages } from '../shared/i18n';
import type { Crm, RecordKind } from '../shared/actuals/profile';

export interface ExportFacts {
  file: string;
  crm: Crm;
  kind: RecordKind;
  encoding: string | null;
  separator: string | null;
  footer: string[];
  dateFormats: Record<string, string>;
  recordId: string | null;
  mapping: Record<string, string>;
  unmatched: string[];
}

const SEPARATORS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const en = messages.en.actuals;

/** The export and its figures as plain text for a terminal, in English. */
export function formatReport(facts: ExportFacts, figures: ActualsFigures): string {
  const lines: string[] = [];
  const number = (value: number, digits = 0) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits });
  const count = (value: number, one: string, many: string) =>
    `${number(value)} ${value === 1 ? one : many}`;
  const percent = (rate: number | null) =>
    rate === null ? 'too early' : `${number(rate * 100, 1)}%`;

  lines.push(`${facts.file}: ${en.crm[facts.crm]} ${en.kind[facts.kind]}`);
  lines.push(
    `  read as ${facts.encoding ?? '?'}${facts.separator ? `, ${SEPARATORS[facts.separator] ?? facts.separator}-separated` : ''}`,
  );
  for (const [column, format] of Object.entries(facts.dateFormats)) {
    lines.push(`  dates in "${column}": ${format}`);
  }
  if (facts.footer.length > 0) lines.push(`  report footer left out: ${facts.footer.join(' | ')}`);
  lines.push(
    `  records told apart by: ${facts.recordId ?? '(no id column: each row is a record)'}`,
  );
  lines.push(
    `  ${count(figures.records, 'record', 'records')}, ${count(figures.duplicates, 'duplicate row', 'duplicate rows')} merged, counting ${figures.counting === 'strict' ? 'strictly' : 'pass-through'}`,
  );
  lines.push('', 'Stages:');
  for (const [source, stage] of Object.entries(facts.mapping)) lines.push(`  ${source} → ${stage}`);
  for (const source of facts.unmatched) lines.push(`  ${source} → (not counted)`);

  const months = [...new Set(figures.months.map((m) => m.month))];
  const stages = figures.stages.map((s) => s.name);
  const width = Math.max(8, ...stages.map((s) => s.length)) + 2;
  lines.push('', 'Entered per month:');
  lines.push(`  ${'month'.padEnd(9)}${stages.map((s) => s.padStart(width)).join('')}`);
  for (const month of months) {
    const cells = stages.map((stage) =>
      number(
        figures.months.find((m) => m.month === month && m.stage === stage)?.entered ?? 0,
      ).padStart(width),
    );
    lines.push(`  ${month.padEnd(9)}${cells.join('')}`);
  }

  const quarters = [...new Set(figures.quarters.map((q) => q.quarter))];
  if (quarters.length > 0) {
    lines.push('', 'Entered per quarter:');
    for (const quarter of quarters) {
      const cells = stages.map((stage) =>
        number(
          figures.quarters.find((q) => q.quarter === quarter && q.stage === stage)?.entered ?? 0,
        ).padStart(width),
      );
      lines.push(`  ${quarter.padEnd(9)}${cells.join('')}`);
    }
  }

  const responses = figures.handoff?.responses;
  if (responses) {
    lines.push('', `First responses (within ${number(responses.targetHours, 2)} business hours):`);
    for (const month of responses.months) {
      const share =
        month.qualified === 0 ? '–' : `${number((month.withinTarget / month.qualified) * 100, 1)}%`;
      const median = month.medianHours === null ? '–' : `${number(month.medianHours, 2)} h`;
      lines.push(
        `  ${month.month}: ${number(month.withinTarget)} of ${number(month.qualified)} handed over (${share}), ${number(month.qualified - month.answered)} unanswered, median ${median}`,
      );
    }
  }
  for (const month of figures.handoff?.feedback ?? []) {
    if (month === figures.handoff?.feedback[0]) lines.push('', "Sales' verdicts:");
    const rejected = Object.entries(month.rejected)
      .map(([reason, n]) => `${number(n ?? 0)} ${reason}`)
      .join(', ');
    lines.push(
      `  ${month.month}: ${number(month.accepted)} accepted${rejected ? `; rejected: ${rejected}` : ''}`,
    );
  }

  if (figures.cohorts.length > 0) {
    lines.push(
      '',
      `Cohort conversion (within ${COHORT_HORIZONS.join(' / ')} days; data up to ${figures.asOf}):`,
    );
    for (const cohort of figures.cohorts) {
      const rates = COHORT_HORIZONS.map((h) => percent(cohort.within[h].rate)).join(' / ');
      lines.push(
        `  ${cohort.from} → ${cohort.to}, ${cohort.month}: ${number(cohort.entered)} entered, ${rates}`,
      );
    }
  }
  if (figures.timeInStage.length > 0) {
    lines.push('', 'Days to the next stage (median, 90th percentile):');
    for (const step of figures.timeInStage) {
      lines.push(
        `  ${step.from} → ${step.to}: ${number(step.medianDays, 1)}, ${number(step.p90Days, 1)} (${count(step.count, 'record', 'records')})`,
      );
    }
  }
  if (figures.cycle) {
    lines.push(
      `  whole cycle: ${number(figures.cycle.medianDays, 1)}, ${number(figures.cycle.p90Days, 1)} (${count(figures.cycle.count, 'record', 'records')})`,
    );
  }
  if (figures.won.length > 0) {
    lines.push('', 'Revenue won:');
    for (const won of figures.won)
      lines.push(`  ${won.month}: ${number(won.count)} won, ${number(won.revenue, 2)}`);
    if (figures.averageDealSize !== null)
      lines.push(`  average deal: ${number(figures.averageDealSize, 2)}`);
  }
  if (figures.outOfOrder.length > 0) {
    lines.push('', 'Dates out of order:');
    for (const finding of figures.outOfOrder) {
      lines.push(`  row ${finding.row}: ${finding.stage} is dated before ${finding.before}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
