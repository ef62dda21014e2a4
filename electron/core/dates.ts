import { endOfQuarter, format, startOfQuarter } from 'date-fns';
import type { Period } from '../../shared/domain/plan-doc';

/** A new plan covers the current calendar quarter until the leaders say otherwise. */
export function currentQuarter(now: Date): Period {
  return {
    start: format(startOfQuarter(now), 'yyyy-MM-dd'),
    end: format(endOfQuarter(now), 'yyyy-MM-dd'),
  };
}
