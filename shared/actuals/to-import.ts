import type { ActualsImport } from '../domain/actuals';
import type { ActualsFigures } from './aggregate';
import type { Crm, RecordKind } from './profile';

/**
 * The figures of one export as the plan keeps them: per plan stage (by id) and month,
 * counts and time summaries only. Nothing of a row (a name, an e-mail, an owner) has a
 * place here, so nothing of one can reach the plan, its file, a backup or an export.
 */
export function toActualsImport(
  figures: ActualsFigures,
  source: {
    id: string;
    importedAt: string;
    fileName: string;
    crm: Crm;
    kind: RecordKind;
    profileId: string | null;
  },
): ActualsImport | null {
  const months = figures.months.map((m) => m.month).sort();
  const firstMonth = months[0];
  const lastMonth = months.at(-1);
  if (!firstMonth || !lastMonth || !figures.asOf) return null;
  return {
    ...source,
    fileName: source.fileName.slice(0, 260),
    counting: figures.counting,
    asOf: figures.asOf,
    firstMonth,
    lastMonth,
    records: figures.records,
    duplicates: figures.duplicates,
    months: figures.months.map(({ month, stageKey, entered }) => ({
      month,
      stageId: stageKey,
      entered,
    })),
    cohorts: figures.cohorts.map((cohort) => ({
      fromId: cohort.fromKey,
      toId: cohort.toKey,
      month: cohort.month,
      entered: cohort.entered,
      reached30: cohort.within[30].reached,
      reached60: cohort.within[60].reached,
      reached90: cohort.within[90].reached,
    })),
    timeInStage: figures.timeInStage.map((step) => ({
      fromId: step.fromKey,
      toId: step.toKey,
      count: step.count,
      medianDays: step.medianDays,
      p90Days: step.p90Days,
    })),
    cycle: figures.cycle,
    won: figures.won,
    responses: figures.handoff?.responses ?? null,
    feedback: figures.handoff?.feedback ?? [],
    measured: figures.measured,
  };
}

/**
 * Earlier imports of the same report (the same CRM's export of the same records) that cover
 * any month of a new one: replaced by it, once the user agrees. Another report of the same
 * months (deals beside contacts) sits beside it; each stage is read from the one that dates
 * it.
 */
export function overlappingImports(
  imports: readonly ActualsImport[],
  next: Pick<ActualsImport, 'firstMonth' | 'lastMonth' | 'crm' | 'kind'>,
): ActualsImport[] {
  return imports.filter(
    (entry) =>
      entry.crm === next.crm &&
      entry.kind === next.kind &&
      entry.firstMonth <= next.lastMonth &&
      next.firstMonth <= entry.lastMonth,
  );
}
