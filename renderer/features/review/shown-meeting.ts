import type { ReviewMeeting } from '../../../shared/domain/actuals';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';

/** The meeting chosen in this window for this plan, or else the latest. */
export function shownMeeting(
  doc: Pick<PlanDoc, 'id' | 'actuals'>,
  shown: { planId: string; meetingId: string } | null,
): ReviewMeeting | null {
  const meetings = doc.actuals.reviews;
  const chosen =
    shown?.planId === doc.id ? meetings.find((m) => m.id === shown.meetingId) : undefined;
  return chosen ?? meetings.at(-1) ?? null;
}

export function useShownMeeting(doc: Pick<PlanDoc, 'id' | 'actuals'> | null): ReviewMeeting | null {
  const shown = useAppStore((s) => s.shownReview);
  return doc ? shownMeeting(doc, shown) : null;
}
