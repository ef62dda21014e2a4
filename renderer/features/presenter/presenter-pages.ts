import type { ReviewMeeting } from '../../../shared/domain/actuals';
import { carriedOverActions, periodHandoff } from '../../../shared/actuals/review-figures';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { commitments } from '../../../shared/domain/raci-rules';
import { slaTerms } from '../../../shared/domain/sla';

export const PARTS = [
  'agenda',
  'funnel',
  'goals',
  'accountability',
  'sla',
  'decisions',
  'actuals',
  'review',
] as const;
export type Part = (typeof PARTS)[number];

/**
 * Rows one slide shows of a list part at presenter size (28–48 px type at 1280×720): a
 * longer part runs over several slides instead of hiding its last rows below the screen.
 */
export const ROWS_PER_SLIDE: Readonly<Record<Part, number>> = {
  agenda: Number.POSITIVE_INFINITY,
  funnel: Number.POSITIVE_INFINITY,
  goals: 6,
  accountability: 4,
  sla: 4,
  decisions: 5,
  // Stages of plan against actual: two lines a cell, four rows fit under the months.
  actuals: 4,
  review: 5,
};

/** One slide: a part of the plan, and which of its pages. */
export interface PresenterPage {
  id: string;
  part: Part;
  /** 1-based. */
  page: number;
  pages: number;
}

/** The SLA terms a slide shows: a text term the teams left empty is not shown. */
export function shownSlaTerms(doc: PlanDoc, analysis: FunnelAnalysis) {
  return slaTerms(doc.handoff.sla, doc.funnel, analysis).filter(
    (row) => row.target.kind !== 'text' || row.target.value.trim(),
  );
}

function rowsOf(
  part: Part,
  doc: PlanDoc,
  analysis: FunnelAnalysis,
  meeting: ReviewMeeting | null,
): number {
  switch (part) {
    case 'goals':
      return doc.goals.goals.length;
    case 'accountability':
      return commitments(doc.raci).length;
    case 'sla':
      return shownSlaTerms(doc, analysis).length;
    case 'decisions':
      return (
        doc.workshop.decisions.length + doc.workshop.actions.length + doc.workshop.parkingLot.length
      );
    case 'actuals':
      return analysis.rows.length;
    case 'review':
      return reviewRows(doc, meeting).length;
    default:
      return 0;
  }
}

/** Every slide of the presenter view in order; a part's id is its name, then "sla-2"… */
export function presenterPages(
  doc: PlanDoc,
  analysis: FunnelAnalysis,
  meeting: ReviewMeeting | null = doc.actuals.reviews.at(-1) ?? null,
): PresenterPage[] {
  return PARTS.flatMap((part) => {
    // Plan against actual is a slide of the review meeting: there once actuals are imported.
    if (part === 'actuals' && doc.actuals.imports.length === 0) return [];
    if (part === 'review' && doc.actuals.reviews.length === 0) return [];
    const perSlide = ROWS_PER_SLIDE[part];
    const pages = Number.isFinite(perSlide)
      ? Math.max(1, Math.ceil(rowsOf(part, doc, analysis, meeting) / perSlide))
      : 1;
    return Array.from({ length: pages }, (_, i) => ({
      id: i === 0 ? part : `${part}-${i + 1}`,
      part,
      page: i + 1,
      pages,
    }));
  });
}

/** The rows of a list that one page of its part shows. */
export function rowsOnPage<T>(rows: readonly T[], page: PresenterPage): T[] {
  const perSlide = ROWS_PER_SLIDE[page.part];
  if (!Number.isFinite(perSlide)) return [...rows];
  return rows.slice((page.page - 1) * perSlide, page.page * perSlide);
}

/**
 * The lines of the latest review meeting's slide: the handoff in two sentences, then what it
 * agreed, and the actions earlier reviews left open.
 */
export type ReviewRow =
  | { kind: 'responses' }
  | { kind: 'quality' }
  | { kind: 'decision'; id: string; text: string }
  | { kind: 'action'; id: string; text: string; ownerId: string | null; due: string | null };

export function reviewRows(doc: PlanDoc, meeting: ReviewMeeting | null): ReviewRow[] {
  if (!meeting) return [];
  // A sentence the imports cannot support is left off the slide, not shown as a hint.
  const figures = periodHandoff(doc.actuals, meeting.from, meeting.to);
  return [
    ...(figures.responses ? [{ kind: 'responses' as const }] : []),
    ...(figures.feedback || meeting.typedFeedback ? [{ kind: 'quality' as const }] : []),
    ...meeting.decisions.map((d) => ({ kind: 'decision' as const, id: d.id, text: d.text })),
    ...meeting.actions
      .filter((a) => a.status !== 'done')
      .map((a) => ({
        kind: 'action' as const,
        id: a.id,
        text: a.text,
        ownerId: a.ownerId,
        due: a.due,
      })),
    // What earlier reviews left open is still the room's to close.
    ...carriedOverActions(doc.actuals.reviews, meeting).map(({ action: a }) => ({
      kind: 'action' as const,
      id: a.id,
      text: a.text,
      ownerId: a.ownerId,
      due: a.due,
    })),
  ];
}
