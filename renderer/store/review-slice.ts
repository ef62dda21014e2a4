import type { SliceCreator } from './app-store';

/**
 * The review meeting a window shows: chosen on the Review screen, and followed by the
 * presenter view in the same window, so the room sees the meeting being held.
 */
export interface ReviewSlice {
  shownReview: { planId: string; meetingId: string } | null;
  showReview: (planId: string, meetingId: string) => void;
}

export const createReviewSlice: SliceCreator<ReviewSlice> = (set) => ({
  shownReview: null,
  showReview: (planId, meetingId) => set({ shownReview: { planId, meetingId } }),
});
