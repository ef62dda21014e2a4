import {
  DEFAULT_ASSUMPTIONS,
  emptyFunnel,
  type EdgeKind,
  type FunnelSection,
  type FunnelTemplateId,
  type StageKind,
  type StageTeam,
} from './funnel';
import type { Language } from './plan-doc';

interface TemplateStage {
  key: string;
  name: Record<Language, string>;
  team: StageTeam;
  kind: StageKind;
  slaHours?: number;
  avgDays: number | null;
}

interface TemplateHandoff {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Benchmark preset (sources disagree: shipped as an editable starting point). */
  preset: number | null;
}

interface FunnelTemplate {
  main: TemplateStage[];
  detours: TemplateStage[];
  handoffs: TemplateHandoff[];
}

const name = (en: string, es: string) => ({ en, es });

/** Main-path handoffs between consecutive stages, each with its preset. */
function chain(keys: string[], presets: number[]): TemplateHandoff[] {
  return keys
    .slice(1)
    .map((to, i) => ({ from: keys[i] ?? '', to, kind: 'main', preset: presets[i] ?? null }));
}

/*
 * Preset rates follow common published benchmarks: inquiry→MQL 10–25 %,
 * MQL→SAL 40–60 %, SAL→SQL 50–70 %, SQL→won 20–30 %; the middle of each range
 * is used. They are labelled as presets in the app and meant to be replaced.
 */
const TEMPLATES: Record<Exclude<FunnelTemplateId, 'blank'>, FunnelTemplate> = {
  hubspot: {
    main: [
      {
        key: 'subscriber',
        name: name('Subscriber', 'Suscriptor'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: 14,
      },
      {
        key: 'lead',
        name: name('Lead', 'Lead'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: 10,
      },
      { key: 'mql', name: name('MQL', 'MQL'), team: 'marketing', kind: 'gate', avgDays: 2 },
      {
        key: 'sql',
        name: name('SQL', 'SQL'),
        team: 'sales',
        kind: 'sla',
        slaHours: 48,
        avgDays: 7,
      },
      {
        key: 'opportunity',
        name: name('Opportunity', 'Oportunidad'),
        team: 'sales',
        kind: 'inventory',
        avgDays: 30,
      },
      {
        key: 'customer',
        name: name('Customer', 'Cliente'),
        team: 'sales',
        kind: 'inventory',
        avgDays: 0,
      },
    ],
    detours: [
      {
        key: 'evangelist',
        name: name('Evangelist', 'Evangelizador'),
        team: 'shared',
        kind: 'inventory',
        avgDays: null,
      },
    ],
    handoffs: [
      ...chain(
        ['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer'],
        [0.2, 0.15, 0.3, 0.6, 0.25],
      ),
      { from: 'customer', to: 'evangelist', kind: 'nurture', preset: null },
    ],
  },
  waterfall: {
    main: [
      {
        key: 'inquiry',
        name: name('Inquiry', 'Consulta'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: 7,
      },
      { key: 'mql', name: name('MQL', 'MQL'), team: 'marketing', kind: 'gate', avgDays: 3 },
      {
        key: 'sal',
        name: name('SAL', 'SAL'),
        team: 'shared',
        kind: 'sla',
        slaHours: 48,
        avgDays: 2,
      },
      { key: 'sql', name: name('SQL', 'SQL'), team: 'sales', kind: 'inventory', avgDays: 30 },
      {
        key: 'won',
        name: name('Closed/Won', 'Ganado'),
        team: 'sales',
        kind: 'inventory',
        avgDays: 0,
      },
    ],
    detours: [
      {
        key: 'nurture',
        name: name('Recycled / nurture', 'Reciclado / nutrición'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: null,
      },
      {
        key: 'disqualified',
        name: name('Disqualified', 'Descalificado'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: null,
      },
    ],
    handoffs: [
      ...chain(['inquiry', 'mql', 'sal', 'sql', 'won'], [0.15, 0.5, 0.6, 0.25]),
      { from: 'sal', to: 'nurture', kind: 'recycle', preset: null },
      { from: 'mql', to: 'disqualified', kind: 'disqualified', preset: null },
    ],
  },
  pardot: {
    main: [
      {
        key: 'visitor',
        name: name('Visitor', 'Visitante'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: 5,
      },
      {
        key: 'prospect',
        name: name('Prospect', 'Prospecto'),
        team: 'marketing',
        kind: 'inventory',
        avgDays: 14,
      },
      { key: 'mql', name: name('MQL', 'MQL'), team: 'marketing', kind: 'gate', avgDays: 3 },
      {
        key: 'sql',
        name: name('SQL', 'SQL'),
        team: 'sales',
        kind: 'sla',
        slaHours: 24,
        avgDays: 30,
      },
      { key: 'won', name: name('Won', 'Ganado'), team: 'sales', kind: 'inventory', avgDays: 0 },
    ],
    detours: [
      {
        key: 'lost',
        name: name('Lost', 'Perdido'),
        team: 'sales',
        kind: 'inventory',
        avgDays: null,
      },
    ],
    handoffs: [
      ...chain(['visitor', 'prospect', 'mql', 'sql', 'won'], [0.02, 0.15, 0.3, 0.25]),
      { from: 'sql', to: 'lost', kind: 'lost', preset: null },
    ],
  },
};

export const STAGE_SPACING = { x: 280, y: 220 };

/**
 * A template's funnel in the plan's language. Ids are made from `idPrefix` so
 * two funnels built from one template in one plan never collide.
 */
export function buildFunnelTemplate(
  template: FunnelTemplateId,
  language: Language,
  idPrefix: string,
): FunnelSection {
  if (template === 'blank') return emptyFunnel();
  const spec = TEMPLATES[template];
  const id = (key: string) => `${idPrefix}-${key}`;
  const mainX = new Map(spec.main.map((s, i) => [s.key, i * STAGE_SPACING.x]));
  const toStage = (stage: TemplateStage, x: number, y: number) => ({
    id: id(stage.key),
    name: stage.name[language],
    team: stage.team,
    kind: stage.kind,
    slaHours: stage.slaHours ?? null,
    avgDays: stage.avgDays,
    position: { x, y },
  });
  const detourSource = (key: string) => spec.handoffs.find((h) => h.to === key)?.from ?? '';
  return {
    template,
    stages: [
      ...spec.main.map((s) => toStage(s, mainX.get(s.key) ?? 0, 0)),
      ...spec.detours.map((s) => toStage(s, mainX.get(detourSource(s.key)) ?? 0, STAGE_SPACING.y)),
    ],
    handoffs: spec.handoffs.map((h) => ({
      id: id(`${h.from}-${h.to}`),
      source: id(h.from),
      target: id(h.to),
      kind: h.kind,
      rate: h.preset,
      presetRate: h.preset,
    })),
    assumptions: { ...DEFAULT_ASSUMPTIONS },
    scenarios: [],
    planScenarioId: null,
  };
}
