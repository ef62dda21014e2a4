import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelTemplateId } from '../../../shared/domain/funnel';
import { FUNNEL_TEMPLATE_IDS } from '../../../shared/domain/funnel-template-ids';
import { buildFunnelTemplate } from '../../../shared/domain/funnel-templates';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/** Replaces the funnel with a template in the plan's language: one undoable step. */
export function TemplateDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const [template, setTemplate] = useState<FunnelTemplateId>('waterfall');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const funnel = buildFunnelTemplate(template, language, crypto.randomUUID().slice(0, 8));
    if (!dispatch([{ type: 'funnel.replace', funnel }])) onOpenChange(false);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('funnel.templates.title')}
      description={t('funnel.templates.description')}
    >
      <form className="form" onSubmit={submit}>
        <fieldset className="template-choices">
          <legend className="visually-hidden">{t('funnel.templates.title')}</legend>
          {FUNNEL_TEMPLATE_IDS.map((id) => (
            <label key={id} className={`template-choice${template === id ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name="template"
                value={id}
                checked={template === id}
                onChange={() => setTemplate(id)}
              />
              <span className="template-name">{t(`funnel.templates.${id}`)}</span>
              <span className="template-stages">{t(`funnel.templates.${id}Stages`)}</span>
            </label>
          ))}
        </fieldset>
        <p className="muted">{t('funnel.templates.presetsNote')}</p>
        <DialogActions
          submitLabel={t('funnel.templates.apply')}
          onCancel={() => onOpenChange(false)}
        />
      </form>
    </Dialog>
  );
}
