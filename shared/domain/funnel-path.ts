import type { FunnelSection, Handoff } from './funnel';

/** Why the main path could not be followed to its end, and where. */
export type PathProblem =
  | { kind: 'noStart' }
  | { kind: 'severalStarts'; stageIds: string[] }
  | { kind: 'fork'; stageId: string }
  | { kind: 'loop'; stageId: string };

export interface MainPath {
  /** Stage ids from the top of the funnel down, as far as the path could be followed. */
  stageIds: string[];
  /** The main handoff between each stage and the next: one fewer than the stages. */
  handoffs: Handoff[];
  problem: PathProblem | null;
}

/**
 * The funnel's main path: from the one stage no main handoff enters, along
 * main handoffs, to the stage none leaves. Detours are ignored. A loop or a
 * fork stops the walk where it happens and is reported, so the math never
 * hangs and never guesses.
 */
export function mainPath(funnel: Pick<FunnelSection, 'stages' | 'handoffs'>): MainPath {
  const main = funnel.handoffs.filter((h) => h.kind === 'main');
  const outgoing = new Map<string, Handoff[]>();
  const hasIncoming = new Set<string>();
  for (const handoff of main) {
    outgoing.set(handoff.source, [...(outgoing.get(handoff.source) ?? []), handoff]);
    hasIncoming.add(handoff.target);
  }
  const connected = funnel.stages.filter((s) => outgoing.has(s.id) || hasIncoming.has(s.id));
  const candidates = (connected.length > 0 ? connected : funnel.stages).filter(
    (s) => !hasIncoming.has(s.id),
  );

  if (funnel.stages.length === 0) return { stageIds: [], handoffs: [], problem: null };
  if (candidates.length === 0) return { stageIds: [], handoffs: [], problem: { kind: 'noStart' } };
  if (candidates.length > 1) {
    return {
      stageIds: [],
      handoffs: [],
      problem: { kind: 'severalStarts', stageIds: candidates.map((s) => s.id) },
    };
  }

  const start = candidates[0]?.id ?? '';
  const stageIds = [start];
  const handoffs: Handoff[] = [];
  const visited = new Set([start]);
  let current = start;
  for (;;) {
    const next = outgoing.get(current) ?? [];
    if (next.length === 0) return { stageIds, handoffs, problem: null };
    if (next.length > 1) return { stageIds, handoffs, problem: { kind: 'fork', stageId: current } };
    const handoff = next[0] as Handoff;
    if (visited.has(handoff.target)) {
      return { stageIds, handoffs, problem: { kind: 'loop', stageId: handoff.target } };
    }
    visited.add(handoff.target);
    stageIds.push(handoff.target);
    handoffs.push(handoff);
    current = handoff.target;
  }
}

/**
 * The stages as a list to choose from: the main path top to bottom, then the stages off
 * it (detours, stages not linked yet) in the order they were made. In the order they were
 * made alone, a stage inserted later ("Opportunity") came after "Disqualified".
 */
export function stagesInFunnelOrder(
  funnel: Pick<FunnelSection, 'stages' | 'handoffs'>,
): FunnelSection['stages'] {
  const onPath = mainPath(funnel).stageIds;
  const byId = new Map(funnel.stages.map((stage) => [stage.id, stage]));
  const path = onPath.flatMap((id) => {
    const stage = byId.get(id);
    return stage ? [stage] : [];
  });
  const placed = new Set(onPath);
  return [...path, ...funnel.stages.filter((stage) => !placed.has(stage.id))];
}
