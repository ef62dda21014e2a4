import type { FunnelSection } from '../domain/funnel';
import { keepMatchingWork, nameKey } from '../domain/funnel-template-merge';
import type { HandoffSection, SlaTerm } from '../domain/handoff';
import type { PlanDoc, Team } from '../domain/plan-doc';
import type { RaciRole, RaciSection } from '../domain/raci';
import type { AgendaItem } from '../domain/workshop';
import type {
  TemplateAgenda,
  TemplateFunnel,
  TemplateHandoff,
  TemplateParts,
  TemplateRaci,
} from './template';

/**
 * A plan with a template's parts applied, as a funnel template is applied: what matches by
 * name keeps its id, so what points at it stays linked (a stage keeps its definition and
 * the goals measured on it, an activity its SLA links, a role the person holding it); the
 * rest becomes the template's. Parts apply in the plan's order, so a handoff part finds the
 * stages and activities the same template just brought. New things take ids made from
 * `idPrefix`, which whoever makes the command chose: the result is the same in every window
 * and on the host. What pointed at something that went is let go of after, by the reducer.
 */
export function applyTemplateParts(
  doc: PlanDoc,
  parts: TemplateParts,
  idPrefix: string,
): Pick<PlanDoc, 'teams' | 'funnel' | 'raci' | 'handoff' | 'workshop'> {
  const id = (kind: string, index: number) => `${idPrefix}-${kind}${index}`;
  const funnel = parts.funnel ? funnelWith(doc.funnel, parts.funnel, id) : doc.funnel;
  const { raci, teams } = parts.raci
    ? raciWith(doc, parts.raci, id)
    : { raci: doc.raci, teams: doc.teams };
  const handoff = parts.handoff
    ? handoffWith(doc.handoff, parts.handoff, funnel, raci)
    : doc.handoff;
  const workshop = parts.agenda
    ? { ...doc.workshop, agenda: agendaOf(parts.agenda, id) }
    : doc.workshop;
  return { teams, funnel, raci, handoff, workshop };
}

type MakeId = (kind: string, index: number) => string;

function funnelWith(current: FunnelSection, template: TemplateFunnel, id: MakeId): FunnelSection {
  // Fresh ids first, so a template saved from this very plan cannot collide with a stage
  // renamed since; keepMatchingWork then gives matching stages their plan ids back.
  const stageId = new Map(template.stages.map((stage, index) => [stage.id, id('s', index)]));
  const fresh: FunnelSection = {
    template: current.template,
    stages: template.stages.map((stage) => ({ ...stage, id: stageId.get(stage.id) ?? stage.id })),
    handoffs: template.handoffs.map((handoff, index) => ({
      ...handoff,
      id: id('h', index),
      source: stageId.get(handoff.source) ?? handoff.source,
      target: stageId.get(handoff.target) ?? handoff.target,
    })),
    assumptions: current.assumptions,
    scenarios: [],
    planScenarioId: null,
  };
  const merged = keepMatchingWork(current, fresh);
  // A handoff the plan already had keeps the rate the leaders typed; the template's rate
  // stays beside it as the preset, to show the gap.
  const typed = new Map(current.handoffs.map((handoff) => [handoff.id, handoff.rate]));
  return {
    ...merged,
    handoffs: merged.handoffs.map((handoff) =>
      typed.has(handoff.id) ? { ...handoff, rate: typed.get(handoff.id) ?? null } : handoff,
    ),
  };
}

