import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { LanguageSchema, type Language } from '../../../shared/domain/plan-doc';
import {
  PaperSizeSchema,
  REPORT_SECTIONS,
  sectionsWithContent,
  type PaperSize,
  type ReportSection,
} from '../../../shared/domain/report';
import { saveBlob } from '../../app/download';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { useErrorMessage } from '../../ui/use-error-message';
import { OtherExports } from './OtherExports';
import { ReportView } from './ReportView';
import { useAgreedPlan } from '../review/use-agreed-plan';
import { useAgreedVersion } from './use-agreed-version';
import { localToday } from '../../../shared/format/date-input';

/**
 * Export the agreed plan. The PDF: which sections, which paper, which
 * language; a preview of exactly what prints; progress while the printer
 * works; then the file is handed over to be saved. Below it, the same plan
 * as CSV tables and a CRM checklist.
 */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // The plan and its revision are read while the dialog is open: closed, it stays out of
  // every edit's render and every save's.
  const doc = useAppStore((s) => (open ? s.current?.doc : undefined));
  const defaultPaper = useAppStore((s) => s.settings.paperSize);
  const printReport = useAppStore((s) => s.printReport);
  const errorMessage = useErrorMessage();
  const [paper, setPaper] = useState<PaperSize>(defaultPaper);
  const [language, setLanguage] = useState<Language | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<ReportSection>>(new Set(REPORT_SECTIONS));
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const revision = useAppStore((s) => (open ? (s.current?.plan.revision ?? null) : null));
  const agreed = useAgreedVersion(open ? (doc?.id ?? null) : null, revision);
  // The preview compares plan against actual with the signed version, as the PDF does.
  const agreedPlan = useAgreedPlan(doc && doc.actuals.imports.length > 0 ? doc.id : null, revision);
  if (!open || !doc) return null;
  const reportLanguage = language ?? doc.language;
  const withContent = new Set(sectionsWithContent(doc));
  const sections = REPORT_SECTIONS.filter((s) => chosen.has(s) && withContent.has(s));

  const exportPdf = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const file = await printReport({ id: doc.id, paper, language: reportLanguage, sections });
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      saveBlob(file.fileName, new Blob([bytes], { type: 'application/pdf' }));
      toast.success(t('report.export.done', { file: file.fileName }));
      onClose();
    } catch (error) {
      toast.error(errorMessage(error), { duration: 15_000 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && !busy && onClose()}
      title={t('report.export.title')}
      description={t('report.export.description')}
      wide={preview}
    >
      {/* With the preview open, the options and the document sit side by side, each
          scrolling on its own, so the preview has the dialog's whole height. */}
      <div className={preview ? 'export-layout with-preview' : 'export-layout'}>
        <div className="export-options">
          <form
            className="export-form"
            onSubmit={(e) => {
              e.preventDefault();
              void exportPdf();
            }}
          >
            <fieldset className="export-sections">
              <legend className="field-label">{t('report.export.sections')}</legend>
              {REPORT_SECTIONS.map((section) => (
                <label key={section} className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={chosen.has(section) && withContent.has(section)}
                    disabled={!withContent.has(section) || busy}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(section);
                      else next.delete(section);
                      setChosen(next);
                    }}
                  />
                  {t(`report.sections.${section}`)}
                  {!withContent.has(section) && (
                    <span className="muted"> · {t('report.export.empty')}</span>
                  )}
                </label>
              ))}
            </fieldset>
            <div className="form-grid">
              <SelectField
                label={t('report.export.paper')}
                value={paper}
                disabled={busy}
                options={PaperSizeSchema.options.map((p) => ({
                  value: p,
                  label: t(`report.export.papers.${p}`),
                }))}
                onChange={(e) => setPaper(PaperSizeSchema.parse(e.target.value))}
              />
              <SelectField
                label={t('report.export.language')}
                value={reportLanguage}
                disabled={busy}
                options={LanguageSchema.options.map((l) => ({
                  value: l,
                  label: t(`app.languages.${l}`),
                }))}
                onChange={(e) => setLanguage(LanguageSchema.parse(e.target.value))}
              />
            </div>
            {busy && (
              <div className="load-progress" role="status">
                <label htmlFor="pdf-progress">{t('report.export.printing')}</label>
                <progress id="pdf-progress" />
              </div>
            )}
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={() => setPreview(!preview)}>
                {preview ? t('report.export.hidePreview') : t('report.export.preview')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={onClose}>
                {t('common.cancel')}
              </button>
              {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page. */}
              <button type="submit" className="btn btn-primary" aria-disabled={busy}>
                {t('report.export.submit')}
              </button>
            </div>
          </form>
          <OtherExports doc={doc} language={reportLanguage} />
        </div>
        {preview && (
          <div
            className="export-preview"
            role="region"
            aria-label={t('report.export.preview')}
            tabIndex={0}
          >
            <ReportView
              doc={doc}
              language={reportLanguage}
              sections={sections}
              printedOn={localToday(new Date())}
              agreed={agreed ?? null}
              agreedPlan={agreedPlan ?? null}
            />
          </div>
        )}
      </div>
    </Dialog>
  );
}
