import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fillIn } from '../../ui/fill-in';
import type { EdgeKind, StageKind, StageTeam } from '../../../shared/domain/funnel';

/**
 * Every word a stage or a handoff shows on the map, translated once for the whole map.
 * A 300-stage funnel asking i18next for the same dozen words in each node (and subscribing
 * each node to language changes) spent a tenth of a second of its opening on it; the map
 * passes these to its nodes and edges with their data, and a change of language rebuilds them.
 */
export interface MapLabels {
  team: Record<StageTeam, string>;
  kind: Record<StageKind, string>;
  edgeKind: Record<EdgeKind, string>;
  slaLimit: (hours: number) => string;
  stageName: string;
  forecast: string;
  required: string;
  toNext: string;
  daysInStage: string;
  offPath: string;
  rateMissing: string;
  pasteTooLong: (length: number, max: number) => string;
  stageAria: (name: string, team: StageTeam) => string;
  /** A handoff's name: "MQL → SQL". */
  handoffTitle: (from: string, to: string) => string;
}

export function mapLabels(t: TFunction): MapLabels {
  const team: MapLabels['team'] = {
    marketing: t('funnel.team.marketing'),
    sales: t('funnel.team.sales'),
    shared: t('funnel.team.shared'),
  };
  const stageAria = fillIn(t, 'funnel.stageAria', ['name', 'team']);
  const handoffTitle = fillIn(t, 'funnel.handoff.title', ['from', 'to']);
  return {
    team,
    kind: {
      inventory: t('funnel.kind.inventory'),
      gate: t('funnel.kind.gate'),
      sla: t('funnel.kind.sla'),
    },
    edgeKind: {
      main: t('funnel.edgeKind.main'),
      recycle: t('funnel.edgeKind.recycle'),
      nurture: t('funnel.edgeKind.nurture'),
      disqualified: t('funnel.edgeKind.disqualified'),
      lost: t('funnel.edgeKind.lost'),
    },
    slaLimit: (hours) => t('funnel.slaLimit', { hours }),
    stageName: t('funnel.stage.name'),
    forecast: t('funnel.forecast'),
    required: t('funnel.required'),
    toNext: t('funnel.toNext'),
    daysInStage: t('funnel.daysInStage'),
    offPath: t('funnel.offPath'),
    rateMissing: t('funnel.rateMissing'),
    pasteTooLong: (length, max) =>
      t('refusals.text.pasteTooLong', { length: String(length), max: String(max) }),
    stageAria: (name, stageTeam) => stageAria({ name, team: team[stageTeam] }),
    handoffTitle: (from, to) => handoffTitle({ from, to }),
  };
}

/** The map's labels in the language shown, rebuilt only when it changes. */
export function useMapLabels(): MapLabels {
  const { t } = useTranslation();
  return useMemo(() => mapLabels(t), [t]);
}
