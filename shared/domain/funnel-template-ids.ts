/**
 * The funnels a new plan can start from. Kept apart from the funnel's schemas so
 * the library screen (which offers them) loads without zod and the plan model.
 */
export const FUNNEL_TEMPLATE_IDS = ['blank', 'hubspot', 'waterfall', 'pardot'] as const;

export type FunnelTemplateId = (typeof FUNNEL_TEMPLATE_IDS)[number];
