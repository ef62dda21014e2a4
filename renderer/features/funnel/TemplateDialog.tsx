import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelTemplateId } from '../../../shared/domain/funnel';
import { FUNNEL_TEMPLATE_IDS } from '../../../shared/domain/funnel-template-ids';
import { buildFunnelTemplate } from '../../../shared/domain/funnel-templates';
import {
  keepMatchingWork,
  losesNothing,
  templateLosses,
  type TemplateLosses,
} from '../../../shared/domain/funnel-template-merge';
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
  const doc = useAppStore((s) => s.current?.doc);
  // The funnel's own template is chosen first, so the dialog opens on where the plan is.
  const current = doc?.funnel.template;
  const [template, setTemplate] = useState<FunnelTemplateId>(
    current && current !== 'blank' ? current : 'waterfall',
  );
  const title = t(
    doc && doc.funnel.stages.length > 0
      ? 'funnel.templates.replaceTitle'
      : 'funnel.templates.title',
  );
  // Built once per choice, so the ids the summary speaks of are the ones applied.
  const next = useMemo(
    () =>
      doc
        ? keepMatchingWork(
            doc.funnel,
            buildFunnelTemplate(template, language, crypto.randomUUID().slice(0, 8)),
          )
        : null,
    [doc, template, language],
  );
  const losses = doc && next ? templateLosses(doc, next) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next && !dispatch([{ type: 'funnel.replace', funnel: next }])) onOpenChange(false);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={t('funnel.templates.description')}
    >
      <form className="form" onSubmit={submit}>
        <fieldset className="template-choices">
          <legend className="visually-hidden">{title}</legend>
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
        {doc && doc.funnel.stages.length > 0 && losses && <TemplateLossList losses={losses} />}
        <DialogActions
          submitLabel={t('funnel.templates.apply')}
          onCancel={() => onOpenChange(false)}
        />
      </form>
    </Dialog>
  );
}

/** What the template keeps, and, before anything changes, what it would drop, by name. */
function TemplateLossList({ losses }: { losses: TemplateLosses }) {
  const { t, i18n } = useTranslation();
  const list = (names: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      names.map((name) => t('funnel.templates.quoted', { name })),
    );
  const items = [
    losses.definitions.length > 0 &&
      t('funnel.templates.dropsDefinitions', {
        count: losses.definitions.length,
        names: list(losses.definitions),
      }),
    losses.goalMetrics.length > 0 &&
      t('funnel.templates.dropsGoalMetrics', {
        count: losses.goalMetrics.length,
        names: list(losses.goalMetrics),
      }),
    losses.slaStage !== null &&
      t('funnel.templates.dropsSlaStage', {
        name: t('funnel.templates.quoted', { name: losses.slaStage }),
      }),
    losses.stages.length > 0 &&
      t('funnel.templates.dropsStages', {
        count: losses.stages.length,
        names: list(losses.stages),
      }),
  ].filter((item): item is string => typeof item === 'string');
  return (
    <div className="template-losses" role="status">
      <p>{t('funnel.templates.keeps')}</p>
      {!losesNothing(losses) || losses.stages.length > 0 ? (
        <>
          <p className="template-losses-heading">{t('funnel.templates.dropsHeading')}</p>
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
