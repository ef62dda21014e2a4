/**
 * The parts a template can hold, in the order the plan shows them. Kept apart from the
 * template's schemas so the library screen (which offers them) loads without zod.
 */
export const TEMPLATE_PARTS = ['funnel', 'raci', 'handoff', 'agenda'] as const;
export type TemplatePartName = (typeof TEMPLATE_PARTS)[number];
