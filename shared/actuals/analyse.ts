import { aggregateActuals, type ActualsFigures, type Counting } from './aggregate';
import type { HandoffTerms } from './handoff-figures';
import { matchStages, type PlanStageRef } from './match-stages';
import type { ExportShape, ImportProfile } from './profile';
import { recogniseExport } from './recognise';
import { readRecords, type RecordProblem, type RecordsRead, type TargetStage } from './records';
import type { ExportTable } from './table';

export interface ExportAnalysis {
  /** What the columns were recognised as; null when they fit no known CRM export. */
  shape: ExportShape | null;
  /** The profile the figures were read with (the recognised one, or the one given). */
  profile: ImportProfile | null;
  /** The stages counted: the plan's main path, or the export's own stages without a plan. */
  targets: TargetStage[];
  /** Export stages that count towards no target stage. */
  unmatched: string[];
  figures: ActualsFigures | null;
  problems: RecordProblem[];
  problemCount: number;
  dateFormats: RecordsRead['dateFormats'];
}

/**
 * From a table to the funnel's actual figures: the export is recognised (or read with a
 * profile kept from last time), its stages matched to the plan's main path (or kept as the
 * export names them when there is no plan), its rows read and counted. The same steps for
 * the screen, its worker and the command line.
 */
export function analyseExport(
  table: ExportTable,
  options: {
    planStages?: readonly PlanStageRef[];
    profile?: ImportProfile;
    counting?: Counting;
    /** The plan's SLA, to judge first responses and read sales' feedback. */
    sla?: Omit<HandoffTerms, 'countResponses'>;
  } = {},
): ExportAnalysis {
  const shape = recogniseExport(table.headers);
  const base =
    options.profile ??
    (shape ? { ...shape, planStages: {}, dayOrder: null, feedback: null } : null);
  if (!base) {
    return {
      shape,
      profile: null,
      targets: [],
      unmatched: [],
      figures: null,
      problems: [],
      problemCount: 0,
      dateFormats: {},
    };
  }
  const sourceNames = base.stages.map((stage) => stage.name);
  const targets: TargetStage[] = options.planStages
    ? options.planStages.map((stage) => ({ key: stage.id, name: stage.name }))
    : [...new Set(sourceNames)].map((name) => ({ key: name, name }));
  const planStages = options.profile
    ? options.profile.planStages
    : options.planStages
      ? matchStages(sourceNames, options.planStages)
      : Object.fromEntries(sourceNames.map((name) => [name, name]));
  const profile: ImportProfile = { ...base, planStages };
  const unmatched = sourceNames.filter((name) => planStages[name] === undefined);
  const { records, problems, problemCount, dateFormats, measured } = readRecords(
    table,
    profile,
    targets,
    options.sla?.calendar.timeZone,
  );
  const terms = options.sla && { ...options.sla, countResponses: profile.firstResponse !== null };
  const figures =
    problemCount === 0
      ? aggregateActuals(records, targets, options.counting ?? 'passThrough', { terms, measured })
      : null;
  return { shape, profile, targets, unmatched, figures, problems, problemCount, dateFormats };
}
