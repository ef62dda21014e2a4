import type { TFunction } from 'i18next';
import type { FunnelSection } from '../../../shared/domain/funnel';
import type { SlaCheck } from '../../../shared/domain/sla';
import type { NumberFormats } from '../funnel/format-numbers';

/**
 * One mismatch between the SLA and the funnel in words, naming both numbers, as the SLA
 * card and the sign-off dialog say it.
 */
export function slaCheckText(
  check: SlaCheck,
  funnel: FunnelSection,
  t: TFunction,
  formats: NumberFormats,
): string {
  const nameOf = (id: string) => funnel.stages.find((s) => s.id === id)?.name ?? '–';
  if (check.kind === 'belowRequired') {
    return t('handoff.sla.check.belowRequired', {
      agreed: formats.volume(check.agreed),
      required: formats.volume(check.required),
      stage: nameOf(check.stageId),
      period: t(`funnel.assumptions.periods.${funnel.assumptions.period}`),
    });
  }
  return t(`handoff.sla.check.${check.kind}`, {
    acceptance: formats.percent(check.acceptance),
    rate: formats.percent(check.funnelRate),
    stage: nameOf(check.stageId),
    next: nameOf(check.nextStageId),
  });
}
