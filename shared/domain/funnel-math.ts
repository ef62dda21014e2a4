import type { Assumptions, FunnelSection, Stage } from './funnel';
import { mainPath, type PathProblem } from './funnel-path';
import { daysIn } from './volume-period';

export interface StageNumbers {
  stageId: string;
  /**
   * Whole leads reaching the stage per period, from the top volume and the rates, rounded
   * down (13.5 expected customers are 13 to count on). Every screen, the PDF and the CSV
   * show this number, and the gap and revenue are worked from it, so what is shown adds up.
   */
  forecast: number | null;
  /** Volume needed at the stage per period to reach the revenue target. */
  required: number | null;
  /** forecast − required, both whole: negative is a shortfall. */
  gap: number | null;
  /** Conversion to the next stage on the main path (null on the last stage). */
  rateToNext: number | null;
  presetToNext: number | null;
}

export interface FunnelAnalysis {
  rows: StageNumbers[];
  problem: PathProblem | null;
  /** Whole customers per period: the forecast at the last stage. */
  customers: number | null;
  revenue: number | null;
  customersNeeded: number | null;
  /** Sum of average days in stage along the path, where all are known. */
  cycleDays: number | null;
  /**
   * Pipeline velocity, money per day: opportunities in the pipeline × deal size × win rate ÷
   * cycle days. The funnel gives opportunities as a flow per period; by Little's law the
   * pipeline holds flow-per-day × cycle days of them, so velocity is the opportunities'
   * flow per day × deal size × win rate, whatever period the volumes are counted in.
   */
  velocityPerDay: number | null;
  /** The step furthest below its preset rate. */
  bottleneck: { handoffId: string; fromStageId: string; shortfall: number } | null;
  /** Where a 0 % rate (or one not set) makes the target unreachable. */
  unreachableAt: { handoffId: string; fromStageId: string } | null;
}

/**
 * The funnel's arithmetic along its main path. Forward: top volume × rate,
 * stage by stage. Reverse: customers needed = revenue target ÷ deal size, then
 * each stage needs the next one's volume ÷ the rate between them. Every number
 * is finite or null: a 0 % rate makes upstream requirements unknowable, and
 * says where, instead of producing Infinity or NaN.
 */
export function analyzeFunnel(
  funnel: Pick<FunnelSection, 'stages' | 'handoffs' | 'assumptions'>,
): FunnelAnalysis {
  const path = mainPath(funnel);
  const rates = path.handoffs.map((h) => h.rate);
  // The chain runs on exact volumes; each stage's shown forecast is its whole part.
  const exact = forwardVolumes(funnel.assumptions.topVolume, rates);
  const forecast = exact.map((v) => (v === null ? null : wholeVolume(v)));
  const needed = customersNeeded(funnel.assumptions);
  const reverse = requiredVolumes(needed, rates);

  const rows: StageNumbers[] = path.stageIds.map((stageId, index) => {
    const f = forecast[index] ?? null;
    const r = reverse.volumes[index] ?? null;
    return {
      stageId,
      forecast: f,
      required: r,
      gap: f !== null && r !== null ? f - r : null,
      rateToNext: path.handoffs[index]?.rate ?? null,
      presetToNext: path.handoffs[index]?.presetRate ?? null,
    };
  });

  const customers = forecast.length > 0 ? (forecast[forecast.length - 1] ?? null) : null;
  const cycleDays = cycleTime(path.stageIds, funnel.stages);
  return {
    rows,
    problem: path.problem,
    customers,
    revenue: customers !== null ? customers * funnel.assumptions.avgDealSize : null,
    customersNeeded: needed,
    cycleDays,
    velocityPerDay: velocity(exact, rates, funnel.assumptions, cycleDays),
    bottleneck: bottleneck(path.handoffs),
    unreachableAt:
      reverse.blockedAt === null
        ? null
        : {
            handoffId: path.handoffs[reverse.blockedAt]?.id ?? '',
            fromStageId: path.stageIds[reverse.blockedAt] ?? '',
          },
  };
}

