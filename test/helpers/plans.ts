import { buildFunnelTemplate } from '../../shared/domain/funnel-templates';
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

/** A plan of the year 2026 on the waterfall funnel (stage ids w-inquiry … w-won), in a language. */
export function waterfallPlan(language: 'en' | 'es' = 'en'): PlanDoc {
  return createPlanDoc({
    id: 'p1',
    name: 'Plan FY27',
    client: 'Acme',
    period: { start: '2026-01-01', end: '2026-12-31' },
    currency: 'EUR',
    language,
    teamNames:
      language === 'es'
        ? { marketing: 'Marketing', sales: 'Ventas' }
        : { marketing: 'Marketing', sales: 'Sales' },
    funnel: buildFunnelTemplate('waterfall', language, 'w'),
  });
}
