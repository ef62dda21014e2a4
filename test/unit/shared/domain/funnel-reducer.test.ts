import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/domain/commands';
import { FunnelSectionSchema } from '../../../../shared/domain/funnel';
import { FUNNEL_TEMPLATE_IDS } from '../../../../shared/domain/funnel-template-ids';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

const stage = (id: string, x = 0) =>
  ({
    type: 'funnel.stage.add',
    stage: {
      id,
      name: id.toUpperCase(),
      team: 'marketing',
      kind: 'inventory',
      slaHours: null,
      avgDays: null,
      position: { x, y: 0 },
    },
  }) satisfies Command;

describe('funnel commands', () => {
  it('adds stages and a handoff between them, and removing a stage removes its handoffs', () => {
    let doc = applyCommands(samplePlan(), [
      stage('mql'),
      stage('sql', 300),
      {
        type: 'funnel.handoff.add',
        handoff: {
          id: 'h1',
          source: 'mql',
          target: 'sql',
          kind: 'main',
          rate: 0.3,
          presetRate: null,
        },
      },
    ]).doc;
    expect(doc.funnel.handoffs).toHaveLength(1);
    doc = applyCommand(doc, { type: 'funnel.stages.remove', stageIds: ['sql'] }).doc;
    expect(doc.funnel.stages.map((s) => s.id)).toEqual(['mql']);
    expect(doc.funnel.handoffs).toEqual([]);
  });

  it('refuses a handoff to a missing stage and a duplicate stage id', () => {
    const doc = applyCommand(samplePlan(), stage('mql')).doc;
    expect(() =>
      applyCommand(doc, {
        type: 'funnel.handoff.add',
        handoff: {
          id: 'h',
          source: 'mql',
          target: 'ghost',
          kind: 'main',
          rate: null,
          presetRate: null,
        },
      }),
    ).toThrow(/funnel\.handoffs\.0\.target: stage ghost does not exist/);
    expect(() => applyCommand(doc, stage('mql'))).toThrow(/already exists/);
  });

  it('moves several stages in one command', () => {
    const doc = applyCommands(samplePlan(), [stage('a'), stage('b')]).doc;
    const moved = applyCommand(doc, {
      type: 'funnel.stages.move',
      positions: [
        { stageId: 'a', position: { x: 10, y: 20 } },
        { stageId: 'b', position: { x: 30, y: 40 } },
      ],
    }).doc;
    expect(moved.funnel.stages.map((s) => s.position)).toEqual([
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ]);
  });

  it('requires a time limit on an SLA stage', () => {
    const doc = applyCommand(samplePlan(), stage('sal')).doc;
    expect(() =>
      applyCommand(doc, { type: 'funnel.stage.update', stageId: 'sal', patch: { kind: 'sla' } }),
    ).toThrow(/slaHours: an SLA stage needs its time limit/);
    const sla = applyCommand(doc, {
      type: 'funnel.stage.update',
      stageId: 'sal',
      patch: { kind: 'sla', slaHours: 48 },
    }).doc;
    expect(sla.funnel.stages[0]).toMatchObject({ kind: 'sla', slaHours: 48 });
  });

  it('replaces the funnel with a template in one step', () => {
    const before = applyCommand(samplePlan(), stage('x')).doc;
    const funnel = buildFunnelTemplate('hubspot', 'es', 'h');
    const { doc, inverse } = applyCommand(before, { type: 'funnel.replace', funnel });
    expect(doc.funnel.stages.map((s) => s.name)).toContain('Oportunidad');
    expect(inverse.length).toBeGreaterThan(0);
  });

  it('saves a scenario, and adopting it makes its rates and assumptions the funnel’s', () => {
    const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
    let doc = applyCommand(samplePlan(), { type: 'funnel.replace', funnel }).doc;
    doc = applyCommand(doc, {
      type: 'funnel.scenario.save',
      scenario: {
        id: 'sc1',
        name: 'Better MQL acceptance',
        assumptions: {
          topVolume: 4000,
          avgDealSize: 15000,
          revenueTarget: 500000,
          period: 'month',
        },
        rates: { 'w-mql-sal': 0.7 },
      },
    }).doc;
    doc = applyCommand(doc, { type: 'funnel.scenario.adopt', scenarioId: 'sc1' }).doc;
    expect(doc.funnel.planScenarioId).toBe('sc1');
    expect(doc.funnel.assumptions.topVolume).toBe(4000);
    expect(doc.funnel.handoffs.find((h) => h.id === 'w-mql-sal')?.rate).toBe(0.7);
    doc = applyCommand(doc, { type: 'funnel.scenario.remove', scenarioId: 'sc1' }).doc;
    expect(doc.funnel.planScenarioId).toBeNull();
  });

  it('refuses rates outside 0–100 % and negative volumes', () => {
    const doc = applyCommands(samplePlan(), [stage('a'), stage('b')]).doc;
    const bad: unknown[] = [
      { type: 'funnel.assumptions.set', patch: { topVolume: -1 } },
      {
        type: 'funnel.handoff.add',
        handoff: { id: 'h', source: 'a', target: 'b', kind: 'main', rate: 1.5, presetRate: null },
      },
    ];
    for (const command of bad) {
      expect(() => applyCommand(doc, command as Command)).toThrow();
    }
  });
});

describe('funnel templates', () => {
  it.each(FUNNEL_TEMPLATE_IDS)('%s is a valid funnel in English and Spanish', (template) => {
    for (const language of ['en', 'es'] as const) {
      const funnel = buildFunnelTemplate(template, language, 'p');
      expect(FunnelSectionSchema.safeParse(funnel).success).toBe(true);
      expect(
        applyCommand(samplePlan(), { type: 'funnel.replace', funnel }).doc.funnel.template,
      ).toBe(template);
    }
  });

  it('labels every main handoff of a named template with a preset', () => {
    const funnel = buildFunnelTemplate('pardot', 'en', 'p');
    const main = funnel.handoffs.filter((h) => h.kind === 'main');
    expect(main.length).toBe(4);
    expect(main.every((h) => h.presetRate !== null && h.rate === h.presetRate)).toBe(true);
  });
});
