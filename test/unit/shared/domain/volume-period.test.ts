import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import type { VolumePeriod } from '../../../../shared/domain/funnel';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { daysIn } from '../../../../shared/domain/volume-period';
import { samplePlan } from '../../../helpers/plans';

const PERIODS: VolumePeriod[] = ['month', 'quarter', 'year'];

/** A plan with a waterfall funnel, every figure per period set, counted per `period`. */
function planPer(
  period: VolumePeriod,
  figures: { top: number; target: number; deal: number; spend: number; agreed: number },
) {
  const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
  return applyCommands(samplePlan(), [
    {
      type: 'funnel.replace',
      funnel: {
        ...funnel,
        assumptions: {
          topVolume: figures.top,
          revenueTarget: figures.target,
          avgDealSize: figures.deal,
          period,
        },
      },
    },
    { type: 'kpis.set', patch: { marketingSpend: figures.spend, leadTarget: figures.agreed } },
    { type: 'handoff.sla.set', patch: { mqlVolumeOverride: figures.agreed } },
  ]).doc;
}

const figures = fc.record({
  top: fc.integer({ min: 1, max: 1_000_000 }),
  target: fc.integer({ min: 1, max: 1_000_000_000 }),
  deal: fc.integer({ min: 1, max: 1_000_000 }),
  spend: fc.integer({ min: 0, max: 10_000_000 }),
  agreed: fc.integer({ min: 0, max: 100_000 }),
});

type Plan = ReturnType<typeof planPer>;

/** Every figure the plan counts per period, by name. */
const PER_PERIOD: ReadonlyArray<[string, (plan: Plan) => number | null]> = [
  ['revenue target', (plan) => plan.funnel.assumptions.revenueTarget],
  ['top volume', (plan) => plan.funnel.assumptions.topVolume],
  ['agreed leads', (plan) => plan.handoff.sla.mqlVolumeOverride],
  ['marketing spend', (plan) => plan.goals.kpis.marketingSpend],
  ['lead target', (plan) => plan.goals.kpis.leadTarget],
];

const perDay = (value: number | null, period: VolumePeriod) =>
  value === null ? null : value / daysIn(period);

function expectSame(a: number | null, b: number | null, what = '') {
  if (a === null || b === null) return expect(a, what).toBe(b);
  expect(b, what).toBeCloseTo(a, Math.max(0, 6 - Math.ceil(Math.log10(Math.abs(a) + 1))));
}

describe('changing the period volumes are counted in', () => {
  it('keeps the business the same: every figure per day, and velocity, are unchanged', () => {
    fc.assert(
      fc.property(
        figures,
        fc.constantFrom(...PERIODS),
        fc.constantFrom(...PERIODS),
        (values, from, to) => {
          const before = planPer(from, values);
          const after = applyCommand(before, {
            type: 'funnel.assumptions.set',
            patch: { period: to },
          }).doc;
          const was = analyzeFunnel(before.funnel);
          const is = analyzeFunnel(after.funnel);
          expect(after.funnel.assumptions.period).toBe(to);
          for (const [what, figure] of PER_PERIOD) {
            expectSame(perDay(figure(before), from), perDay(figure(after), to), what);
          }
          // Customers are whole in each period: per day they differ by less than one
          // customer in the shorter period.
          const oneCustomerPerDay = 1 / Math.min(daysIn(from), daysIn(to));
          const customers = [perDay(was.customers, from) ?? 0, perDay(is.customers, to) ?? 0];
          expect(Math.abs(customers[0]! - customers[1]!)).toBeLessThanOrEqual(
            oneCustomerPerDay + 1e-9,
          );
          expectSame(was.velocityPerDay, is.velocityPerDay, 'velocity');
          // Rates and the deal size are not counted per period.
          expect(after.funnel.assumptions.avgDealSize).toBe(values.deal);
          expect(after.funnel.handoffs).toEqual(before.funnel.handoffs);
        },
      ),
    );
  });

  it('turns 100,000 € a month into 1,200,000 € a year, and back in one undo', () => {
    const monthly = planPer('month', {
      top: 3000,
      target: 100_000,
      deal: 20_000,
      spend: 0,
      agreed: 0,
    });
    const step = applyCommand(monthly, {
      type: 'funnel.assumptions.set',
      patch: { period: 'year' },
    });
    expect(step.doc.funnel.assumptions).toMatchObject({
      revenueTarget: 1_200_000,
      topVolume: 36_000,
    });
    const quarterly = applyCommand(step.doc, {
      type: 'funnel.assumptions.set',
      patch: { period: 'quarter' },
    }).doc;
    expect(quarterly.funnel.assumptions).toMatchObject({
      revenueTarget: 300_000,
      topVolume: 9_000,
    });
  });

  it('takes a value typed in the same edit as typed, in the new period', () => {
    const monthly = planPer('month', {
      top: 3000,
      target: 100_000,
      deal: 20_000,
      spend: 0,
      agreed: 0,
    });
    const doc = applyCommand(monthly, {
      type: 'funnel.assumptions.set',
      patch: { period: 'year', revenueTarget: 2_000_000 },
    }).doc;
    expect(doc.funnel.assumptions).toMatchObject({ revenueTarget: 2_000_000, topVolume: 36_000 });
  });
});
