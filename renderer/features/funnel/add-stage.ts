import type { Command } from '../../../shared/domain/commands';
import type { FunnelSection } from '../../../shared/domain/funnel';
import { mainPath } from '../../../shared/domain/funnel-path';
import { STAGE_SPACING } from '../../../shared/domain/funnel-templates';
import { newStage } from './new-stage';

/**
 * The toolbar's "Add stage", as one undoable step. The last stage of the main path is
 * where the funnel counts its customers (the revenue is its volume × the deal size), so
 * a funnel of two stages or more gets the new stage just before it, in its last handoff:
 * the step into the closing stage keeps its rate, and the new stage passes on 100 %, so
 * every figure stays as it was until the room types the new step's rate. Added after the
 * closing stage, the new one became the customers stage with no rate, and the revenue
 * forecast went blank. The stages from the closing one rightwards move along to make room.
 * A funnel of one stage, or none, or whose path is broken, gets it at the end.
 */
export function addStageCommands(
  funnel: Pick<FunnelSection, 'stages' | 'handoffs'>,
  name: string,
): Command[] {
  const path = mainPath(funnel);
  const closingHandoff = path.problem === null ? path.handoffs.at(-1) : undefined;
  const closing = funnel.stages.find((s) => s.id === closingHandoff?.target);
  if (closingHandoff && closing) {
    // Owned by the team that owns the step before it, as a stage on the way to a deal is.
    const before = funnel.stages.find((s) => s.id === closingHandoff.source);
    const stage = { ...newStage(name, closing.position), team: before?.team ?? 'marketing' };
    const moved = funnel.stages
      .filter((s) => s.position.x >= closing.position.x)
      .map((s) => ({
        stageId: s.id,
        position: { x: s.position.x + STAGE_SPACING.x, y: s.position.y },
      }));
    return [
      { type: 'funnel.stages.move', positions: moved },
      {
        type: 'funnel.stage.insert',
        stage,
        intoHandoffId: closingHandoff.id,
        onwardHandoffId: crypto.randomUUID(),
        rateOnward: 1,
      },
    ];
  }
  const right = funnel.stages.reduce((max, s) => Math.max(max, s.position.x), -STAGE_SPACING.x);
  const lastId = path.problem === null ? path.stageIds.at(-1) : undefined;
  const last = funnel.stages.find((s) => s.id === lastId);
  const stage = newStage(name, { x: right + STAGE_SPACING.x, y: last?.position.y ?? 0 });
  if (!last) return [{ type: 'funnel.stage.add', stage }];
  return [
    { type: 'funnel.stage.add', stage },
    {
      type: 'funnel.handoff.add',
      handoff: {
        id: crypto.randomUUID(),
        source: last.id,
        target: stage.id,
        kind: 'main',
        rate: null,
        presetRate: null,
      },
    },
  ];
}
