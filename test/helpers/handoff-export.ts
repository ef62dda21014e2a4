const stage = (name: string) => `"Date entered ""${name} (Lifecycle Stage Pipeline)"""`;

/**
 * A HubSpot contacts export with the first engagement and the lead status. Leads handed
 * over (MQL) in March 2026, answered against an SLA of 4 business hours, 9:00 to 18:00:
 *   1  Mon 2 10:00 → 11:00: 1 h. Connected (accepted).
 *   2  Fri 6 16:00 → Mon 9 10:00: 2 + 1 = 3 h. Bad Timing.
 *   3  Fri 6 17:30 → Tue 10 10:00: 0.5 + 9 + 1 = 10.5 h, late. Unqualified.
 *   4  Wed 18 17:00 → Fri 20 11:00: 1 + 2 = 3 h with Thursday 19 a holiday (12 h without).
 *      Connected.
 *   5  Mon 23 09:00, not answered yet. New (no verdict).
 * So 3 of 5 within 4 h (60 %), median 3 h; sales accepted 2 of the 4 it judged.
 */
export const HANDOFF_EXPORT = [
  [
    'Record ID',
    'Email',
    stage('Lead'),
    stage('Marketing Qualified Lead'),
    'First Engagement Date',
    'Lead Status',
  ].join(','),
  '1,a@example.com,2026-03-02 09:00,2026-03-02 10:00,2026-03-02 11:00,Connected',
  '2,b@example.com,2026-03-06 09:00,2026-03-06 16:00,2026-03-09 10:00,Bad Timing',
  '3,c@example.com,2026-03-06 09:00,2026-03-06 17:30,2026-03-10 10:00,Unqualified',
  '4,d@example.com,2026-03-18 09:00,2026-03-18 17:00,2026-03-20 11:00,Connected',
  '5,e@example.com,2026-03-23 08:00,2026-03-23 09:00,,New',
  '6,f@example.com,2026-03-25 10:00,,,New',
].join('\r\n');
