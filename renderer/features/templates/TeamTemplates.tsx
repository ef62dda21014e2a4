import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { TeamTemplateSummary } from '../../../shared/sync/protocol';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';

/**
 * The templates the team's members shared, with who shared each: taken into this library as
 * the consultant's own copy, to use offline. Shown once this computer is in a team.
 */
export function TeamTemplates() {
  const { t, i18n } = useTranslation();
  const teamTemplates = useAppStore((s) => s.teamTemplates);
  const takeTeamTemplate = useAppStore((s) => s.takeTeamTemplate);
  const errorMessage = useErrorMessage();
  const [list, setList] = useState<TeamTemplateSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    teamTemplates()
      .then((found) => current && setList(found))
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [teamTemplates, errorMessage]);

  const take = async (template: TeamTemplateSummary) => {
    try {
      const taken = await takeTeamTemplate(template.id);
      toast.success(t('templates.team.taken', { name: taken.name }));
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="team-templates-heading" className="templates">
      <h2 id="team-templates-heading">{t('templates.team.heading')}</h2>
      {problem ? (
        <p role="alert">{problem}</p>
      ) : list === null ? null : list.length === 0 ? (
        <p className="muted">{t('templates.team.empty')}</p>
      ) : (
        <table className="plan-table">
          <caption className="visually-hidden">{t('templates.team.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('templates.name')}</th>
              <th scope="col">{t('templates.partsColumn')}</th>
              <th scope="col">{t('templates.team.author')}</th>
              <th scope="col">{t('templates.team.shared')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('templates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((template) => (
              <tr key={template.id}>
                <th scope="row">
                  {template.name}
                  {template.description && (
                    <span className="template-description">{template.description}</span>
                  )}
                </th>
                <td>{template.parts.map((part) => t(`templates.parts.${part}`)).join(' · ')}</td>
                <td>{template.author}</td>
                <td>
                  <time dateTime={template.sharedAt}>
                    {formatDate(template.sharedAt, i18n.language)}
                  </time>
                </td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('templates.team.takeNamed', {
                      name: template.name,
                      author: template.author,
                    })}
                    onClick={() => void take(template)}
                  >
                    {t('templates.team.take')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
