import type { Language } from '../domain/plan-doc';
import { messages } from '../i18n';
import type { ReadProblem } from './read-export';
import type { RecordProblem } from './records';

export type ActualsProblem = ReadProblem | RecordProblem;

/**
 * A problem with an export in the user's words, for the screen and the command line
 * alike: numbers written the way the language writes them, values quoted as found.
 */
export function describeActualsProblem(problem: ActualsProblem, language: Language): string {
  const template = messages[language].actuals.problems[problem.code];
  const numbers = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-US');
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = (problem as Record<string, unknown>)[key];
    return typeof value === 'number' ? numbers.format(value) : String(value ?? '');
  });
}

/** The problems as lines, the ones not listed counted at the end. */
export function describeActualsProblems(
  problems: readonly ActualsProblem[],
  total: number,
  language: Language,
): string[] {
  const lines = problems.map((problem) => describeActualsProblem(problem, language));
  if (total > problems.length) {
    const count = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-US').format(
      total - problems.length,
    );
    lines.push(messages[language].actuals.problems.more.replace('{{count}}', count));
  }
  return lines;
}
