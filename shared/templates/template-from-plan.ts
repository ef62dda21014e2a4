import type { PlanDoc } from '../domain/plan-doc';
import type { SlaTerm } from '../domain/handoff';
import type {
  TemplateAgenda,
  TemplateFunnel,
  TemplateHandoff,
  TemplatePartName,
  TemplateParts,
  TemplateRaci,
} from './template';

/**
 * The parts of a plan a consultant chose to keep as a template. What belongs to this client
 * stays behind: people (a RACI column held by a person keeps its role's name), the volumes
 * and targets typed, goals, decisions, actions, timers, actuals and holidays. The funnel's
 * agreed rates become the template's presets.
 */
export function templatePartsFromPlan(
  doc: PlanDoc,
  parts: readonly TemplatePartName[],
): TemplateParts {
  const chosen = new Set(parts);
  return {
    ...(chosen.has('funnel') && doc.funnel.stages.length > 0 ? { funnel: funnelOf(doc) } : {}),
    ...(chosen.has('raci') && doc.raci.activities.length > 0 ? { raci: raciOf(doc) } : {}),
    ...(chosen.has('handoff') ? { handoff: handoffOf(doc) } : {}),
    ...(chosen.has('agenda') && doc.workshop.agenda.length > 0 ? { agenda: agendaOf(doc) } : {}),
  };
}

/** The parts this plan has enough of to keep: a funnel with stages, a RACI with rows… */
export function partsAvailable(doc: PlanDoc): TemplatePartName[] {
  return [
    ...(doc.funnel.stages.length > 0 ? (['funnel'] as const) : []),
    ...(doc.raci.activities.length > 0 ? (['raci'] as const) : []),
    'handoff' as const,
    ...(doc.workshop.agenda.length > 0 ? (['agenda'] as const) : []),
  ];
}

function funnelOf(doc: PlanDoc): TemplateFunnel {
  return {
    stages: doc.funnel.stages.map((stage) => ({ ...stage })),
    handoffs: doc.funnel.handoffs.map((handoff) => ({ ...handoff, presetRate: handoff.rate })),
  };
}

function raciOf(doc: PlanDoc): TemplateRaci {
  const teamKind = new Map(doc.teams.map((team) => [team.id, team.kind]));
  const roles = doc.raci.roles.map((role) => ({
    id: role.id,
    name: role.name,
    team: teamKind.get(role.teamId) ?? 'other',
  }));
  const otherTeam = doc.teams.find((team) => team.kind === 'other');
  return {
    activities: doc.raci.activities.map((activity) => ({ ...activity })),
    roles,
    cells: structuredClone(doc.raci.cells),
    overloadThreshold: doc.raci.overloadThreshold,
    otherTeamName: roles.some((role) => role.team === 'other')
      ? (otherTeam?.name ?? 'Other')
      : null,
  };
}

function handoffOf(doc: PlanDoc): TemplateHandoff {
  const { definitions, framework, scoring, sla } = doc.handoff;
  const stageName = new Map(doc.funnel.stages.map((stage) => [stage.id, stage.name]));
  const activityName = new Map(doc.raci.activities.map((a) => [a.id, a.name]));
  const raciLinks: Partial<Record<SlaTerm, string>> = {};
  for (const [term, activityId] of Object.entries(sla.raciLinks) as Array<[SlaTerm, string]>) {
    const name = activityName.get(activityId);
    if (name !== undefined) raciLinks[term] = name;
  }
  return {
    definitions: Object.entries(definitions).flatMap(([stageId, definition]) => {
      const name = stageName.get(stageId);
      return name === undefined ? [] : [{ stageName: name, ...structuredClone(definition) }];
    }),
    framework: structuredClone(framework),
    scoring: structuredClone(scoring),
    sla: {
      handoffStageName: sla.mqlStageId === null ? null : (stageName.get(sla.mqlStageId) ?? null),
      acceptanceRate: sla.acceptanceRate,
      firstResponseHours: sla.firstResponseHours,
      contactAttempts: sla.contactAttempts,
      acceptWindowHours: sla.acceptWindowHours,
      reasonCodes: [...sla.reasonCodes],
      rejectedRoute: sla.rejectedRoute,
      escalation: sla.escalation,
      reviewCadence: sla.reviewCadence,
      raciLinks,
      hours: {
        workingDays: [...sla.calendar.workingDays],
        opensAt: sla.calendar.opensAt,
        closesAt: sla.calendar.closesAt,
      },
    },
  };
}

function agendaOf(doc: PlanDoc): TemplateAgenda {
  return {
    items: doc.workshop.agenda.map(({ topic, title, minutes }) => ({ topic, title, minutes })),
  };
}
