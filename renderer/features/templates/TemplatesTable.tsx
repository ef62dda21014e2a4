import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { TemplateSummary } from '../../../shared/api/contract';
import { saveTextFile } from '../../app/download';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ImportTemplateButton } from './ImportTemplateButton';
import { TeamTemplates } from './TeamTemplates';
import './templates.css';

/**
 * The library's own templates: what each holds, in which language, and a file of it to
 * take to another computer or a colleague. Read when the tab is first shown.
 */
export function TemplatesTable() {
  const { t, i18n } = useTranslation();
  const templates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const exportTemplateFile = useAppStore((s) => s.exportTemplateFile);
  const shareTemplate = useAppStore((s) => s.shareTemplate);
  const refreshTeam = useAppStore((s) => s.refreshTeam);
  const inTeam = useAppStore((s) => s.team?.connection != null);
  const errorMessage = useErrorMessage();
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);

  useEffect(() => {
    loadTemplates().catch((error: unknown) => toast.error(errorMessage(error)));
    // Whether this computer is in a team decides if templates can be shared.
    refreshTeam().catch(() => undefined);
  }, [loadTemplates, refreshTeam, errorMessage]);

  const share = async (template: TemplateSummary) => {
    try {
      await shareTemplate(template.id);
      toast.success(t('templates.team.sharedDone', { name: template.name }));
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const exportFile = async (template: TemplateSummary) => {
    try {
      const file = await exportTemplateFile(template.id);
      saveTextFile(file.fileName, file.content);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="templates-heading" className="templates">
      <div className="section-toolbar">
        <h2 id="templates-heading">{t('templates.heading')}</h2>
        <ImportTemplateButton />
      </div>
      <p className="muted">{t('templates.intro')}</p>
      {templates.length === 0 ? (
        <div className="empty-inline">
          <p>{t('templates.empty')}</p>
        </div>
      ) : (
        <table className="plan-table">
          <caption className="visually-hidden">{t('templates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('templates.name')}</th>
              <th scope="col">{t('templates.partsColumn')}</th>
              <th scope="col">{t('templates.language')}</th>
              <th scope="col">{t('templates.created')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('templates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <tr key={template.id}>
                <th scope="row">
                  {template.name}
                  {template.description && (
                    <span className="template-description">{template.description}</span>
                  )}
                </th>
                <td>{template.parts.map((part) => t(`templates.parts.${part}`)).join(' · ')}</td>
                <td>{t(`templates.languages.${template.language}`)}</td>
                <td>
                  <time dateTime={template.createdAt}>
                    {formatDate(template.createdAt, i18n.language)}
                  </time>
                </td>
                <td className="cell-actions">
                  <div className="row-buttons">
                    {inTeam && (
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('templates.team.shareNamed', { name: template.name })}
                        onClick={() => void share(template)}
                      >
                        {t('templates.team.share')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn"
                      aria-label={t('templates.exportNamed', { name: template.name })}
                      onClick={() => void exportFile(template)}
                    >
                      {t('templates.export')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger-quiet"
                      aria-label={t('templates.deleteNamed', { name: template.name })}
                      onClick={() => setDeleting(template)}
                    >
                      {t('templates.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DeleteTemplateDialog template={deleting} onClose={() => setDeleting(null)} />
      {inTeam && <TeamTemplates />}
    </section>
  );
}

/** A template deleted is gone from this computer: it asks first, with Cancel focused. */
function DeleteTemplateDialog({
  template,
  onClose,
}: {
  template: TemplateSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deleteTemplate = useAppStore((s) => s.deleteTemplate);
  const errorMessage = useErrorMessage();
  return (
    <ConfirmDialog
      open={template !== null}
      title={t('templates.deleteTitle', { name: template?.name ?? '' })}
      body={t('templates.deleteBody')}
      confirmLabel={t('templates.deleteConfirm')}
      onClose={onClose}
      onConfirm={() => {
        if (!template) return;
        deleteTemplate(template.id)
          .then(() => toast.success(t('templates.deleted', { name: template.name })))
          .catch((error: unknown) => toast.error(errorMessage(error)));
      }}
    />
  );
}
