import type { TFunction } from 'i18next';
import type { RaciLetter } from '../../../shared/domain/raci';
import { fillIn } from '../../ui/fill-in';

export type CellLabel = (activity: string, role: string, letter: RaciLetter | null) => string;

/**
 * Builds the grid cells' accessible names from the translation once, not once per cell
 * (a drawn 200 × 40 matrix has a thousand cells, each named again when its row changes).
 */
export function cellLabelFormatter(t: TFunction): CellLabel {
  const label = fillIn(t, 'raci.cellLabel', ['activity', 'role', 'letter']);
  const letterNames = {
    none: t('raci.letters.none'),
    R: t('raci.letters.R'),
    A: t('raci.letters.A'),
    C: t('raci.letters.C'),
    I: t('raci.letters.I'),
  };
  return (activity, role, letter) =>
    label({ activity, role, letter: letterNames[letter ?? 'none'] });
}
