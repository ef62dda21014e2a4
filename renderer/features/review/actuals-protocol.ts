import type { ExportAnalysis } from '../../../shared/actuals/analyse';
import type { Counting } from '../../../shared/actuals/aggregate';
import type { PlanStageRef } from '../../../shared/actuals/match-stages';
import type { ImportProfile } from '../../../shared/actuals/profile';
import type { ExportEncoding, ReadProblem } from '../../../shared/actuals/read-export';

/** What the page asks the worker: read these bytes against these plan stages. */
export interface AnalyseRequest {
  bytes: ArrayBuffer;
  planStages: PlanStageRef[];
  profile: ImportProfile | null;
  counting: Counting;
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
    };
