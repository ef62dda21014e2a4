import { describe, expect, it } from 'vitest';
import {
  acceptance,
  carriedOverActions,
  monthsBetween,
  periodHandoff,
} from '../../../../shared/actuals/review-figures';
import type { ActualsSection, ReviewMeeting } from '../../../../shared/domain/actuals';
import { actualsImport } from '../../../helpers/actuals';

const month = (m: string, qualified: number, withinTarget: number, medianHours: number) => ({
  month: m,
  qualified,
  answered: qualified,
  withinTarget,
  medianHours,
});

/** January–February from one export (SLA 4 h), March from the next (SLA changed to 2 h). */
const actuals: ActualsSection = {
  profiles: [],
  reviews: [],
  imports: [
    actualsImport({
      id: 'jan-feb',
      firstMonth: '2026-01',
      lastMonth: '2026-02',
      responses: {
        targetHours: 4,
        months: [month('2026-01', 10, 8, 2.5), month('2026-02', 20, 10, 5)],
      },
      feedback: [
        { month: '2026-01', accepted: 7, rejected: { noBudget: 2 } },
        { month: '2026-02', accepted: 12, rejected: { noBudget: 1, notIcp: 3 } },
      ],
    }),
    actualsImport({
      id: 'mar',
      firstMonth: '2026-03',
      lastMonth: '2026-03',
      responses: { targetHours: 2, months: [month('2026-03', 5, 5, 1)] },
      feedback: [],
    }),
  ],
};

describe("a review's months", () => {
  it('run across the turn of a year', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });

  it('sum the handoff of the imports covering them, keeping each month’s median', () => {
    expect(periodHandoff(actuals, '2026-02', '2026-03')).toEqual({
      responses: {
        qualified: 25,
        answered: 25,
        withinTarget: 15,
        targetHours: [4, 2],
        medians: [
          { month: '2026-02', medianHours: 5 },
          { month: '2026-03', medianHours: 1 },
        ],
      },
      feedback: { accepted: 12, rejected: { noBudget: 1, notIcp: 3 } },
    });
    expect(periodHandoff(actuals, '2026-05', '2026-06')).toEqual({
      responses: null,
      feedback: null,
    });
    // 19 accepted of 25 judged in January and February.
    const both = periodHandoff(actuals, '2026-01', '2026-02').feedback!;
    expect(acceptance(both)).toEqual({ judged: 25, rate: 19 / 25 });
  });
});

describe('actions carried over', () => {
  const meeting = (id: string, date: string, statuses: string[]): ReviewMeeting => ({
    id,
    date,
    from: '2026-01',
    to: '2026-01',
    typedFeedback: null,
    decisions: [],
    actions: statuses.map((status, i) => ({
      id: `${id}-${i}`,
      text: `${id} action ${i}`,
      ownerId: null,
      due: null,
      status: status as 'open' | 'inProgress' | 'done',
    })),
  });

  it('are the open ones of earlier meetings, never a later meeting’s', () => {
    const january = meeting('jan', '2026-02-03', ['open', 'done', 'inProgress']);
    const february = meeting('feb', '2026-03-03', ['open']);
    const march = meeting('mar', '2026-04-07', []);
    const carried = carriedOverActions([january, february, march], february);
    expect(carried.map(({ action }) => action.id)).toEqual(['jan-0', 'jan-2']);
    expect(carriedOverActions([january, february, march], march).map((c) => c.action.id)).toEqual([
      'jan-0',
      'jan-2',
      'feb-0',
    ]);
  });
});
