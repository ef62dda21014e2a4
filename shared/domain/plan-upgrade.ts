import { DomainError, describeIssues } from './errors';
import { emptyFunnel } from './funnel';
import { emptyGoals } from './goals';
import { emptyHandoff } from './handoff';
import { emptyRaci } from './raci';
import { emptyActuals } from './actuals';
import { localTimeZone, standardCalendar } from './business-calendar';
import { emptyWorkshop } from './workshop';
import { PLAN_SCHEMA_VERSION, PlanDocSchema, type PlanDoc } from './plan-doc';

type RawPlan = Record<string, unknown> & { schemaVersion: number };

/**
 * One step per released schema version, each taking a plan of version N to
 * N + 1. Steps are never edited once released; a new version adds one.
 */
const UPGRADES: Record<number, (plan: RawPlan) => RawPlan> = {
  // v2: the funnel, goals, RACI and handoff sections gain their content.
  1: (plan) => ({
    ...plan,
    schemaVersion: 2,
    funnel: emptyFunnel(),
    goals: emptyGoals(),
    raci: emptyRaci(),
    handoff: emptyHandoff(),
  }),
  // v3: the qualification framework gains its handoff fields, the handoff its
  // swimlane, and the workshop section its content.
  2: (plan) => {
    const handoff = plan['handoff'] as Record<string, unknown> & { framework: object };
    return {
      ...plan,
      schemaVersion: 3,
      handoff: {
        ...handoff,
        framework: { fields: [], ...handoff.framework },
        swimlane: { positions: {} },
      },
      workshop: emptyWorkshop(),
    };
  },
  // v4: the plan keeps the actuals read from CRM exports (aggregates only).
  3: (plan) => ({ ...plan, schemaVersion: 4, actuals: emptyActuals() }),
  // v5: the SLA gains its business calendar (in the zone of the machine that upgrades the
  // plan, the team's own), imports their SLA and feedback figures, and the recurring reviews.
  // A damaged file's parts may be missing or of the wrong kind: they are left for the
  // schema to name, never read here.
  4: (plan) => {
    const handoff = objectOrNull(plan['handoff']);
    const sla = objectOrNull(handoff?.['sla']);
    const actuals = objectOrNull(plan['actuals']);
    const imports = actuals?.['imports'];
    return {
      ...plan,
      schemaVersion: 5,
      ...(handoff && sla
        ? { handoff: { ...handoff, sla: { ...sla, calendar: standardCalendar(localTimeZone()) } } }
        : {}),
      ...(actuals
        ? {
            actuals: {
              ...actuals,
              imports: Array.isArray(imports)
                ? imports.map((entry: unknown) =>
                    objectOrNull(entry) ? upgradeImport(entry as Record<string, unknown>) : entry,
                  )
                : imports,
              reviews: [],
            },
          }
        : {}),
    };
  },
  // v6: the workshop keeps the room's votes (and an assessment run, optionally, the room's
  // answers as counts).
  5: (plan) => {
    const workshop = objectOrNull(plan['workshop']);
    return {
      ...plan,
      schemaVersion: 6,
      ...(workshop ? { workshop: { ...workshop, votes: [] } } : {}),
    };
  },
  // v7: the plan can show its client's logo.
  6: (plan) => ({ ...plan, schemaVersion: 7, clientLogoId: null }),
};

/** A version 4 import: no SLA figures, and the stages it measured are those it counted. */
function upgradeImport(entry: Record<string, unknown>): Record<string, unknown> {
  const months = Array.isArray(entry['months']) ? (entry['months'] as unknown[]) : [];
  const measured = [
    ...new Set(
      months.flatMap((month) => {
        const stageId = objectOrNull(month)?.['stageId'];
        return typeof stageId === 'string' ? [stageId] : [];
      }),
    ),
  ];
  return { ...entry, responses: null, feedback: [], measured };
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * Reads a stored or imported plan of any released schema version and returns
 * it at the current version. Each future version adds one step here, so a
 * plan file written by an old build always opens in a new one.
 */
export function upgradePlanDoc(raw: unknown): PlanDoc {
  if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) {
    throw new DomainError('INVALID_INPUT', 'not a plan: schemaVersion is missing', {
      code: 'import.notPlanFile',
    });
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DomainError('INVALID_INPUT', 'schemaVersion: must be a positive whole number', {
      code: 'import.invalidPlan',
      values: { field: 'schemaVersion' },
    });
  }
  if (version > PLAN_SCHEMA_VERSION) {
    throw new DomainError(
      'INVALID_INPUT',
      `this plan was saved by a newer Smarketing Planner (schema ${version}; this build reads up to ${PLAN_SCHEMA_VERSION})`,
      { code: 'import.newerVersion', values: { version, supported: PLAN_SCHEMA_VERSION } },
    );
  }
  let plan = raw as RawPlan;
  while (plan.schemaVersion < PLAN_SCHEMA_VERSION) {
    const step = UPGRADES[plan.schemaVersion];
    if (!step)
      throw new DomainError('INVALID_INPUT', `no upgrade from schema ${plan.schemaVersion}`, {
        code: 'import.newerVersion',
        values: { version: plan.schemaVersion, supported: PLAN_SCHEMA_VERSION },
      });
    plan = step(plan);
  }
  const parsed = PlanDocSchema.safeParse(plan);
  if (!parsed.success) {
    throw invalidPlan(parsed.error.issues);
  }
  return parsed.data;
}

/** A plan that fails its schema names the place in the file, which is what someone fixing it needs. */
function invalidPlan(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; keys?: string[] }>,
): DomainError {
  const first = issues[0];
  // An unknown key is named by the key itself, not by the object that holds it.
  const path = [...(first?.path ?? []), ...(first?.keys?.slice(0, 1) ?? [])];
  const field = path.map(String).join('.');
  return new DomainError('INVALID_INPUT', describeIssues(issues), {
    code: 'import.invalidPlan',
    values: { field },
  });
}
