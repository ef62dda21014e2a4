import type { ExportAnalysis } from '../../../shared/actuals/analyse';
import type { Counting } from '../../../shared/actuals/aggregate';
import type { PlanStageRef } from '../../../shared/actuals/match-stages';
import type { HandoffTerms } from '../../../shared/actuals/handoff-figures';
import type { ImportProfile } from '../../../shared/actuals/profile';
import type { StoredProfile } from '../../../shared/domain/actuals';
import type { ExportEncoding, ReadProblem } from '../../../shared/actuals/read-export';

/** What the page asks the worker: read this file against these plan stages. */
export interface AnalyseRequest {
  /** The chosen file itself: the worker reads its bytes, off the page's thread. */
  file: Blob;
  planStages: PlanStageRef[];
  profile: ImportProfile | null;
  /** How the plan read earlier exports: one with the same columns is read the same way. */
  storedProfiles: StoredProfile[];
  counting: Counting;
  /** The plan's SLA, to judge first responses; null when the plan has no handoff stage. */
  sla: Omit<HandoffTerms, 'countResponses'> | null;
  /** Columns whose values the user maps (sales' verdicts): their distinct values come back. */
  valuesOf: string[];
}

/** A value a column holds and how many rows hold it. */
export interface ColumnValue {
  value: string;
  rows: number;
}

/**
 * What the worker answers. The first rows and sample values travel to the page to be
 * shown while the dialog is open; they are never stored.
 */
export type AnalyseResponse =
  | { kind: 'progress'; phase: 'reading' | 'counting' }
  | { kind: 'unreadable'; problems: ReadProblem[] }
  | {
      kind: 'read';
      encoding: ExportEncoding | null;
      separator: ',' | ';' | '\t' | null;
      headers: string[];
      firstRows: string[][];
      rowCount: number;
      footer: string[];
      analysis: ExportAnalysis;
      /** The distinct values of the columns asked for, most frequent first. */
      columnValues: Record<string, ColumnValue[]>;
    };
