import { TriangleAlert } from 'lucide-react';
import { stagesInFunnelOrder } from '../../../shared/domain/funnel-path';
import { useTranslation } from 'react-i18next';
import { RejectReasonSchema, ReviewCadenceSchema, type Sla } from '../../../shared/domain/handoff';
import { handoffStageId, slaChecks, slaMqlVolume } from '../../../shared/domain/sla';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { useFunnel, useFunnelAnalysis, usePlanNumberFormats } from '../funnel/use-funnel';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { SlaCalendar } from './SlaCalendar';
import { slaCheckText } from './sla-check-text';

/**
 * The two-sided SLA: what marketing commits to (qualified leads per period,
 * following the funnel; lead quality) and what sales commits to (response
 * time, attempts, accept or reject with a reason, what happens to rejects).
 */
export function SlaCard() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const sla = useAppStore((s) => s.current?.doc.handoff.sla);
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const formats = usePlanNumberFormats();
  if (!sla) return null;
  const set = (patch: Partial<Sla>) => dispatch([{ type: 'handoff.sla.set', patch }]);
  const volume = slaMqlVolume(sla, funnel, analysis);
  const stageId = handoffStageId(sla, funnel, analysis);
  const stageName = funnel.stages.find((s) => s.id === stageId)?.name ?? '–';
  const period = t(`funnel.assumptions.periods.${funnel.assumptions.period}`);
  const checks = slaChecks(sla, funnel, analysis);

  return (
    <section className="card sla" aria-labelledby="sla-heading">
      <h3 id="sla-heading">{t('handoff.sla.heading')}</h3>
      {checks.length > 0 && (
        // The SLA and the funnel must tell the same story: each mismatch names both numbers.
        <ul className="sla-checks" aria-label={t('handoff.sla.checks')}>
          {checks.map((check) => (
            <li key={check.kind}>
              <TriangleAlert aria-hidden size={18} />
              {slaCheckText(check, funnel, t, formats)}
            </li>
          ))}
        </ul>
      )}
      <div className="sla-sides">
        <div className="sla-side team-marketing">
          <h4>{t('handoff.sla.marketingCommits')}</h4>
          <p className="sla-volume" role="status">
            {t('handoff.sla.mqlVolume', {
              count: Math.round(volume.value ?? 0),
              volume: formats.volume(volume.value),
              stage: stageName,
              period,
            })}
            <span className="muted"> · {t(`handoff.sla.source.${volume.source}`)}</span>
          </p>
          <SelectField
            label={t('handoff.sla.handoffStage')}
            value={sla.mqlStageId ?? ''}
            options={[
              { value: '', label: t('handoff.sla.automaticStage', { stage: stageName }) },
              ...stagesInFunnelOrder(funnel).map((s) => ({ value: s.id, label: s.name })),
            ]}
            onChange={(e) => set({ mqlStageId: e.target.value || null })}
          />
          <NumberField
            label={t('handoff.sla.override', { period })}
            help={t('handoff.sla.overrideHelp')}
            value={sla.mqlVolumeOverride}
            allowEmpty
            min={0}
            max={1e9}
            commit={(mqlVolumeOverride) => set({ mqlVolumeOverride })}
          />
          <NumberField
            label={t('handoff.sla.acceptance')}
            value={sla.acceptanceRate * 100}
            min={0}
            max={100}
            commit={(percent) => set({ acceptanceRate: (percent ?? 0) / 100 })}
          />
        </div>
        <div className="sla-side team-sales">
          <h4>{t('handoff.sla.salesCommits')}</h4>
          <NumberField
            label={t('handoff.sla.firstResponse')}
            help={t('handoff.sla.firstResponseHelp')}
            value={sla.firstResponseHours}
            min={0.01}
            max={720}
            commit={(hours) =>
              hours === null ? t('handoff.sla.positive') : set({ firstResponseHours: hours })
            }
          />
          <NumberField
            label={t('handoff.sla.attempts')}
            value={sla.contactAttempts}
            min={1}
            max={50}
            integer
            commit={(n) =>
              n === null || !Number.isInteger(n)
                ? t('handoff.sla.attemptsRange')
                : set({ contactAttempts: n })
            }
          />
          <NumberField
            label={t('handoff.sla.acceptWindow')}
            value={sla.acceptWindowHours}
            min={0.01}
            max={720}
            commit={(hours) =>
              hours === null ? t('handoff.sla.positive') : set({ acceptWindowHours: hours })
            }
          />
          <fieldset className="reason-codes">
            <legend className="field-label">{t('handoff.sla.reasons')}</legend>
            {RejectReasonSchema.options.map((code) => (
              <label key={code} className="checkbox-field">
                <input
                  type="checkbox"
                  checked={sla.reasonCodes.includes(code)}
                  onChange={(e) =>
                    dispatch([{ type: 'handoff.sla.reason', code, agreed: e.target.checked }])
                  }
                />
                {t(`handoff.sla.reason.${code}`)}
              </label>
            ))}
          </fieldset>
          <SelectField
            label={t('handoff.sla.rejected')}
            value={sla.rejectedRoute}
            options={[
              { value: 'nurture', label: t('handoff.sla.toNurture') },
              { value: 'disqualify', label: t('handoff.sla.toDisqualify') },
            ]}
            onChange={(e) =>
              set({ rejectedRoute: e.target.value === 'disqualify' ? 'disqualify' : 'nurture' })
            }
          />
        </div>
      </div>
      <div className="form-grid">
        <BoundTextField
          label={t('handoff.sla.escalation')}
          multiline
          value={sla.escalation}
          maxLength={500}
          commit={(escalation) => set({ escalation })}
        />
        <SelectField
          label={t('handoff.sla.cadence')}
          value={sla.reviewCadence}
          options={ReviewCadenceSchema.options.map((c) => ({
            value: c,
            label: t(`handoff.sla.cadences.${c}`),
          }))}
          onChange={(e) => set({ reviewCadence: ReviewCadenceSchema.parse(e.target.value) })}
        />
      </div>
      <SlaCalendar calendar={sla.calendar} />
    </section>
  );
}
