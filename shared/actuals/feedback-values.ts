import type { RejectReason } from '../domain/handoff';
import type { FeedbackOutcome } from './records';

/**
 * Words CRMs and teams write in a lead status for each verdict, in English and Spanish.
 * Checked in this order: "Unqualified - no budget" is a missing budget, not a fit problem.
 */
const CLUES: ReadonlyArray<[RejectReason, RegExp]> = [
  ['noBudget', /budget|presupuesto|precio|price/],
  ['noTimeline', /timing|timeline|later|plazo|momento|más adelante|mas adelante/],
  ['noAuthority', /authority|decision|decisor|autoridad/],
  ['noNeed', /no need|not interested|necesidad|sin inter[eé]s|no interesad/],
  ['alreadySolved', /competitor|already|competencia|ya tiene|ya usa|solved|resuelto/],
  [
    'notIcp',
    /fit|icp|unqualified|disqualified|not qualified|bad lead|junk|no cualificado|descalificado|perfil|spam/,
  ],
];
const ACCEPTED =
  /open deal|accepted|aceptad|qualified|cualificad|converted|convertid|sql|opportunit|oportunidad|connected|contactad/;

/**
 * A guess at what a lead status means, for the user to confirm: a reason for rejecting the
 * lead, an acceptance, or nothing (still open, being worked, not a verdict at all).
 */
export function suggestOutcome(value: string): FeedbackOutcome | null {
  const text = value.toLowerCase();
  for (const [reason, clue] of CLUES) if (clue.test(text)) return reason;
  if (/reject|rechaz|lost|perdid|closed.*not|no convert/.test(text)) return 'notIcp';
  return ACCEPTED.test(text) ? 'accepted' : null;
}