/**
 * The one rounding rule for forecast volumes: whole leads, rounded down, with a hair of
 * tolerance so 149.99999999 (0.15 × 1,000 in floating point) is 150.
 */
export function wholeVolume(value: number): number {
  return Math.floor(value + 1e-9);
}

/** Forward: each stage's volume from the one above; an unset rate stops the forecast there. */
export function forwardVolumes(
  topVolume: number,
  rates: ReadonlyArray<number | null>,
): Array<number | null> {
  const volumes: Array<number | null> = [topVolume];
  let current: number | null = topVolume;
  for (const rate of rates) {
    current = current === null || rate === null ? null : current * rate;
    volumes.push(current);
  }
  return volumes;
}

/** Customers needed per period; null until both the target and the deal size are set. */
export function customersNeeded(assumptions: Assumptions): number | null {
  if (assumptions.revenueTarget <= 0 || assumptions.avgDealSize <= 0) return null;
  return Math.ceil(assumptions.revenueTarget / assumptions.avgDealSize);
}

/**
 * Reverse waterfall from the customers needed back to the top. `blockedAt` is
 * the index of the first step (from the bottom) whose rate is 0 or unset: the
 * stages above it cannot be given a requirement.
 */
export function requiredVolumes(
  customers: number | null,
  rates: ReadonlyArray<number | null>,
): { volumes: Array<number | null>; blockedAt: number | null } {
  const volumes: Array<number | null> = new Array<number | null>(rates.length + 1).fill(null);
  if (customers === null) return { volumes, blockedAt: null };
  volumes[rates.length] = customers;
  let current: number | null = customers;
  let blockedAt: number | null = null;
  for (let i = rates.length - 1; i >= 0; i--) {
    const rate = rates[i] ?? null;
    if (current === null) break;
    if (rate === null || rate <= 0) {
      blockedAt = i;
      break;
    }
    // Leads come whole: a stage needs at least enough to yield the next stage's volume.
    current = Math.ceil(current / rate - 1e-9);
    volumes[i] = current;
  }
  return { volumes, blockedAt };
}

function cycleTime(stageIds: string[], stages: Stage[]): number | null {
  if (stageIds.length === 0) return null;
  const byId = new Map(stages.map((s) => [s.id, s]));
  let total = 0;
  for (const id of stageIds) {
    const days = byId.get(id)?.avgDays ?? null;
    if (days === null) return null;
    total += days;
  }
  return total;
}

/**
 * Opportunities are the second-to-last stage, the win rate the last step. The cycle must be
 * known (it is what turns the flow into the pipeline the formula speaks of), though in the
 * steady state it divides out.
 */
function velocity(
  forecast: Array<number | null>,
  rates: ReadonlyArray<number | null>,
  assumptions: Assumptions,
  cycleDays: number | null,
): number | null {
  if (rates.length === 0 || cycleDays === null || cycleDays <= 0) return null;
  const opportunitiesPerPeriod = forecast[forecast.length - 2] ?? null;
  const winRate = rates[rates.length - 1] ?? null;
  if (opportunitiesPerPeriod === null || winRate === null) return null;
  const inPipeline = (opportunitiesPerPeriod / daysIn(assumptions.period)) * cycleDays;
  return (inPipeline * assumptions.avgDealSize * winRate) / cycleDays;
}

function bottleneck(
  handoffs: ReadonlyArray<{
    id: string;
    source: string;
    rate: number | null;
    presetRate: number | null;
  }>,
): FunnelAnalysis['bottleneck'] {
  let worst: FunnelAnalysis['bottleneck'] = null;
  for (const h of handoffs) {
    if (h.rate === null || h.presetRate === null || h.presetRate === 0) continue;
    // Relative shortfall: 10 points under a 20 % preset is worse than under a 60 % one.
    const shortfall = (h.presetRate - h.rate) / h.presetRate;
    if (shortfall > 0 && (worst === null || shortfall > worst.shortfall)) {
      worst = { handoffId: h.id, fromStageId: h.source, shortfall };
    }
  }
  return worst;
}
