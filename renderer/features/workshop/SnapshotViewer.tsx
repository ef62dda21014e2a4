import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../shared/api/contract';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { REPORT_SECTIONS } from '../../../shared/domain/report';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { ReportView } from '../report/ReportView';
import { localToday } from '../../../shared/format/date-input';

/** An agreed version, read-only: the plan as it was signed, laid out as the report. */
export function SnapshotViewer({
  planId,
  snapshot,
  onClose,
}: {
  planId: string;
  snapshot: SnapshotSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const getSnapshot = useAppStore((s) => s.getSnapshot);
  const [doc, setDoc] = useState<PlanDoc | null>(null);
  useEffect(() => {
    if (!snapshot) return;
    let live = true;
    getSnapshot(planId, snapshot.id).then(
      (result) => live && setDoc(result.doc),
      () => live && setDoc(null),
    );
    return () => {
      live = false;
    };
  }, [planId, snapshot, getSnapshot]);
  if (!snapshot) return null;
  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && onClose()}
      title={t('workshop.signoff.viewTitle', { version: snapshot.version })}
      description={t('workshop.signoff.readOnly')}
    >
      {doc && (
        <div
          className="export-preview"
          role="region"
          aria-label={t('workshop.signoff.viewTitle', { version: snapshot.version })}
          tabIndex={0}
        >
          <ReportView
            doc={doc}
            language={doc.language}
            sections={REPORT_SECTIONS}
            printedOn={localToday(new Date(snapshot.createdAt))}
          />
        </div>
      )}
    </Dialog>
  );
}
