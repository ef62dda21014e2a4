import type { Command } from '../../shared/domain/commands';

/** The plan's screens, as the section navigation names them. */
export type PlanSection =
  'overview' | 'funnel' | 'goals' | 'raci' | 'handoff' | 'workshop' | 'review';

const SECTION_BY_COMMAND_PREFIX: Record<string, PlanSection> = {
  plan: 'overview',
  person: 'overview',
  team: 'overview',
  funnel: 'funnel',
  goal: 'goals',
  kpis: 'goals',
  raci: 'raci',
  handoff: 'handoff',
  action: 'workshop',
  agenda: 'workshop',
  approver: 'workshop',
  assessment: 'workshop',
  decision: 'workshop',
  parking: 'workshop',
  timer: 'workshop',
  actuals: 'review',
};

/** The screen where an edit is seen: what undo names, and where "Show it" leads. */
export function sectionOf(command: Command): PlanSection {
  return SECTION_BY_COMMAND_PREFIX[command.type.split('.')[0] ?? ''] ?? 'overview';
}
