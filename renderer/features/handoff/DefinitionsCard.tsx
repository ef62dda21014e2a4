import { useTranslation } from 'react-i18next';
import type { StageDefinition } from '../../../shared/domain/handoff';
import { useAppStore } from '../../store/store-context';
import { useFunnel, useFunnelAnalysis } from '../funnel/use-funnel';
import { BoundTextField } from '../workspace/BoundTextField';
import { MAX_FIELDS, splitFields } from './field-list';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

const EMPTY: StageDefinition = {
  definition: '',
  entryCriteria: '',
  exitCriteria: '',
  requiredFields: [],
};

/** What each funnel stage means, when a lead enters and leaves it, and what must be filled in. */
export function DefinitionsCard() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const definitions = useAppStore((s) => s.current?.doc.handoff.definitions ?? {});
  const onPath = analysis.rows.map((r) => r.stageId);
  const stages = [...funnel.stages].sort((a, b) => rank(onPath, a.id) - rank(onPath, b.id));
  const set = (stageId: string, patch: Partial<StageDefinition>) =>
    dispatch([{ type: 'handoff.definition.set', stageId, patch }]);

  return (
    <section className="card" aria-labelledby="definitions-heading">
      <h3 id="definitions-heading">{t('handoff.definitions.heading')}</h3>
      {stages.length === 0 ? (
        <p className="muted">{t('handoff.definitions.noStages')}</p>
      ) : (
        stages.map((stage) => {
          const d = definitions[stage.id] ?? EMPTY;
          return (
            <fieldset key={stage.id} className="definition">
              <legend>
                {stage.name} <span className="muted">· {t(`funnel.team.${stage.team}`)}</span>
              </legend>
              <BoundTextField
                label={t('handoff.definitions.definitionOf', { stage: stage.name })}
                multiline
                value={d.definition}
                maxLength={1000}
                commit={(definition) => set(stage.id, { definition })}
              />
              <div className="form-grid">
                <BoundTextField
                  label={t('handoff.definitions.entryOf', { stage: stage.name })}
                  multiline
                  value={d.entryCriteria}
                  maxLength={1000}
                  commit={(entryCriteria) => set(stage.id, { entryCriteria })}
                />
                <BoundTextField
                  label={t('handoff.definitions.exitOf', { stage: stage.name })}
                  multiline
                  value={d.exitCriteria}
                  maxLength={1000}
                  commit={(exitCriteria) => set(stage.id, { exitCriteria })}
                />
              </div>
              <BoundTextField
                label={t('handoff.definitions.fieldsOf', { stage: stage.name })}
                help={t('handoff.definitions.fieldsHelp')}
                value={d.requiredFields.join(', ')}
                maxLength={1000}
                validate={(draft) =>
                  splitFields(draft).length > MAX_FIELDS ? t('handoff.tooManyFields') : null
                }
                commit={(text) => set(stage.id, { requiredFields: splitFields(text) })}
              />
            </fieldset>
          );
        })
      )}
    </section>
  );
}

/** Main-path stages in path order first, detours after. */
function rank(path: string[], id: string): number {
  const index = path.indexOf(id);
  return index === -1 ? path.length : index;
}
