/** What the side panel shows: one stage, one handoff, or the funnel's assumptions. */
export type FunnelSelection =
  { kind: 'stage'; id: string } | { kind: 'handoff'; id: string } | null;
