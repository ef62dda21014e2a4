import type { PlanDoc } from '../domain/plan-doc';
import { applyCommand } from '../domain/reducer';
import type { TemplateParts } from './template';

/** A new plan with the own templates' parts it was started from: where it starts, not a step. */
export function startedFrom(
  doc: PlanDoc,
  from: { parts: TemplateParts; names: string[] } | undefined,
): PlanDoc {
  if (from === undefined) return doc;
  return applyCommand(doc, {
    type: 'template.apply',
    parts: from.parts,
    templateName: from.names.join(', ').slice(0, 80) || 'template',
    idPrefix: 'tpl',
  }).doc;
}
