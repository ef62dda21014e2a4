import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { useFunnelAnalysis, usePlanNumberFormats } from '../funnel/use-funnel';
import { PlanVsActualTable } from './PlanVsActualTable';

/** Plan against actual on screen: every imported month, scrolling sideways when many. */
export function PlanVsActual() {
  const { t, i18n } = useTranslation();
  const doc = useAppStore((s) => s.current?.doc);
  const analysis = useFunnelAnalysis();
  const formats = usePlanNumberFormats();
  if (!doc) return null;
  return (
    <div className="plan-vs-actual" role="region" aria-labelledby="compare-heading" tabIndex={0}>
      <PlanVsActualTable
        doc={doc}
        analysis={analysis}
        t={t}
        language={i18n.language}
        formats={formats}
      />
    </div>
  );
}
