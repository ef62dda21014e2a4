import { createPlanDoc, type PlanDoc } from '../../shared/domain/plan-doc';

export function samplePlan(overrides: Partial<PlanDoc> = {}): PlanDoc {
  return {
    ...createPlanDoc({
      id: 'p1',
      name: 'FY27 plan',
      client: 'Acme',
      period: { start: '2027-01-01', end: '2027-03-31' },
      currency: 'EUR',
      language: 'en',
      teamNames: { marketing: 'Marketing', sales: 'Sales' },
    }),
    ...overrides,
  };
}
