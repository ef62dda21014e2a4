import { findById, hasId, removeById, removeWhere } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing } from './errors';
import type { FunnelSection, Handoff, Scenario, Stage } from './funnel';
import { definedOnly } from './patch';

type FunnelCommand = Extract<Command, { type: `funnel.${string}` }>;

export function isFunnelCommand(command: Command): command is FunnelCommand {
  return command.type.startsWith('funnel.');
}

/** Applies a funnel command to the draft's funnel; the plan schema checks the result. */
export function mutateFunnel(funnel: Draft<FunnelSection>, command: FunnelCommand): void {
  switch (command.type) {
    case 'funnel.stage.add':
      if (hasId(funnel.stages, command.stage.id)) {
        throw duplicate('stage', command.stage.id);
      }
      funnel.stages.push(command.stage);
      return;
    case 'funnel.stage.insert': {
      if (hasId(funnel.stages, command.stage.id)) throw duplicate('stage', command.stage.id);
      if (hasId(funnel.handoffs, command.onwardHandoffId)) {
        throw duplicate('handoff', command.onwardHandoffId);
      }
      const into = findHandoff(funnel, command.intoHandoffId);
      funnel.stages.push(command.stage);
      funnel.handoffs.push({
        id: command.onwardHandoffId,
        source: command.stage.id,
        target: into.target,
        kind: into.kind,
        rate: command.rateOnward,
        presetRate: null,
      });
      into.target = command.stage.id;
      return;
    }
    case 'funnel.stage.update':
      Object.assign(findStage(funnel, command.stageId), definedOnly(command.patch));
      return;
    case 'funnel.stages.move':
      for (const { stageId, position } of command.positions) {
        findStage(funnel, stageId).position = position;
      }
      return;
    case 'funnel.stages.remove': {
      const removed = new Set(command.stageIds);
      for (const id of removed) findStage(funnel, id);
      removeWhere(funnel.stages, (s) => removed.has(s.id));
      removeWhere(funnel.handoffs, (h) => removed.has(h.source) || removed.has(h.target));
      return;
    }
    case 'funnel.handoff.add':
      if (hasId(funnel.handoffs, command.handoff.id)) {
        throw duplicate('handoff', command.handoff.id);
      }
      funnel.handoffs.push(command.handoff);
      return;
    case 'funnel.handoff.update':
      Object.assign(findHandoff(funnel, command.handoffId), definedOnly(command.patch));
      return;
    case 'funnel.handoffs.remove': {
      const removed = new Set(command.handoffIds);
      for (const id of removed) findHandoff(funnel, id);
      removeWhere(funnel.handoffs, (h) => removed.has(h.id));
      return;
    }
    case 'funnel.assumptions.set':
      Object.assign(funnel.assumptions, definedOnly(command.patch));
      return;
    case 'funnel.replace':
      Object.assign(funnel, command.funnel);
      return;
    case 'funnel.scenario.save':
      if (hasId(funnel.scenarios, command.scenario.id)) {
        throw duplicate('scenario', command.scenario.id);
      }
      funnel.scenarios.push(command.scenario);
      return;
    case 'funnel.scenario.update': {
      const scenario = findScenario(funnel, command.scenarioId);
      const { name, assumptions, rates } = command.patch;
      if (name !== undefined) scenario.name = name;
      if (assumptions) Object.assign(scenario.assumptions, definedOnly(assumptions));
      if (rates) Object.assign(scenario.rates, rates);
      return;
    }
    case 'funnel.scenario.remove':
      findScenario(funnel, command.scenarioId);
      removeById(funnel.scenarios, command.scenarioId);
      if (funnel.planScenarioId === command.scenarioId) funnel.planScenarioId = null;
      return;
    case 'funnel.scenario.adopt': {
      const scenario = findScenario(funnel, command.scenarioId);
      funnel.assumptions = { ...scenario.assumptions };
      for (const handoff of funnel.handoffs) {
        const rate = scenario.rates[handoff.id];
        if (rate !== undefined) handoff.rate = rate;
      }
      funnel.planScenarioId = scenario.id;
      return;
    }
  }
}

function findStage(funnel: Draft<FunnelSection>, id: string): Draft<Stage> {
  const stage = findById(funnel.stages, id);
  if (!stage) throw missing('stage', id);
  return stage;
}

function findHandoff(funnel: Draft<FunnelSection>, id: string): Draft<Handoff> {
  const handoff = findById(funnel.handoffs, id);
  if (!handoff) throw missing('handoff', id);
  return handoff;
}

function findScenario(funnel: Draft<FunnelSection>, id: string): Draft<Scenario> {
  const scenario = findById(funnel.scenarios, id);
  if (!scenario) throw missing('scenario', id);
  return scenario;
}
