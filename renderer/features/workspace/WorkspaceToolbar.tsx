import { Download, FileText, LayoutTemplate } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { saveTextFile } from '../../app/download';
import { useAppStore } from '../../store/store-context';
import { useErrorMessage } from '../../ui/use-error-message';
import { ExportDialog } from '../report/ExportDialog';
import { TemplatesDialog } from '../templates/TemplatesDialog';
import { OpenedOnce } from '../../ui/OpenedOnce';
import { PlanSyncState } from '../team/PlanSyncState';
import { RefusalNotices } from './RefusalNotices';
import { SaveIndicator } from './SaveIndicator';
import { UndoNotices } from './UndoNotices';
import { UndoRedoButtons } from './UndoRedoButtons';

export function WorkspaceToolbar() {
  const { t } = useTranslation();
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  const exportPlanFile = useAppStore((s) => s.exportPlanFile);
  const errorMessage = useErrorMessage();
  const [exporting, setExporting] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);

  const exportFile = async () => {
    if (!planId) return;
    try {
      const file = await exportPlanFile(planId);
      saveTextFile(file.fileName, file.content);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('workspace.toolbar')}>
      <SaveIndicator />
      <PlanSyncState />
      <RefusalNotices />
      <UndoNotices />
      <UndoRedoButtons />
      {/* An icon, as undo and redo: the plan's name keeps one line on a projector. */}
      <button
        type="button"
        className="icon-button"
        aria-label={t('templates.open')}
        title={t('templates.openHint')}
        onClick={() => setTemplatesOpen(true)}
      >
        <LayoutTemplate aria-hidden size={20} />
      </button>
      {/* Its words give way to the icon on a projector's width (the name stays for screen
          readers, the tooltip for the mouse): the plan's name and facts keep their lines. */}
      <button
        type="button"
        className="btn btn-compact-narrow"
        title={t('menu.exportPlan')}
        onClick={() => void exportFile()}
      >
        <Download aria-hidden size={18} />
        <span className="btn-label">{t('menu.exportPlan')}</span>
      </button>
      <button type="button" className="btn btn-primary" onClick={() => setExporting(true)}>
        <FileText aria-hidden size={18} />
        {t('report.export.button')}
      </button>
      <ExportDialog open={exporting} onClose={() => setExporting(false)} />
      <OpenedOnce open={templatesOpen}>
        <TemplatesDialog open={templatesOpen} onOpenChange={setTemplatesOpen} />
      </OpenedOnce>
    </div>
  );
}
