import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { Command } from '../../../shared/domain/commands';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { applyCommand } from '../../../shared/domain/reducer';
import {
  partsOf,
  type PlanTemplate,
  type TemplatePartName,
} from '../../../shared/templates/template';
import {
  losesNothingOf,
  templateApplyLosses,
  type TemplateApplyLosses,
} from '../../../shared/templates/template-losses';
import { useAppStore } from '../../store/store-context';
import { DialogActions } from '../../ui/DialogActions';
import { SelectField } from '../../ui/SelectField';
import { useErrorMessage } from '../../ui/use-error-message';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { PartChoice } from './SaveTemplateForm';

/**
 * One of the consultant's templates brought into the open plan, part by part, the way a
 * funnel template is: what would be lost is listed before anything changes, and the whole
 * application is one step that one undo takes back.
 */
export function ApplyTemplateForm({ doc, onDone }: { doc: PlanDoc; onDone: () => void }) {
  const { t } = useTranslation();
  const templates = useAppStore((s) => s.templates);
  const getTemplate = useAppStore((s) => s.getTemplate);
  const dispatch = usePlanDispatch();
  const errorMessage = useErrorMessage();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [loaded, setLoaded] = useState<{ id: string; template: PlanTemplate } | null>(null);
  const [chosen, setChosen] = useState<Set<TemplatePartName>>(new Set());
  const [partsError, setPartsError] = useState<string | null>(null);
  // New things the template brings take ids from this, made once for this dialog.
  const [idPrefix] = useState(() => crypto.randomUUID());

  useEffect(() => {
    if (!templateId) return;
    let current = true;
    getTemplate(templateId)
      .then((template) => {
        if (!current) return;
        setLoaded({ id: templateId, template });
        setChosen(new Set(partsOf(template.parts)));
      })
      .catch((error: unknown) => toast.error(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [templateId, getTemplate, errorMessage]);

  const template = loaded?.id === templateId ? loaded.template : null;
  const command = useMemo((): Extract<Command, { type: 'template.apply' }> | null => {
    if (!template || chosen.size === 0) return null;
    const parts = Object.fromEntries(
      partsOf(template.parts)
        .filter((part) => chosen.has(part))
        .map((part) => [part, template.parts[part]]),
    );
    return { type: 'template.apply', parts, templateName: template.name, idPrefix };
  }, [template, chosen, idPrefix]);
  const preview = useMemo(() => {
    if (!command) return null;
    try {
      const after = applyCommand(doc, command).doc;
      return { losses: templateApplyLosses(doc, after, command.parts) };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }, [doc, command, errorMessage]);

  if (templates.length === 0) return <p className="muted">{t('templates.applyNone')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!command) {
      setPartsError(t('templates.noPart'));
      return;
    }
    if (dispatch([command]) === null) {
      toast.success(t('templates.applied', { name: command.templateName }));
      onDone();
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <SelectField
        label={t('templates.applyChoose')}
        value={templateId}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        help={templates.find((tpl) => tpl.id === templateId)?.description || undefined}
        onChange={(event) => setTemplateId(event.target.value)}
      />
      {template && (
        <PartChoice
          legend={t('templates.applyParts')}
          parts={partsOf(template.parts)}
          enabled={new Set(partsOf(template.parts))}
          chosen={chosen}
          error={partsError}
          onChange={(next) => {
            setChosen(next);
            setPartsError(null);
          }}
        />
      )}
      <p className="muted">{t('templates.keeps')}</p>
      {preview && 'error' in preview && (
        <p className="field-error" role="alert">
          {preview.error}
        </p>
      )}
      {preview && 'losses' in preview && preview.losses && <Losses losses={preview.losses} />}
      <DialogActions submitLabel={t('templates.apply')} onCancel={onDone} />
    </form>
  );
}

function Losses({ losses }: { losses: TemplateApplyLosses }) {
  const { t } = useTranslation();
  if (losesNothingOf(losses)) return <p role="status">{t('templates.losesNothing')}</p>;
  const names = (list: string[]) => list.join(', ');
  const agendaTitle = (item: TemplateApplyLosses['agenda'][number]) =>
    item.topic === 'custom' ? item.title : t(`workshop.agenda.topic.${item.topic}`);
  const lines = [
    ...(losses.stages.length > 0
      ? [t('templates.loses.stages', { names: names(losses.stages) })]
      : []),
    ...(losses.definitions.length > 0
      ? [t('templates.loses.definitions', { names: names(losses.definitions) })]
      : []),
    ...(losses.goalMetrics.length > 0
      ? [t('templates.loses.goalMetrics', { names: names(losses.goalMetrics) })]
      : []),
    ...(losses.activities.length > 0
      ? [t('templates.loses.activities', { names: names(losses.activities) })]
      : []),
    ...(losses.roles.length > 0
      ? [t('templates.loses.roles', { names: names(losses.roles) })]
      : []),
    ...(losses.agenda.length > 0
      ? [t('templates.loses.agenda', { names: names(losses.agenda.map(agendaTitle)) })]
      : []),
    ...(losses.handoffReplaced ? [t('templates.loses.handoff')] : []),
  ];
  return (
    <section className="template-losses" aria-labelledby="template-losses-heading" role="status">
      <h3 id="template-losses-heading">{t('templates.losesHeading')}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
