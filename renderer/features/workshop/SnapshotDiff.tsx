import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../shared/api/contract';
import { diffPlans, type PlanChange } from '../../../shared/domain/plan-diff';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { formatTarget } from '../handoff/SlaTermsTable';
import { usePlanNumberFormats } from '../funnel/use-funnel';

const CURRENT = 'current';

/** What changed between two agreed versions, or between a version and the plan today. */
export function SnapshotDiff({
  planId,
  versions,
  current,
}: {
  planId: string;
  versions: readonly SnapshotSummary[];
  current: PlanDoc;
}) {
  const { t } = useTranslation();
  const formats = usePlanNumberFormats();
  const getSnapshot = useAppStore((s) => s.getSnapshot);
  const [fromId, setFromId] = useState(versions.at(-1)?.id ?? '');
  const [toId, setToId] = useState(CURRENT);
  const [docs, setDocs] = useState<{ from: PlanDoc; to: PlanDoc } | null>(null);

  useEffect(() => {
    let live = true;
    const load = (id: string) =>
      id === CURRENT ? Promise.resolve(current) : getSnapshot(planId, id).then((r) => r.doc);
    Promise.all([load(fromId), load(toId)]).then(
      ([from, to]) => live && setDocs({ from, to }),
      () => live && setDocs(null),
    );
    return () => {
      live = false;
    };
  }, [planId, fromId, toId, current, getSnapshot]);

  const options = [
    ...versions.map((v) => ({
      value: v.id,
      label: t('workshop.signoff.version', { version: v.version }),
    })),
    { value: CURRENT, label: t('workshop.signoff.currentPlan') },
  ];
  const changes = docs ? diffPlans(docs.from, docs.to) : [];
  const value = (change: PlanChange, side: 'before' | 'after'): string => {
    const v = change[side];
    if (v === null) return '–';
    switch (change.area) {
      case 'rate':
        return formats.percent(v as number);
      case 'volume':
      case 'assumption':
        return formats.volume(v as number);
      case 'sla':
        return formatTarget(change[side], t, formats);
      default:
        return String(v);
    }
  };
  const what = (change: PlanChange) =>
    change.area === 'assumption'
      ? t(`workshop.diff.assumption.${change.what}`)
      : change.area === 'sla'
        ? t(`handoff.terms.metric.${change.what}`)
        : change.what;

  return (
    <div className="snapshot-diff">
      <h4 id="diff-heading">{t('workshop.diff.heading')}</h4>
      <div className="toolbar-row">
        <SelectField
          label={t('workshop.diff.from')}
          className="compact-field"
          value={fromId}
          options={options}
          onChange={(e) => setFromId(e.target.value)}
        />
        <SelectField
          label={t('workshop.diff.to')}
          className="compact-field"
          value={toId}
          options={options}
          onChange={(e) => setToId(e.target.value)}
        />
      </div>
      {changes.length === 0 ? (
        <p className="muted" role="status">
          {t('workshop.diff.none')}
        </p>
      ) : (
        <table className="data-table diff-table" aria-labelledby="diff-heading">
          <thead>
            <tr>
              <th scope="col">{t('workshop.diff.area')}</th>
              <th scope="col">{t('workshop.diff.what')}</th>
              <th scope="col">{t('workshop.diff.before')}</th>
              <th scope="col">{t('workshop.diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, i) => (
              <tr key={i}>
                <td>{t(`workshop.diff.areas.${change.area}`)}</td>
                <th scope="row">{what(change)}</th>
                <td>{value(change, 'before')}</td>
                <td>
                  <strong>{value(change, 'after')}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
