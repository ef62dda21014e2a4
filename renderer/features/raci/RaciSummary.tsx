import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../ui/NumberField';
import { useAppStore } from '../../store/store-context';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { raciCheckOf, raciOf } from './use-raci';

/** The "only problems" box: where the focus goes when the last row it showed is fixed. */
export const PROBLEMS_ONLY_ID = 'raci-problems-only';

interface RaciSummaryProps {
  problemsOnly: boolean;
  onProblemsOnlyChange: (only: boolean) => void;
}

/**
 * The rules' count, the "only problems" filter and the overload threshold. Drawn again
 * when a count changes, not at every letter typed in the grid.
 */
export const RaciSummary = memo(function RaciSummary(props: RaciSummaryProps) {
  const { problemsOnly, onProblemsOnlyChange } = props;
  const errors = useAppStore((s) => raciCheckOf(s).errors);
  const warnings = useAppStore((s) => raciCheckOf(s).warnings);
  const notes = useAppStore((s) => raciCheckOf(s).notes);
  /** Roles with more R's than this are flagged as overloaded. */
  const overloadThreshold = useAppStore((s) => raciOf(s).overloadThreshold);
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  return (
    <div className="raci-summary" role="status" aria-live="polite">
      <span className={`summary-count ${errors ? 'has-errors' : ''}`}>
        {t('raci.summary.errors', { count: errors })}
      </span>
      <span className={`summary-count ${warnings ? 'has-warnings' : ''}`}>
        {t('raci.summary.warnings', { count: warnings })}
      </span>
      <span className="summary-count">{t('raci.summary.notes', { count: notes })}</span>
      <label className="checkbox-field">
        <input
          id={PROBLEMS_ONLY_ID}
          type="checkbox"
          checked={problemsOnly}
          onChange={(e) => onProblemsOnlyChange(e.target.checked)}
        />
        {t('raci.problemsOnly')}
      </label>
      <NumberField
        label={t('raci.threshold')}
        value={overloadThreshold}
        min={1}
        max={100}
        commit={(value) =>
          value === null
            ? null
            : dispatch([{ type: 'raci.threshold.set', value: Math.round(value) }])
        }
      />
    </div>
  );
});
