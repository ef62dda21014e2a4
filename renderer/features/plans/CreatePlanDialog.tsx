import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  FUNNEL_TEMPLATE_IDS,
  type FunnelTemplateId,
} from '../../../shared/domain/funnel-template-ids';
import type { Language } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';
import { oneOf } from '../../ui/one-of';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useErrorMessage } from '../../ui/use-error-message';
import { validateName } from './validate-name';
import { TEMPLATE_PARTS, type TemplatePartName } from '../../../shared/templates/template-parts';

interface CreatePlanDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function CreatePlanDialog({ open, onOpenChange }: CreatePlanDialogProps) {
  const { t } = useTranslation();
  const interfaceLanguage = useAppStore((s) => s.settings.language);
  const createPlan = useAppStore((s) => s.createPlan);
  const errorMessage = useErrorMessage();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [client, setClient] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [template, setTemplate] = useState<FunnelTemplateId>('waterfall');
  const ownTemplates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  /** For each part, the own template it comes from; a part not here starts as usual. */
  const [fromTemplates, setFromTemplates] = useState<Partial<Record<TemplatePartName, string>>>({});

  useEffect(() => {
    // Own templates are offered once known; without them the dialog is as it always was.
    if (open) loadTemplates().catch(() => undefined);
  }, [open, loadTemplates]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = (next: boolean) => {
    if (!next) {
      setName('');
      setClient('');
      setLanguage(null);
      setTemplate('waterfall');
      setFromTemplates({});
      setError(null);
    }
    onOpenChange(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateName(name, t);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      const state = await createPlan({
        name: name.trim(),
        client: client.trim(),
        language: language ?? interfaceLanguage,
        template,
        templates: fromTemplates,
      });
      close(false);
      navigate(`/plans/${state.doc.id}`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('createDialog.title')}
      description={t('createDialog.description')}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('createDialog.name')}
          placeholder={t('createDialog.namePlaceholder')}
          value={name}
          maxLength={120}
          required
          autoFocus
          error={error}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <TextField
          label={t('createDialog.client')}
          value={client}
          maxLength={120}
          onChange={(event) => setClient(event.target.value)}
        />
        <SelectField
          label={t('createDialog.language')}
          value={language ?? interfaceLanguage}
          options={LANGUAGES.map((code) => ({ value: code, label: t(`app.languages.${code}`) }))}
          onChange={(event) => setLanguage(oneOf(LANGUAGES, event.target.value) ?? language)}
        />
        <SelectField
          label={t('createDialog.template')}
          help={t('createDialog.templateHelp')}
          value={template}
          options={FUNNEL_TEMPLATE_IDS.map((id) => ({
            value: id,
            label: t(`funnel.templates.${id}`),
          }))}
          onChange={(event) =>
            setTemplate(oneOf(FUNNEL_TEMPLATE_IDS, event.target.value) ?? template)
          }
        />
        {ownTemplates.length > 0 && (
          <fieldset className="template-parts">
            <legend className="field-label">{t('templates.startFrom')}</legend>
            <p className="muted">{t('templates.startHelp')}</p>
            {TEMPLATE_PARTS.map((part) => {
              const offering = ownTemplates.filter((tpl) => tpl.parts.includes(part));
              if (offering.length === 0) return null;
              return (
                <SelectField
                  key={part}
                  label={t('templates.startPart', { part: t(`templates.parts.${part}`) })}
                  value={fromTemplates[part] ?? ''}
                  options={[
                    {
                      value: '',
                      label:
                        part === 'funnel' ? t('templates.startNone') : t('templates.startPartNone'),
                    },
                    ...offering.map((tpl) => ({ value: tpl.id, label: tpl.name })),
                  ]}
                  onChange={(event) => {
                    const chosen = event.target.value;
                    setFromTemplates(
                      Object.fromEntries([
                        ...Object.entries(fromTemplates).filter(([key]) => key !== part),
                        ...(chosen ? [[part, chosen]] : []),
                      ]),
                    );
                  }}
                />
              );
            })}
          </fieldset>
        )}
        <DialogActions
          submitLabel={t('createDialog.create')}
          onCancel={() => close(false)}
          busy={busy}
        />
      </form>
    </Dialog>
  );
}
