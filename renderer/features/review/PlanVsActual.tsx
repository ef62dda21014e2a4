import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { PlanVsActualTable } from './PlanVsActualTable';
import { useAgreedPlan } from './use-agreed-plan';

/**
 * Plan against actual on screen: the review meeting's months, or every imported month
 * (scrolling sideways when many),
 * against the latest signed version when there is one, and saying which plan it is.
 */
export function PlanVsActual({ period }: { period: { from: string; to: string } | null }) {
  const { t, i18n } = useTranslation();
  const doc = useAppStore((s) => s.current?.doc);
  const revision = useAppStore((s) => s.current?.plan.revision ?? null);
  const agreed = useAgreedPlan(doc?.id ?? null, revision);
  const formats = usePlanNumberFormats();
  // The signed version's funnel, with this plan's actuals: what was agreed against what happened.
  const compared = useMemo(
    () =>
      doc
        ? {
            actuals: doc.actuals,
            funnel: agreed?.doc.funnel ?? doc.funnel,
            period: agreed?.doc.period ?? doc.period,
          }
        : null,
    [doc, agreed],
  );
  const analysis = useMemo(() => (compared ? analyzeFunnel(compared.funnel) : null), [compared]);
  const [by, setBy] = useState<'month' | 'quarter'>('month');
  if (!compared || !analysis) return null;
  return (
    <>
      {compared.actuals.imports.length > 0 && (
        <SelectField
          label={t('review.compare.by')}
          className="compare-by"
          value={by}
          options={[
            { value: 'month', label: t('review.compare.byMonth') },
            { value: 'quarter', label: t('review.compare.byQuarter') },
          ]}
          onChange={(event) => setBy(event.target.value === 'quarter' ? 'quarter' : 'month')}
        />
      )}
      {compared.actuals.imports.length > 0 && (
        <p className="muted">
          {agreed
            ? t('review.compare.planAgreed', {
                version: agreed.version,
                date: formatDate(agreed.signedOn, i18n.language),
              })
            : t('review.compare.planCurrent')}
        </p>
      )}
      <div className="plan-vs-actual" role="region" aria-labelledby="compare-heading" tabIndex={0}>
        <PlanVsActualTable
          doc={compared}
          analysis={analysis}
          t={t}
          language={i18n.language}
          formats={formats}
          period={period}
          by={by}
        />
      </div>
    </>
  );
}
