import fc from 'fast-check';
import type { Command } from '../../shared/domain/commands';
import { FUNNEL_TEMPLATE_IDS } from '../../shared/domain/funnel-template-ids';
import { buildFunnelTemplate } from '../../shared/domain/funnel-templates';
import { newGoal } from '../../shared/domain/goals';
import { FrameworkKindSchema } from '../../shared/domain/handoff';
import {
  createPlanDoc,
  MARKETING_TEAM_ID,
  SALES_TEAM_ID,
  type PlanDoc,
} from '../../shared/domain/plan-doc';
import { generateFramework } from '../../shared/domain/qualification-frameworks';
import { RACI_LIBRARY } from '../../shared/domain/raci-library';
import { applyCommands } from '../../shared/domain/reducer';

/** Text people type, and text meant to break things: markup, SQL, prototype keys, emoji. */
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        "'; DROP TABLE plans; --",
        '__proto__',
        'constructor',
        'Ñandú Ltd. — “Q1” 🚀',
      ),
    )
    .map((s) => s.trim().slice(0, max))
    .filter((s) => s !== '');

const isoDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * Plans as a workshop leaves them: any template, assumptions, people, goals
 * owned by them, RACI rows with letters, a framework, scoring criteria, SLA
 * terms and a moved swimlane step. Built through the reducer, so every plan
 * is one the app could have made.
 */
export const planArbitrary: fc.Arbitrary<PlanDoc> = fc
  .record({
    name: text(120),
    client: fc.oneof(fc.constant(''), text(120)),
    language: fc.constantFrom('en' as const, 'es' as const),
    currency: fc.constantFrom('EUR', 'USD', 'MXN', 'GBP'),
    dates: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    template: fc.constantFrom(...FUNNEL_TEMPLATE_IDS),
    topVolume: fc.integer({ min: 0, max: 1_000_000 }),
    dealSize: fc.double({ min: 0, max: 1e7, noNaN: true }).map(Math.abs),
    revenue: fc.integer({ min: 0, max: 1e9 }),
    people: fc.array(text(80), { maxLength: 4 }),
    goals: fc.array(fc.record({ title: text(120), target: fc.integer({ min: 0, max: 1e6 }) }), {
      maxLength: 4,
    }),
    activities: fc.subarray([...RACI_LIBRARY], { maxLength: 6 }),
    letters: fc.array(fc.constantFrom('R' as const, 'A' as const, 'C' as const, 'I' as const), {
      minLength: 6,
      maxLength: 6,
    }),
    framework: fc.constantFrom(...FrameworkKindSchema.options),
    criteria: fc.array(fc.record({ name: text(80), points: fc.integer({ min: -100, max: 100 }) }), {
      maxLength: 4,
    }),
    firstResponseHours: fc.double({ min: 0.1, max: 720, noNaN: true }),
    moved: fc.option(
      fc.record({
        x: fc.integer({ min: -500, max: 2000 }),
        y: fc.integer({ min: -500, max: 900 }),
      }),
      {
        nil: null,
      },
    ),
  })
  .map((p) => {
    const base = createPlanDoc({
      id: 'generated',
      name: p.name,
      client: p.client,
      period: { start: p.dates[0] ?? '2027-01-01', end: p.dates[1] ?? '2027-03-31' },
      currency: p.currency,
      language: p.language,
      teamNames: { marketing: 'Marketing', sales: 'Sales' },
    });
    const funnel = buildFunnelTemplate(p.template, p.language, 's');
    const commands: Command[] = [
      {
        type: 'funnel.replace',
        funnel: {
          ...funnel,
          assumptions: {
            ...funnel.assumptions,
            topVolume: p.topVolume,
            avgDealSize: p.dealSize,
            revenueTarget: p.revenue,
          },
        },
      },
      ...p.people.map((name, i): Command => ({
        type: 'person.add',
        person: {
          id: `person-${i}`,
          name,
          roleTitle: '',
          teamId: i % 2 ? SALES_TEAM_ID : MARKETING_TEAM_ID,
        },
      })),
      ...p.goals.map((g, i): Command => ({
        type: 'goal.add',
        goal: {
          ...newGoal(`goal-${i}`, g.title),
          target: g.target,
          ownerIds: p.people.length > 0 ? [`person-${i % p.people.length}`] : [],
        },
      })),
      {
        type: 'handoff.framework.set',
        framework: generateFramework(p.framework, p.language, counter('item')),
      },
      ...p.criteria.map((c, i): Command => ({
        type: 'handoff.criterion.add',
        criterion: {
          id: `criterion-${i}`,
          name: c.name,
          dimension: i % 2 ? 'engagement' : 'fit',
          field: `field_${i}`,
          operator: 'contains',
          value: 'x',
          points: c.points,
        },
      })),
      { type: 'handoff.sla.set', patch: { firstResponseHours: p.firstResponseHours } },
    ];
    if (p.activities.length > 0) {
      commands.push(
        {
          type: 'raci.activities.add',
          activities: p.activities.map((a, i) => ({
            id: `activity-${i}`,
            name: a.name[p.language],
            phase: a.phase,
            handoff: a.handoff,
          })),
        },
        {
          type: 'raci.role.add',
          role: { id: 'role-m', name: 'Marketing lead', teamId: MARKETING_TEAM_ID, personId: null },
        },
        ...p.activities.map((_, i): Command => ({
          type: 'raci.cell.set',
          activityId: `activity-${i}`,
          roleId: 'role-m',
          letter: p.letters[i] ?? 'R',
        })),
      );
    }
    if (p.moved) {
      commands.push({ type: 'handoff.swimlane.move', step: 'route', position: p.moved });
    }
    return applyCommands(base, commands).doc;
  });

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
