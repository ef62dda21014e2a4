import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { newGoal } from '../../../../shared/domain/goals';
import { MARKETING_TEAM_ID, SALES_TEAM_ID, type PlanDoc } from '../../../../shared/domain/plan-doc';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { PlanTemplateSchema, type TemplateParts } from '../../../../shared/templates/template';
import {
  partsAvailable,
  templatePartsFromPlan,
} from '../../../../shared/templates/template-from-plan';
import { losesNothingOf, templateApplyLosses } from '../../../../shared/templates/template-losses';
import { samplePlan } from '../../../helpers/plans';

const stageId = (doc: PlanDoc, name: string) =>
  doc.funnel.stages.find((s) => s.name === name)?.id ?? '';
const activityId = (doc: PlanDoc, name: string) =>
  doc.raci.activities.find((a) => a.name === name)?.id ?? '';

/** A consultant's finished plan for one client: people, a RACI with a person, a handoff, an agenda. */
function clientPlan(): PlanDoc {
  const base = samplePlan({ funnel: buildFunnelTemplate('waterfall', 'es', 'w') });
  return applyCommands(base, [
    { type: 'funnel.assumptions.set', patch: { revenueTarget: 900000, topVolume: 5000 } },
    {
      type: 'person.add',
      person: { id: 'p-ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
    },
    {
      type: 'raci.activities.add',
      activities: [
        { id: 'a-score', name: 'Puntuar leads', phase: 'qualify', handoff: false },
        { id: 'a-accept', name: 'Aceptar MQL', phase: 'handoff', handoff: true },
      ],
    },
    {
      type: 'raci.role.add',
      role: { id: 'r-ops', name: 'Marketing Ops', teamId: MARKETING_TEAM_ID, personId: 'p-ana' },
    },
    {
      type: 'raci.role.add',
      role: { id: 'r-sdr', name: 'SDR', teamId: SALES_TEAM_ID, personId: null },
    },
    { type: 'raci.cell.set', activityId: 'a-score', roleId: 'r-ops', letter: 'A' },
    { type: 'raci.cell.set', activityId: 'a-accept', roleId: 'r-sdr', letter: 'R' },
    {
      type: 'handoff.definition.set',
      stageId: stageId(base, 'MQL'),
      patch: { definition: 'Encaje ≥ 40' },
    },
    { type: 'handoff.sla.set', patch: { mqlStageId: stageId(base, 'MQL'), firstResponseHours: 4 } },
    { type: 'handoff.sla.link', term: 'acceptanceRate', activityId: 'a-accept' },
    { type: 'goal.add', goal: { ...newGoal('g-1', 'MQL al mes'), target: 400 } },
    {
      type: 'agenda.add',
      item: {
        id: 'ag-1',
        topic: 'funnel',
        title: '',
        minutes: 45,
        timer: { startedAt: null, elapsedMs: 60000, addedMinutes: 5 },
      },
    },
  ]).doc;
}

describe('a template made from a plan', () => {
  it('keeps the method and leaves the client behind', () => {
    const doc = clientPlan();
    const parts = templatePartsFromPlan(doc, ['funnel', 'raci', 'handoff', 'agenda']);
    const text = JSON.stringify(parts);

    expect(text).not.toContain('Ana Ruiz');
    expect(text).not.toContain('p-ana');
    expect(text).not.toContain('900000');
    expect(text).not.toContain('MQL al mes');
    expect(parts.raci?.roles).toContainEqual({
      id: 'r-ops',
      name: 'Marketing Ops',
      team: 'marketing',
    });
    expect(parts.handoff?.sla.handoffStageName).toBe('MQL');
    expect(parts.handoff?.sla.raciLinks).toEqual({ acceptanceRate: 'Aceptar MQL' });
    expect(parts.handoff?.definitions).toContainEqual(
      expect.objectContaining({ stageName: 'MQL', definition: 'Encaje ≥ 40' }),
    );
    expect(parts.agenda?.items).toEqual([{ topic: 'funnel', title: '', minutes: 45 }]);
    expect(
      PlanTemplateSchema.safeParse({
        version: 1,
        name: 'Método',
        description: '',
        language: 'es',
        parts,
      }).success,
    ).toBe(true);
  });

  it('offers only the parts the plan has', () => {
    expect(partsAvailable(samplePlan())).toEqual(['handoff']);
    expect(partsAvailable(clientPlan())).toEqual(['funnel', 'raci', 'handoff', 'agenda']);
  });
});

describe('a template applied to another client’s plan', () => {
  const parts = templatePartsFromPlan(clientPlan(), ['funnel', 'raci', 'handoff', 'agenda']);
  const apply = (doc: PlanDoc, chosen: TemplateParts = parts) =>
    applyCommand(doc, {
      type: 'template.apply',
      parts: chosen,
      templateName: 'Método',
      idPrefix: 'tpl1',
    });

  it('brings every part, linked by name, in one step that one undo takes back', () => {
    const fresh = samplePlan();
    const step = apply(fresh);
    const doc = step.doc;

    expect(doc.funnel.stages.map((s) => s.name)).toEqual(
      clientPlan().funnel.stages.map((s) => s.name),
    );
    expect(doc.raci.activities.map((a) => a.name)).toEqual(['Puntuar leads', 'Aceptar MQL']);
    const ops = doc.raci.roles.find((r) => r.name === 'Marketing Ops');
    const sdr = doc.raci.roles.find((r) => r.name === 'SDR');
    expect(ops).toMatchObject({ teamId: MARKETING_TEAM_ID, personId: null });
    expect(doc.raci.cells[activityId(doc, 'Puntuar leads')]?.[ops?.id ?? '']).toBe('A');
    expect(doc.raci.cells[activityId(doc, 'Aceptar MQL')]?.[sdr?.id ?? '']).toBe('R');
    expect(doc.handoff.sla.raciLinks.acceptanceRate).toBe(activityId(doc, 'Aceptar MQL'));
    expect(doc.handoff.sla.mqlStageId).toBe(stageId(doc, 'MQL'));
    expect(doc.handoff.definitions[stageId(doc, 'MQL')]?.definition).toBe('Encaje ≥ 40');
    expect(doc.handoff.sla.firstResponseHours).toBe(4);
    expect(doc.workshop.agenda).toEqual([
      {
        id: 'tpl1-g0',
        topic: 'funnel',
        title: '',
        minutes: 45,
        timer: { startedAt: null, elapsedMs: 0, addedMinutes: 0 },
      },
    ]);
    expect(doc.funnel.assumptions).toEqual(fresh.funnel.assumptions);

    expect(applyPatches(doc, step.inverse)).toEqual(fresh);
  });

  it('keeps what matches by name: the person on a role, the goal on a stage, the SLA stage', () => {
    const own = applyCommands(samplePlan({ funnel: buildFunnelTemplate('hubspot', 'es', 'h') }), [
      {
        type: 'person.add',
        person: { id: 'p-bo', name: 'Bo', roleTitle: '', teamId: MARKETING_TEAM_ID },
      },
      {
        type: 'raci.activities.add',
        activities: [{ id: 'mine', name: 'puntuar LEADS', phase: 'qualify', handoff: false }],
      },
      {
        type: 'raci.role.add',
        role: { id: 'mine-r', name: 'marketing ops', teamId: MARKETING_TEAM_ID, personId: 'p-bo' },
      },
    ]).doc;
    const mql = stageId(own, 'MQL');
    const withGoal = applyCommand(own, {
      type: 'goal.add',
      goal: { ...newGoal('g-mql', 'MQL'), metric: { kind: 'stageVolume', stageId: mql } },
    }).doc;

    const doc = apply(withGoal).doc;

    expect(stageId(doc, 'MQL')).toBe(mql);
    expect(doc.goals.goals[0]?.metric).toEqual({ kind: 'stageVolume', stageId: mql });
    expect(activityId(doc, 'Puntuar leads')).toBe('mine');
    expect(doc.raci.roles.find((r) => r.id === 'mine-r')).toMatchObject({
      name: 'Marketing Ops',
      personId: 'p-bo',
    });
  });

  it('keeps the rates the leaders typed on handoffs the plan already had', () => {
    const own = samplePlan({ funnel: buildFunnelTemplate('waterfall', 'es', 'w') });
    const handoff = own.funnel.handoffs[0]!;
    const typed = applyCommand(own, {
      type: 'funnel.handoff.update',
      handoffId: handoff.id,
      patch: { rate: 0.4 },
    }).doc;
    const doc = apply(typed).doc;
    const kept = doc.funnel.handoffs.find((h) => h.id === handoff.id);
    expect(kept?.rate).toBe(0.4);
    expect(kept?.presetRate).toBe(parts.funnel?.handoffs[0]?.presetRate);
  });

  it('lets go of what pointed at a stage the template does not have', () => {
    const own = samplePlan({ funnel: buildFunnelTemplate('hubspot', 'en', 'h') });
    const lead = own.funnel.stages[1]?.id ?? '';
    const withGoal = applyCommand(own, {
      type: 'goal.add',
      goal: { ...newGoal('g-x', 'Leads'), metric: { kind: 'stageVolume', stageId: lead } },
    }).doc;
    const funnelOnly = { funnel: { stages: parts.funnel?.stages.slice(0, 1) ?? [], handoffs: [] } };

    const doc = apply(withGoal, funnelOnly).doc;

    expect(doc.funnel.stages).toHaveLength(1);
    expect(doc.goals.goals[0]?.metric).toBeNull();
  });

  it('puts roles of a third team into a team of that name when the plan has none', () => {
    const withOther = templatePartsFromPlan(
      applyCommands(clientPlan(), [
        { type: 'team.add', team: { id: 't-cs', name: 'Éxito de cliente' } },
        {
          type: 'raci.role.add',
          role: { id: 'r-csm', name: 'CSM', teamId: 't-cs', personId: null },
        },
      ]).doc,
      ['raci'],
    );
    const doc = apply(samplePlan(), withOther).doc;
    const team = doc.teams.find((t) => t.kind === 'other');
    expect(team?.name).toBe('Éxito de cliente');
    expect(doc.raci.roles.find((r) => r.name === 'CSM')?.teamId).toBe(team?.id);
  });

  it('does not collide with a stage renamed since the template was saved from this plan', () => {
    const doc = clientPlan();
    const renamed = applyCommand(doc, {
      type: 'funnel.stage.update',
      stageId: stageId(doc, 'MQL'),
      patch: { name: 'MQL antiguo' },
    }).doc;
    const applied = apply(renamed, { funnel: parts.funnel }).doc;
    const ids = applied.funnel.stages.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a template that does not hold together', () => {
  const valid = templatePartsFromPlan(clientPlan(), ['funnel', 'raci']);
  const parse = (parts: unknown) =>
    PlanTemplateSchema.safeParse({ version: 1, name: 'X', description: '', language: 'en', parts });

  it('is refused when a handoff joins a stage it does not have', () => {
    const funnel = valid.funnel!;
    const broken = {
      ...valid,
      funnel: { ...funnel, handoffs: [{ ...funnel.handoffs[0]!, target: 'nowhere' }] },
    };
    const result = parse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('stage nowhere is not in the template');
  });

  it('is refused when a letter sits on a role it does not have', () => {
    const raci = valid.raci!;
    const broken = { ...valid, raci: { ...raci, cells: { 'a-score': { ghost: 'R' } } } };
    expect(parse(broken).error?.issues[0]?.path).toEqual([
      'parts',
      'raci',
      'cells',
      'a-score',
      'ghost',
    ]);
  });

  it('is refused with no part, or with a person in it', () => {
    expect(parse({}).success).toBe(false);
    const raci = valid.raci!;
    const withPerson = { raci: { ...raci, roles: [{ ...raci.roles[0]!, personId: 'p-ana' }] } };
    expect(parse(withPerson).success).toBe(false);
  });
});

describe('what applying a template would take, listed first', () => {
  it('names the stages, definitions, goals, activities and roles that would go', () => {
    const before = applyCommands(
      samplePlan({ funnel: buildFunnelTemplate('hubspot', 'en', 'h') }),
      [
        {
          type: 'raci.activities.add',
          activities: [{ id: 'x', name: 'Old habit', phase: 'plan', handoff: false }],
        },
        {
          type: 'raci.role.add',
          role: { id: 'xr', name: 'Intern', teamId: MARKETING_TEAM_ID, personId: null },
        },
      ],
    ).doc;
    const lead = before.funnel.stages[1]!;
    const withWork = applyCommands(before, [
      { type: 'handoff.definition.set', stageId: lead.id, patch: { definition: 'Filled a form' } },
      {
        type: 'goal.add',
        goal: { ...newGoal('g', 'Leads'), metric: { kind: 'stageVolume', stageId: lead.id } },
      },
    ]).doc;
    const parts = templatePartsFromPlan(clientPlan(), ['funnel', 'raci']);
    const after = applyCommand(withWork, {
      type: 'template.apply',
      parts,
      templateName: 'M',
      idPrefix: 't',
    }).doc;

    const losses = templateApplyLosses(withWork, after, parts);
    expect(losses.stages).toContain(lead.name);
    expect(losses.definitions).toEqual([lead.name]);
    expect(losses.goalMetrics).toEqual(['Leads']);
    expect(losses.activities).toEqual(['Old habit']);
    expect(losses.roles).toEqual(['Intern']);
    expect(losses.handoffReplaced).toBe(false);
    expect(losesNothingOf(templateApplyLosses(after, after, { raci: parts.raci }))).toBe(true);
  });
});
