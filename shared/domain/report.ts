import * as z from 'zod';
import type { PlanDoc } from './plan-doc';
import { lazySchema } from './lazy-schema';

/** The parts of the printed plan after its cover, in the order they print. */
export const REPORT_SECTIONS = [
  'summary',
  'funnel',
  'goals',
  'raci',
  'handoff',
  'sla',
  'decisions',
  'assessment',
  'actuals',
  'signoff',
  'glossary',
] as const;
export const ReportSectionSchema = lazySchema(() => z.enum(REPORT_SECTIONS));
export const PaperSizeSchema = lazySchema(() => z.enum(['A4', 'Letter']));

export type ReportSection = z.infer<typeof ReportSectionSchema>;
export type PaperSize = z.infer<typeof PaperSizeSchema>;

/**
 * The sections that have something to print: an empty one is left out, never
 * printed blank. The SLA always has terms, the sign-off always has lines.
 */
export function sectionsWithContent(doc: PlanDoc): ReportSection[] {
  const has: Record<ReportSection, boolean> = {
    summary: true,
    funnel: doc.funnel.stages.length > 0,
    goals: doc.goals.goals.length > 0,
    raci: doc.raci.activities.length > 0 && doc.raci.roles.length > 0,
    handoff:
      Object.values(doc.handoff.definitions).some(
        (d) => d.definition.trim() || d.entryCriteria.trim() || d.exitCriteria.trim(),
      ) ||
      doc.handoff.framework.checklist.length > 0 ||
      doc.handoff.scoring.criteria.length > 0,
    sla: true,
    decisions:
      doc.workshop.decisions.length +
        doc.workshop.actions.length +
        doc.workshop.parkingLot.length +
        doc.workshop.votes.length >
      0,
    assessment: doc.workshop.assessments.length > 0,
    actuals: doc.actuals.imports.length > 0,
    signoff: true,
    glossary: true,
  };
  return REPORT_SECTIONS.filter((section) => has[section]);
}

/** The report's address in the renderer: what the printers load and the preview shows. */
export function reportPath(
  planId: string,
  options: { paper: PaperSize; language: 'en' | 'es'; sections: readonly ReportSection[] },
): string {
  return `/plans/${encodeURIComponent(planId)}/report/${options.paper}/${options.language}/${options.sections.join(',') || 'none'}`;
}
