import { nameKey } from '../domain/funnel-template-merge';
import type { PlanStageRef } from './match-stages';
import type { ImportProfile } from './profile';

/** Words that make a column a date in the languages exports are written in. */
const DATE_WORDS = new Set(['fecha', 'date', 'dia', 'day', 'entered', 'entrada', 'alta']);
/** Column names that tell records apart. */
const RECORD_ID =
  /^(id|record id|id de registro|identificador|lead id|contact id|deal id|id del? \w+)$/;

const tokens = (text: string) =>
  nameKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A first mapping for an export of no known shape, for the user to check rather than build:
 * the column that looks like the record's id ("ID", "Identificador"), and for each plan
 * stage a date column that names it ("Fecha MQL", "SQL date", "Fecha de Oportunidad").
 * Nothing is guessed where no column says so.
 */
export function guessedProfile(
  headers: readonly string[],
  planStages: readonly PlanStageRef[],
): ImportProfile {
  const recordId = headers.find((header) => RECORD_ID.test(nameKey(header))) ?? null;
  const stages: ImportProfile['stages'] = [];
  const planStageOf: ImportProfile['planStages'] = {};
  const taken = new Set<string>();
  for (const stage of planStages) {
    const wanted = tokens(stage.name);
    if (wanted.length === 0) continue;
    const column = headers.find((header) => {
      if (taken.has(header)) return false;
      const words = tokens(header);
      return wanted.every((word) => words.includes(word)) && words.some((w) => DATE_WORDS.has(w));
    });
    if (!column) continue;
    taken.add(column);
    stages.push({ name: column, dateColumn: column });
    planStageOf[column] = stage.id;
  }
  return {
    crm: 'other',
    kind: 'other',
    recordId,
    stages,
    planStages: planStageOf,
    feedback: null,
    amount: null,
    firstResponse: null,
    dayOrder: null,
  };
}
