import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { TEMPLATE_PARTS, type TemplatePartName } from '../../../shared/templates/template';
import { partsAvailable } from '../../../shared/templates/template-from-plan';
import { useAppStore } from '../../store/store-context';
import { DialogActions } from '../../ui/DialogActions';
import { oneOf } from '../../ui/one-of';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useErrorMessage } from '../../ui/use-error-message';

/** The chosen parts of the open plan, kept as a template under a name of its own. */
export function SaveTemplateForm({ doc, onDone }: { doc: PlanDoc; onDone: () => void }) {
  const { t } = useTranslation();
  const templates = useAppStore((s) => s.templates);
  const saveTemplate = useAppStore((s) => s.saveTemplate);
  const errorMessage = useErrorMessage();
  const available = new Set(partsAvailable(doc));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [language, setLanguage] = useState(doc.language);
  const [chosen, setChosen] = useState<Set<TemplatePartName>>(
    () => new Set(TEMPLATE_PARTS.filter((part) => available.has(part))),
  );
  const [nameError, setNameError] = useState<string | null>(null);
  const [partsError, setPartsError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const taken = templates.find((tpl) => tpl.name.toLowerCase() === trimmed.toLowerCase());
    const nameProblem =
      trimmed === ''
        ? t('templates.nameEmpty')
        : taken
          ? t('templates.nameTaken', { name: taken.name })
          : null;
    const partsProblem = chosen.size === 0 ? t('templates.noPart') : null;
    setNameError(nameProblem);
    setPartsError(partsProblem);
    if (nameProblem || partsProblem) return;
    setBusy(true);
    try {
      const saved = await saveTemplate({
        planId: doc.id,
        name: trimmed,
        description: description.trim(),
        language,
        parts: TEMPLATE_PARTS.filter((part) => chosen.has(part)),
      });
      toast.success(t('templates.saved', { name: saved.name }));
      onDone();
    } catch (failure) {
      setNameError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('templates.saveName')}
        value={name}
        maxLength={80}
        required
        autoFocus
        error={nameError}
        onChange={(event) => {
          setName(event.target.value);
          setNameError(null);
        }}
      />
      <TextField
        label={t('templates.saveDescription')}
        value={description}
        maxLength={500}
        multiline
        onChange={(event) => setDescription(event.target.value)}
      />
      <SelectField
        label={t('templates.saveLanguage')}
        value={language}
        options={LANGUAGES.map((code) => ({ value: code, label: t(`app.languages.${code}`) }))}
        onChange={(event) => setLanguage(oneOf(LANGUAGES, event.target.value) ?? language)}
      />
      <PartChoice
        legend={t('templates.choose')}
        parts={TEMPLATE_PARTS}
        enabled={available}
        chosen={chosen}
        error={partsError}
        onChange={(next) => {
          setChosen(next);
          setPartsError(null);
        }}
      />
      <DialogActions submitLabel={t('templates.save')} onCancel={onDone} busy={busy} />
    </form>
  );
}

/** Which parts of a plan or a template: each named with what it holds. */
export function PartChoice({
  legend,
  parts,
  enabled,
  chosen,
  error,
  onChange,
}: {
  legend: string;
  parts: readonly TemplatePartName[];
  enabled: ReadonlySet<TemplatePartName>;
  chosen: ReadonlySet<TemplatePartName>;
  error: string | null;
  onChange: (chosen: Set<TemplatePartName>) => void;
}) {
  const { t } = useTranslation();
  const errorId = `${legend.replace(/\W+/g, '-')}-error`;
  return (
    <fieldset className="template-parts" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{legend}</legend>
      {parts.map((part) => (
        <label key={part} className="checkbox-field">
          <input
            type="checkbox"
            checked={chosen.has(part) && enabled.has(part)}
            disabled={!enabled.has(part)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(part);
              else next.delete(part);
              onChange(next);
            }}
          />
          <span>
            {t(`templates.parts.${part}`)}
            <span className="muted">
              {' · '}
              {enabled.has(part) ? t(`templates.partsHelp.${part}`) : t('templates.unavailable')}
            </span>
          </span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
