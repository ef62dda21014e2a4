/** A plan stage as matching sees it. */
export interface PlanStageRef {
  id: string;
  name: string;
}

/**
 * Words that name the same funnel stage in CRMs, in the plan's templates and in both
 * languages. A stage's name (or its template key, the end of a template stage's id) is
 * looked up here; two names meet when they share a concept.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  subscriber: ['subscriber', 'suscriptor', 'visitor', 'visitante'],
  lead: ['lead', 'leads', 'inquiry', 'consulta', 'prospect', 'prospecto', 'new lead'],
  mql: ['mql', 'marketing qualified lead', 'lead cualificado por marketing'],
  sal: ['sal', 'sales accepted lead', 'lead aceptado por ventas', 'accepted'],
  sql: ['sql', 'sales qualified lead', 'lead cualificado por ventas', 'converted', 'qualified'],
  opportunity: ['opportunity', 'oportunidad', 'deal', 'negocio', 'trato'],
  won: ['won', 'closed won', 'closed/won', 'customer', 'cliente', 'ganado', 'ganada', 'closedwon'],
  evangelist: ['evangelist', 'evangelizador'],
};

function conceptOf(text: string): string | null {
  const name = text.trim().toLowerCase();
  for (const [concept, names] of Object.entries(CONCEPTS)) {
    if (names.includes(name)) return concept;
  }
  return null;
}

/**
 * Matches each export stage to a plan stage: the same name first, then the same concept
 * (HubSpot's "Marketing Qualified Lead" is the plan's MQL; "Customer" is "Ganado").
 * Stages with no match are left out of the result for the user to map or leave aside.
 */
export function matchStages(
  sourceNames: readonly string[],
  planStages: readonly PlanStageRef[],
): Record<string, string> {
  const matched: Record<string, string> = {};
  const taken = new Set<string>();
  const planConcept = new Map(
    planStages.map((stage) => [
      stage.id,
      conceptOf(stage.name) ?? conceptOf(stage.id.split('-').pop() ?? ''),
    ]),
  );
  for (const source of sourceNames) {
    const same = planStages.find(
      (stage) => !taken.has(stage.id) && stage.name.trim().toLowerCase() === source.toLowerCase(),
    );
    if (same) {
      matched[source] = same.id;
      taken.add(same.id);
    }
  }
  for (const source of sourceNames) {
    if (matched[source]) continue;
    const concept = conceptOf(source);
    if (!concept) continue;
    const stage = planStages.find(
      (candidate) => !taken.has(candidate.id) && planConcept.get(candidate.id) === concept,
    );
    if (stage) {
      matched[source] = stage.id;
      taken.add(stage.id);
    }
  }
  return matched;
}
