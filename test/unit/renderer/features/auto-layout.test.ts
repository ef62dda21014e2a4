import { describe, expect, it } from 'vitest';
import type { FunnelSection, Handoff, Stage } from '../../../../shared/domain/funnel';
import { FUNNEL_TEMPLATE_IDS } from '../../../../shared/domain/funnel-template-ids';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { layoutFunnel, NODE_SIZE } from '../../../../renderer/features/funnel/auto-layout';
import { newStage } from '../../../../renderer/features/funnel/new-stage';

const stage = (id: string): Stage => ({
  // Scattered, as a map dragged about in a workshop is.
  ...newStage(id, { x: (id.charCodeAt(0) * 37) % 900, y: (id.charCodeAt(0) * 53) % 700 }),
  id,
});
const handoff = (source: string, target: string, kind: Handoff['kind'] = 'main'): Handoff => ({
  id: `${source}-${target}`,
  source,
  target,
  kind,
  rate: null,
  presetRate: null,
});
const funnelOf = (ids: string[], handoffs: Handoff[]) => ({
  stages: ids.map(stage),
  handoffs,
});
const at = (funnel: Pick<FunnelSection, 'stages' | 'handoffs'>) =>
  Object.fromEntries(layoutFunnel(funnel).map((p) => [p.stageId, p.position]));

const overlapping = (positions: { x: number; y: number }[]) =>
  positions.some((a, i) =>
    positions
      .slice(i + 1)
      .some((b) => Math.abs(a.x - b.x) < NODE_SIZE.width && Math.abs(a.y - b.y) < NODE_SIZE.height),
  );

describe('arranging the funnel map', () => {
  it('lays every template out as the template itself does: the main path straight, detours under', () => {
    for (const id of FUNNEL_TEMPLATE_IDS.filter((t) => t !== 'blank')) {
      const template = buildFunnelTemplate(id, 'es', 't');
      const scattered = { ...template, stages: template.stages.map((s) => stage(s.id)) };
      const laid = at(scattered);
      for (const s of template.stages) expect(laid[s.id], `${id}: ${s.name}`).toEqual(s.position);
    }
  });

  it('puts two detours from one stage one under the other, and detours of detours under those', () => {
    const funnel = funnelOf(
      ['lead', 'mql', 'won', 'nurture', 'lost', 'recycled', 'loose'],
      [
        handoff('lead', 'mql'),
        handoff('mql', 'won'),
        handoff('mql', 'nurture', 'nurture'),
        handoff('mql', 'lost', 'lost'),
        handoff('nurture', 'recycled', 'recycle'),
      ],
    );
    const laid = at(funnel);
    expect([laid.lead, laid.mql, laid.won]).toEqual([
      { x: 0, y: 0 },
      { x: 280, y: 0 },
      { x: 560, y: 0 },
    ]);
    expect([laid.nurture, laid.lost, laid.recycled]).toEqual([
      { x: 280, y: 220 },
      { x: 280, y: 440 },
      { x: 280, y: 660 },
    ]);
    // A stage joined to nothing goes in a row under everything.
    expect(laid.loose).toEqual({ x: 0, y: 880 });
    expect(overlapping(Object.values(laid))).toBe(false);
  });

  it('still lays out a funnel whose main path forks, without two stages on one spot', () => {
    const funnel = funnelOf(
      ['a', 'b', 'c', 'd'],
      [handoff('a', 'b'), handoff('a', 'c'), handoff('c', 'd')],
    );
    expect(overlapping(Object.values(at(funnel)))).toBe(false);
  });
});
