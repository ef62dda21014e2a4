import { describe, expect, it } from 'vitest';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { emptyHandoff, type HandoffSection } from '../../../../shared/domain/handoff';
import { buildSwimlane } from '../../../../shared/domain/swimlane';

function swimlaneOf(template: 'waterfall' | 'pardot' | 'hubspot', handoff = emptyHandoff()) {
  const funnel = buildFunnelTemplate(template, 'en', 't');
  return buildSwimlane(handoff, funnel, analyzeFunnel(funnel));
}

const pathsOf = (handoff?: HandoffSection) =>
  swimlaneOf('waterfall', handoff).links.map((l) => `${l.source}→${l.target}:${l.kind}`);

describe('handoff swimlane', () => {
  it('turns the funnel’s recycle detour into sales’ rejection path back to nurture', () => {
    const { links } = swimlaneOf('waterfall');
    expect(links.find((l) => l.source === 'accept' && l.target === 'nurture')).toMatchObject({
      id: 'accept-nurture',
      source: 'accept',
      target: 'nurture',
      kind: 'recycle',
      detour: { handoffId: 't-sal-nurture', from: 'SAL', to: 'Recycled / nurture' },
    });
    expect(links.find((l) => l.target === 'disqualified')).toMatchObject({
      source: 'mql',
      kind: 'disqualified',
      detour: { from: 'MQL', to: 'Disqualified' },
    });
  });

  it('draws the SLA’s route for rejected leads next to the funnel’s detours', () => {
    const handoff = emptyHandoff();
    handoff.sla.rejectedRoute = 'disqualify';
    expect(pathsOf(handoff)).toEqual(
      expect.arrayContaining([
        'accept→disqualified:rejected',
        'accept→nurture:recycle',
        'mql→disqualified:disqualified',
      ]),
    );
  });

  it('sends deals lost after follow-up to “lost”, and leaves post-sale detours out', () => {
    const pardot = swimlaneOf('pardot');
    expect(pardot.links.find((l) => l.target === 'lost')).toMatchObject({
      source: 'followUp',
      kind: 'lost',
      detour: { from: 'SQL', to: 'Lost' },
    });
    const hubspot = swimlaneOf('hubspot');
    expect(hubspot.links.some((l) => l.detour !== null)).toBe(false);
    expect(hubspot.nodes.map((n) => n.step)).not.toContain('lost');
  });

  it('puts marketing’s steps in its lane, sales’ below, and keeps a step where it was dragged', () => {
    const handoff = emptyHandoff();
    handoff.swimlane.positions.route = { x: 700, y: 120 };
    const { nodes, size } = swimlaneOf('waterfall', handoff);
    const byStep = new Map(nodes.map((n) => [n.step, n]));
    expect(byStep.get('score')?.lane).toBe('marketing');
    expect(byStep.get('accept')?.lane).toBe('sales');
    expect(byStep.get('score')!.position.y).toBeLessThan(size.laneHeight);
    expect(byStep.get('accept')!.position.y).toBeGreaterThanOrEqual(size.laneHeight);
    expect(byStep.get('route')).toMatchObject({ position: { x: 700, y: 120 }, moved: true });
  });
});
