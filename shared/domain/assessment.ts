import type { Language } from './plan-doc';

export const ASSESSMENT_DIMENSIONS = [
  'communication',
  'goals',
  'process',
  'data',
  'accountability',
  'customer',
] as const;
export type AssessmentDimension = (typeof ASSESSMENT_DIMENSIONS)[number];

export interface AssessmentStatement {
  id: string;
  dimension: AssessmentDimension;
  text: Record<Language, string>;
}

const s = (id: string, dimension: AssessmentDimension, en: string, es: string) => ({
  id,
  dimension,
  text: { en, es },
});

/**
 * The alignment assessment: 20 statements in six dimensions, each answered
 * 1 (strongly disagree) to 5 (strongly agree) by each leader on their own.
 * Ids are stable: stored answers refer to them.
 */
export const ASSESSMENT_STATEMENTS: readonly AssessmentStatement[] = [
  s(
    'com-1',
    'communication',
    'Marketing and sales meet at least every two weeks to review the pipeline.',
    'Marketing y ventas se reúnen al menos cada dos semanas para revisar el pipeline.',
  ),
  s(
    'com-2',
    'communication',
    'Sales tells marketing why leads were rejected or lost.',
    'Ventas cuenta a marketing por qué se rechazaron o perdieron leads.',
  ),
  s(
    'com-3',
    'communication',
    'Marketing shares upcoming campaigns with sales before launch.',
    'Marketing comparte las próximas campañas con ventas antes del lanzamiento.',
  ),
  s(
    'com-4',
    'communication',
    'Disagreements between the teams are raised openly and resolved quickly.',
    'Los desacuerdos entre los equipos se plantean abiertamente y se resuelven rápido.',
  ),
  s(
    'goa-1',
    'goals',
    'Both teams work towards the same revenue target.',
    'Ambos equipos trabajan para el mismo objetivo de ingresos.',
  ),
  s(
    'goa-2',
    'goals',
    'Marketing is measured on pipeline and revenue, not only on leads.',
    'A marketing se le mide por pipeline e ingresos, no solo por leads.',
  ),
  s(
    'goa-3',
    'goals',
    'Our shared goals are specific, measurable and time-bound.',
    'Nuestros objetivos compartidos son específicos, medibles y con plazo.',
  ),
  s(
    'pro-1',
    'process',
    'We agree on what makes a lead an MQL and an SQL.',
    'Estamos de acuerdo en qué convierte un lead en MQL y en SQL.',
  ),
  s(
    'pro-2',
    'process',
    'Sales follows up qualified leads within an agreed time.',
    'Ventas da seguimiento a los leads cualificados en un plazo acordado.',
  ),
  s(
    'pro-3',
    'process',
    'Rejected leads go back to marketing for nurturing, not into a void.',
    'Los leads rechazados vuelven a marketing para nutrirlos, no se pierden.',
  ),
  s(
    'pro-4',
    'process',
    'The handoff from marketing to sales is written down and followed.',
    'El traspaso de marketing a ventas está por escrito y se cumple.',
  ),
  s(
    'dat-1',
    'data',
    'Both teams use the same CRM data and trust it.',
    'Ambos equipos usan los mismos datos del CRM y confían en ellos.',
  ),
  s(
    'dat-2',
    'data',
    'Lead scoring reflects what actually predicts a sale.',
    'La puntuación de leads refleja lo que de verdad predice una venta.',
  ),
  s(
    'dat-3',
    'data',
    'We can see every stage of the funnel in one report.',
    'Podemos ver todas las etapas del embudo en un solo informe.',
  ),
  s(
    'acc-1',
    'accountability',
    'It is clear who is accountable for each step from lead to customer.',
    'Está claro quién rinde cuentas de cada paso, del lead al cliente.',
  ),
  s(
    'acc-2',
    'accountability',
    'Each team keeps the commitments it made to the other.',
    'Cada equipo cumple los compromisos que adquirió con el otro.',
  ),
  s(
    'acc-3',
    'accountability',
    'We review results together and adjust the plan regularly.',
    'Revisamos juntos los resultados y ajustamos el plan con regularidad.',
  ),
  s(
    'cus-1',
    'customer',
    'Both teams describe our ideal customer the same way.',
    'Ambos equipos describen igual a nuestro cliente ideal.',
  ),
  s(
    'cus-2',
    'customer',
    'The buyer gets a consistent message from marketing and sales.',
    'El comprador recibe un mensaje coherente de marketing y de ventas.',
  ),
  s(
    'cus-3',
    'customer',
    'Customer feedback reaches both teams and changes what we do.',
    'Las opiniones de los clientes llegan a ambos equipos y cambian lo que hacemos.',
  ),
];

export type TeamAnswers = Readonly<Record<string, number>>;

/** Mean answer per dimension for one team (null where nothing was answered). */
export function dimensionScores(answers: TeamAnswers): Record<AssessmentDimension, number | null> {
  const result = {} as Record<AssessmentDimension, number | null>;
  for (const dimension of ASSESSMENT_DIMENSIONS) {
    const values = ASSESSMENT_STATEMENTS.filter((st) => st.dimension === dimension)
      .map((st) => answers[st.id])
      .filter((v): v is number => v !== undefined);
    result[dimension] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return result;
}

/**
 * Mean answer per dimension from the room's counts (how many gave each score 1…5 to each
 * statement): every person's answer weighs the same, whichever statements they answered.
 */
export function dimensionMeansOfCounts(
  counts: Readonly<Record<string, readonly number[]>>,
): Record<AssessmentDimension, number | null> {
  const result = {} as Record<AssessmentDimension, number | null>;
  for (const dimension of ASSESSMENT_DIMENSIONS) {
    let answers = 0;
    let total = 0;
    for (const statement of ASSESSMENT_STATEMENTS.filter((st) => st.dimension === dimension)) {
      (counts[statement.id] ?? []).forEach((count, i) => {
        answers += count;
        total += count * (i + 1);
      });
    }
    result[dimension] = answers > 0 ? total / answers : null;
  }
  return result;
}

/**
 * The alignment index, 0–100, over the statements both leaders answered: how
 * well things work (the mean answer, 1 → 0 and 5 → 100) times how much the two
 * agree (1 − the mean gap between their answers, as a share of the 4-point
 * scale). Two leaders who both answer 3 score 50; 5 and 1 score 0.
 */
export function alignmentIndex(marketing: TeamAnswers, sales: TeamAnswers): number | null {
  const both = ASSESSMENT_STATEMENTS.filter(
    (st) => marketing[st.id] !== undefined && sales[st.id] !== undefined,
  );
  if (both.length === 0) return null;
  let level = 0;
  let gap = 0;
  for (const st of both) {
    const m = marketing[st.id] ?? 0;
    const sa = sales[st.id] ?? 0;
    level += ((m + sa) / 2 - 1) / 4;
    gap += Math.abs(m - sa) / 4;
  }
  return Math.round((level / both.length) * (1 - gap / both.length) * 100);
}

/** Statements both answered, the widest disagreement first (ties in statement order). */
export function divergences(
  marketing: TeamAnswers,
  sales: TeamAnswers,
): Array<{ statement: AssessmentStatement; marketing: number; sales: number; gap: number }> {
  return ASSESSMENT_STATEMENTS.flatMap((statement) => {
    const m = marketing[statement.id];
    const sa = sales[statement.id];
    return m === undefined || sa === undefined
      ? []
      : [{ statement, marketing: m, sales: sa, gap: Math.abs(m - sa) }];
  }).sort((a, b) => b.gap - a.gap);
}