function raciWith(
  doc: PlanDoc,
  template: TemplateRaci,
  id: MakeId,
): { raci: RaciSection; teams: Team[] } {
  let teams = doc.teams;
  const teamOf = (kind: Team['kind']): string => {
    const found = teams.find((team) => team.kind === kind);
    if (found) return found.id;
    const added: Team = { id: id('team', 0), kind, name: template.otherTeamName ?? kind };
    teams = [...teams, added];
    return added.id;
  };
  const activityByName = new Map(doc.raci.activities.map((a) => [nameKey(a.name), a.id]));
  const activityId = new Map(
    template.activities.map((activity, index) => [
      activity.id,
      activityByName.get(nameKey(activity.name)) ?? id('a', index),
    ]),
  );
  const teamKind = new Map(doc.teams.map((team) => [team.id, team.kind]));
  const roleByName = new Map(
    doc.raci.roles.map((role) => [`${teamKind.get(role.teamId)}:${nameKey(role.name)}`, role]),
  );
  const roleId = new Map<string, string>();
  const roles: RaciRole[] = template.roles.map((role, index) => {
    const kept = roleByName.get(`${role.team}:${nameKey(role.name)}`);
    const next = kept
      ? { ...kept, name: role.name }
      : { id: id('r', index), name: role.name, teamId: teamOf(role.team), personId: null };
    roleId.set(role.id, next.id);
    return next;
  });
  const cells: RaciSection['cells'] = {};
  for (const [templateActivity, row] of Object.entries(template.cells)) {
    const activity = activityId.get(templateActivity);
    if (activity === undefined) continue;
    const letters: Record<string, RaciSection['cells'][string][string]> = {};
    for (const [templateRole, letter] of Object.entries(row)) {
      const role = roleId.get(templateRole);
      if (role !== undefined) letters[role] = letter;
    }
    if (Object.keys(letters).length > 0) cells[activity] = letters;
  }
  return {
    teams,
    raci: {
      activities: template.activities.map((activity) => ({
        ...activity,
        id: activityId.get(activity.id) ?? activity.id,
      })),
      roles,
      cells,
      overloadThreshold: template.overloadThreshold,
    },
  };
}

function handoffWith(
  current: HandoffSection,
  template: TemplateHandoff,
  funnel: FunnelSection,
  raci: RaciSection,
): HandoffSection {
  const stageByName = new Map(funnel.stages.map((stage) => [nameKey(stage.name), stage.id]));
  const activityByName = new Map(raci.activities.map((a) => [nameKey(a.name), a.id]));
  const definitions = { ...current.definitions };
  for (const { stageName, ...definition } of template.definitions) {
    const stageId = stageByName.get(nameKey(stageName));
    if (stageId !== undefined) definitions[stageId] = definition;
  }
  const raciLinks: Partial<Record<SlaTerm, string>> = {};
  for (const [term, activityId] of Object.entries(current.sla.raciLinks) as Array<
    [SlaTerm, string]
  >) {
    if (raci.activities.some((activity) => activity.id === activityId))
      raciLinks[term] = activityId;
  }
  for (const [term, name] of Object.entries(template.sla.raciLinks) as Array<[SlaTerm, string]>) {
    const activityId = activityByName.get(nameKey(name));
    if (activityId !== undefined) raciLinks[term] = activityId;
  }
  const { handoffStageName, hours } = template.sla;
  const handoffStage =
    handoffStageName === null ? undefined : stageByName.get(nameKey(handoffStageName));
  return {
    ...current,
    definitions,
    framework: template.framework,
    scoring: template.scoring,
    sla: {
      ...current.sla,
      ...pick(template.sla, SLA_TERMS_TAKEN),
      mqlStageId: handoffStageName === null ? null : (handoffStage ?? current.sla.mqlStageId),
      raciLinks,
      calendar: { ...current.sla.calendar, ...hours },
    },
  };
}

function agendaOf(template: TemplateAgenda, id: MakeId): AgendaItem[] {
  return template.items.map((item, index) => ({
    ...item,
    id: id('g', index),
    timer: { startedAt: null, elapsedMs: 0, addedMinutes: 0 },
  }));
}

/** The SLA's terms a template brings as they are; the stage and links are found by name. */
const SLA_TERMS_TAKEN = [
  'acceptanceRate',
  'firstResponseHours',
  'contactAttempts',
  'acceptWindowHours',
  'reasonCodes',
  'rejectedRoute',
  'escalation',
  'reviewCadence',
] as const;

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}
