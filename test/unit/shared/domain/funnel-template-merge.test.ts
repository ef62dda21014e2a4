import { describe, expect, it } from 'vitest';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { newGoal } from '../../../../shared/domain/goals';
import {
  keepMatchingWork,
  losesNothing,
  templateLosses,
} from '../../../../shared/domain/funnel-template-merge';
import type { PlanDoc } from '../../../../shared/domain/plan-doc';
import { applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

/** A demand-waterfall plan with work on it: definitions, a goal on MQL, the SLA stage, a target. */
function planWithWork(): PlanDoc {
  const base = samplePlan({ funnel: buildFunnelTemplate('waterfall', 'en', 'w') });
  const stage = (name: string) => base.funnel.stages.find((s) => s.name === name)?.id ?? '';
  const mqlToSal = base.funnel.handoffs.find(
    (h) => h.source === stage('MQL') && h.target === stage('SAL'),
  );
  return applyCommands(base, [
    { type: 'funnel.assumptions.set', patch: { revenueTarget: 600000, avgDealSize: 20000 } },
    { type: 'handoff.definition.set', stageId: stage('MQL'), patch: { definition: 'Fit ≥ 40' } },
    { type: 'handoff.definition.set', stageId: stage('SAL'), patch: { definition: 'Accepted' } },
    { type: 'handoff.sla.set', patch: { mqlStageId: stage('MQL') } },
    {
      type: 'goal.add',
      goal: {
        ...newGoal('g-volume', 'MQL volume'),
        metric: { kind: 'stageVolume', stageId: stage('MQL') },
        target: 400,
      },
    },
    {
      type: 'goal.add',
      goal: {
        ...newGoal('g-acceptance', 'MQL acceptance'),
        metric: { kind: 'conversion', handoffId: mqlToSal?.id ?? '' },
        target: 50,
      },
    },
  ]).doc;
}

describe('a funnel template applied to a plan with work in it', () => {
  it('keeps what points at stages of the same name, and the targets typed', () => {
    const doc = planWithWork();
    const mql = doc.funnel.stages.find((s) => s.name === 'MQL')?.id;
    const next = keepMatchingWork(doc.funnel, buildFunnelTemplate('hubspot', 'en', 'h'));
    const applied = applyCommands(doc, [{ type: 'funnel.replace', funnel: next }]).doc;

    expect(applied.funnel.stages.find((s) => s.name === 'MQL')?.id).toBe(mql);
    expect(applied.handoff.definitions[mql ?? '']?.definition).toBe('Fit ≥ 40');
    expect(applied.handoff.sla.mqlStageId).toBe(mql);
    expect(applied.goals.goals.find((g) => g.id === 'g-volume')?.metric).toEqual({
      kind: 'stageVolume',
      stageId: mql,
    });
    expect(applied.funnel.assumptions.revenueTarget).toBe(600000);
  });

  it('lists by name, before it happens, exactly what it would drop', () => {
    const doc = planWithWork();
    const next = keepMatchingWork(doc.funnel, buildFunnelTemplate('hubspot', 'en', 'h'));
    const losses = templateLosses(doc, next);
    // HubSpot's lifecycle has MQL and SQL but no SAL, Inquiry, Closed/Won or detours.
    expect(losses.definitions).toEqual(['SAL']);
    expect(losses.goalMetrics).toEqual(['MQL acceptance']);
    expect(losses.slaStage).toBeNull();
    expect(losses.stages).toEqual(expect.arrayContaining(['SAL', 'Inquiry']));
    expect(losses.stages).not.toContain('MQL');

    // And that is what happens.
    const applied = applyCommands(doc, [{ type: 'funnel.replace', funnel: next }]).doc;
    const sal = doc.funnel.stages.find((s) => s.name === 'SAL')?.id ?? '';
    expect(applied.handoff.definitions[sal]).toBeUndefined();
    expect(applied.goals.goals.find((g) => g.id === 'g-acceptance')?.metric).toBeNull();
  });

  it('matches names whatever their case or accents, and loses nothing when all match', () => {
    const doc = planWithWork();
    const same = keepMatchingWork(doc.funnel, buildFunnelTemplate('waterfall', 'en', 'again'));
    expect(losesNothing(templateLosses(doc, same))).toBe(true);
    expect(templateLosses(doc, same).stages).toEqual([]);

    const renamed = {
      ...doc.funnel,
      stages: doc.funnel.stages.map((s) => (s.name === 'MQL' ? { ...s, name: ' mql ' } : s)),
    };
    const next = keepMatchingWork(renamed, buildFunnelTemplate('hubspot', 'en', 'h'));
    expect(next.stages.find((s) => s.name === 'MQL')?.id).toBe(
      doc.funnel.stages.find((s) => s.name === 'MQL')?.id,
    );
  });
});
