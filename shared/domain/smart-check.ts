import { wholeVolume, type FunnelAnalysis } from './funnel-math';
import { forecastForMetric, goalWindow } from './goal-metrics';
import type { Goal } from './goals';
import type { PlanDoc } from './plan-doc';
import { daysIn } from './volume-period';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export type SmartLevel = 'pass' | 'warn' | 'fail';

/** One letter's verdict. `reason` and `suggestion` are message keys under `smart.` in the catalogues. */
export interface SmartFinding {
  letter: SmartLetter;
  level: SmartLevel;
  reason: string;
  suggestion: string | null;
  values: Record<string, number | string>;
}

/** Verbs that on their own say nothing measurable ("improve lead quality"). */
const VAGUE_OPENINGS = [
  'improve',
  'increase',
  'boost',
  'grow',
  'optimize',
  'optimise',
  'enhance',
  'better',
  'maximize',
  'drive',
  'support',
  'mejorar',
  'aumentar',
  'incrementar',
  'crecer',
  'optimizar',
  'potenciar',
  'impulsar',
  'maximizar',
  'apoyar',
];

/** A target more than this many times its baseline is flagged as a stretch to justify. */
const STRETCH_FACTOR = 3;

/**
 * Checks a goal against the five SMART criteria, live, as it is typed. Each
 * letter passes, warns or fails with a reason and a suggestion. Achievable
 * compares the target with the baseline and with what the funnel forecasts.
 */
export function checkSmart(goal: Goal, doc: PlanDoc, analysis: FunnelAnalysis): SmartFinding[] {
  return [
    specific(goal, doc),
    measurable(goal),
    achievable(goal, doc, analysis),
    relevant(goal),
    timeBound(goal, doc),
  ];
}

function finding(
  letter: SmartLetter,
  level: SmartLevel,
  reason: string,
  suggestion: string | null = null,
  values: Record<string, number | string> = {},
): SmartFinding {
  return {
    letter,
    level,
    reason: `smart.${reason}`,
    suggestion: suggestion && `smart.${suggestion}`,
    values,
  };
}

function specific(goal: Goal, doc: PlanDoc): SmartFinding {
  const text = goal.statement.trim();
  if (!text) return finding('S', 'fail', 'sEmpty', 'sSuggest');
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const opensVague = VAGUE_OPENINGS.includes(words[0]?.replace(/[^\p{L}]/gu, '') ?? '');
  const hasNumber = /\d/.test(text);
  if (words.length < 4 || (opensVague && !hasNumber && words.length < 8)) {
    return finding('S', 'fail', 'sVague', 'sSuggest', { verb: text.split(/\s+/)[0] ?? '' });
  }
  const names = [...doc.teams.map((t) => t.name), ...doc.people.map((p) => p.name)].map((n) =>
    n.toLowerCase(),
  );
  const saysWho =
    goal.ownerIds.length > 0 || names.some((n) => n && text.toLowerCase().includes(n));
  if (!saysWho) return finding('S', 'warn', 'sNoWho', 'sWhoSuggest');
  if (!hasNumber && goal.metric === null) return finding('S', 'warn', 'sNoWhat', 'sSuggest');
  return finding('S', 'pass', 'sPass');
}

function measurable(goal: Goal): SmartFinding {
  if (goal.metric === null) return finding('M', 'fail', 'mNoMetric', 'mMetricSuggest');
  if (goal.metric.kind === 'custom' && (!goal.metric.name || !goal.metric.unit)) {
    return finding('M', 'fail', 'mCustomIncomplete', 'mCustomSuggest');
  }
  if (goal.target === null) return finding('M', 'fail', 'mNoTarget', 'mTargetSuggest');
  if (goal.baseline === null) return finding('M', 'warn', 'mNoBaseline', 'mBaselineSuggest');
  return finding('M', 'pass', 'mPass');
}

