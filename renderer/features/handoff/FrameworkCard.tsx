import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import { FrameworkKindSchema, type ChecklistItem } from '../../../shared/domain/handoff';
import { generateFramework } from '../../../shared/domain/qualification-frameworks';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { MAX_FIELDS, splitFields } from './field-list';

/** The qualification framework sales uses for an SQL, and the checklist it generates. */
export function FrameworkCard() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const framework = useAppStore((s) => s.current?.doc.handoff.framework);
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  if (!framework) return null;
  const setChecklist = (checklist: ChecklistItem[]) =>
    dispatch([{ type: 'handoff.framework.set', framework: { ...framework, checklist } }]);

  return (
    <section className="card" aria-labelledby="framework-heading">
      <h3 id="framework-heading">{t('handoff.framework.heading')}</h3>
      <SelectField
        label={t('handoff.framework.pick')}
        help={t(`handoff.framework.about.${framework.kind}`)}
        value={framework.kind}
        options={FrameworkKindSchema.options.map((k) => ({
          value: k,
          label: t(`handoff.framework.kinds.${k}`),
        }))}
        onChange={(e) => {
          const kind = FrameworkKindSchema.parse(e.target.value);
          dispatch([
            {
              type: 'handoff.framework.set',
              framework: generateFramework(kind, language, () => crypto.randomUUID()),
            },
          ]);
        }}
      />
      <h4 id="checklist-heading">{t('handoff.framework.checklist')}</h4>
      {framework.checklist.length === 0 ? (
        <p className="muted">{t('handoff.framework.empty')}</p>
      ) : (
        <ol className="checklist" aria-labelledby="checklist-heading">
          {framework.checklist.map((item, index) => (
            <li key={item.id}>
              <BoundTextField
                label={t('handoff.framework.itemLabel', { n: index + 1 })}
                hideLabel
                wraps
                value={item.label}
                maxLength={200}
                validate={(draft) => (draft.trim() ? null : t('validation.required'))}
                commit={(label) =>
                  setChecklist(
                    framework.checklist.map((c) => (c.id === item.id ? { ...c, label } : c)),
                  )
                }
              />
              <RemoveButton
                label={t('handoff.framework.removeItem', { n: index + 1 })}
                onClick={() => setChecklist(framework.checklist.filter((c) => c.id !== item.id))}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="btn"
        disabled={framework.checklist.length >= 30}
        onClick={() =>
          setChecklist([
            ...framework.checklist,
            { id: crypto.randomUUID(), label: t('handoff.framework.newItem') },
          ])
        }
      >
        <Plus aria-hidden size={18} />
        {t('handoff.framework.addItem')}
      </button>
      <BoundTextField
        label={t('handoff.framework.fields')}
        help={t('handoff.framework.fieldsHelp')}
        multiline
        value={framework.fields.join(', ')}
        maxLength={1000}
        validate={(draft) =>
          splitFields(draft).length > MAX_FIELDS ? t('handoff.tooManyFields') : null
        }
        commit={(text) =>
          dispatch([
            {
              type: 'handoff.framework.set',
              framework: { ...framework, fields: splitFields(text) },
            },
          ])
        }
      />
    </section>
  );
}
