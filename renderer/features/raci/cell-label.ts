import type { TFunction } from 'i18next';
import type { RaciLetter } from '../../../shared/domain/raci';

export type CellLabel = (activity: string, role: string, letter: RaciLetter | null) => string;

const MARK = { activity: '\uE001', role: '\uE002', letter: '\uE003' };

/**
 * Builds the grid cells' accessible names from the translation once, not once per cell
 * (a drawn 200 × 40 matrix has a thousand cells, each named again when its row changes).
 */
export function cellLabelFormatter(t: TFunction): CellLabel {
  // The translation with marks where the values go, cut at the marks once.
  const parts = t('raci.cellLabel', MARK).split(/(\uE001|\uE002|\uE003)/);
  const letterNames = {
    none: t('raci.letters.none'),
    R: t('raci.letters.R'),
    A: t('raci.letters.A'),
    C: t('raci.letters.C'),
    I: t('raci.letters.I'),
  };
  return (activity, role, letter) => {
    const values: Record<string, string> = {
      [MARK.activity]: activity,
      [MARK.role]: role,
      [MARK.letter]: letterNames[letter ?? 'none'],
    };
    return parts.map((part) => values[part] ?? part).join('');
  };
}