function achievable(goal: Goal, doc: PlanDoc, analysis: FunnelAnalysis): SmartFinding {
  if (goal.target === null) return finding('A', 'fail', 'aNoTarget', 'mTargetSuggest');
  const forecast = forecastForMetric(goal.metric, doc, analysis);
  const compared = forecast === null ? null : compareWithFunnel(goal, goal.target, forecast, doc);
  if (compared?.above) return compared.finding;
  if (goal.baseline !== null && goal.baseline > 0 && goal.target > goal.baseline * STRETCH_FACTOR) {
    const factor = Math.round((goal.target / goal.baseline) * 10) / 10;
    return finding('A', 'warn', 'aStretch', 'aStretchSuggest', { factor });
  }
  if (!goal.achievable.trim()) return finding('A', 'warn', 'aNoReason', 'aReasonSuggest');
  return compared?.finding ?? finding('A', 'pass', 'aPass');
}

/**
 * The goal's target against what the funnel says, like with like. A flow (leads at a stage,
 * revenue, lead generation) is forecast per period, so it is prorated to the goal's own
 * window, from its start (or the plan's) to its deadline: 1,125 MQLs in December are
 * compared with one month of the forecast, not a year. A rate is compared with the rate,
 * in percent; any other level (ROI, satisfaction, velocity) with its value.
 */
function compareWithFunnel(
  goal: Goal,
  target: number,
  forecast: number,
  doc: PlanDoc,
): { above: boolean; finding: SmartFinding } {
  const metric = goal.metric;
  const isRate =
    metric?.kind === 'conversion' || (metric?.kind === 'kpi' && metric.kpi === 'conversionRate');
  const isFlow =
    metric?.kind === 'stageVolume' ||
    metric?.kind === 'revenue' ||
    (metric?.kind === 'kpi' && metric.kpi === 'leadGeneration');
  if (isFlow) {
    const window = goalWindow(goal, doc.period);
    if (window) {
      // Whole leads (and whole money), by the one rounding rule: never "3,719.2 MQLs".
      const inWindow = wholeVolume(
        (forecast * window.days) / daysIn(doc.funnel.assumptions.period),
      );
      const values = { target, forecast: inWindow, start: window.start, end: window.end };
      return target > inWindow * 1.0001
        ? { above: true, finding: finding('A', 'warn', 'aAboveWindow', 'aForecastSuggest', values) }
        : { above: false, finding: finding('A', 'pass', 'aPassWindow', null, values) };
    }
    const values = { target, forecast };
    return target > forecast * 1.0001
      ? { above: true, finding: finding('A', 'warn', 'aAboveForecast', 'aForecastSuggest', values) }
      : { above: false, finding: finding('A', 'pass', 'aPassForecast', null, values) };
  }
  const values = { target, forecast };
  const [above, pass, suggest] = isRate
    ? (['aAboveRate', 'aPassRate', 'aRateSuggest'] as const)
    : (['aAboveLevel', 'aPassLevel', 'aLevelSuggest'] as const);
  return target > forecast * 1.0001
    ? { above: true, finding: finding('A', 'warn', above, suggest, values) }
    : { above: false, finding: finding('A', 'pass', pass, null, values) };
}

function relevant(goal: Goal): SmartFinding {
  const linked = goal.metric !== null && goal.metric.kind !== 'custom';
  if (linked) return finding('R', 'pass', 'rPass');
  if (goal.relevantTo.trim()) return finding('R', 'warn', 'rObjectiveOnly', 'rLinkSuggest');
  return finding('R', 'fail', 'rNone', 'rLinkSuggest');
}

function timeBound(goal: Goal, doc: PlanDoc): SmartFinding {
  if (!goal.deadline) return finding('T', 'fail', 'tNoDeadline', 'tSuggest');
  if (goal.start && goal.deadline < goal.start)
    return finding('T', 'fail', 'tBeforeStart', 'tSuggest');
  if (goal.deadline < doc.period.start || goal.deadline > doc.period.end) {
    return finding('T', 'warn', 'tOutsidePeriod', 'tPeriodSuggest', {
      start: doc.period.start,
      end: doc.period.end,
    });
  }
  return finding('T', 'pass', 'tPass', null, { deadline: goal.deadline });
}
