import { useMemo } from 'react';
import { emptyFunnel, type FunnelSection } from '../../../shared/domain/funnel';
import { analyzeFunnel, type FunnelAnalysis } from '../../../shared/domain/funnel-math';
import { useAppStore } from '../../store/store-context';
import { numberFormats, type NumberFormats } from './format-numbers';

const EMPTY = emptyFunnel();

/** The open plan's funnel (a stable reference while it does not change). */
export function useFunnel(): FunnelSection {
  return useAppStore((s) => s.current?.doc.funnel ?? EMPTY);
}

/** The funnel math, recomputed only when the funnel changes. */
export function useFunnelAnalysis(): FunnelAnalysis {
  const funnel = useFunnel();
  return useMemo(() => analyzeFunnel(funnel), [funnel]);
}

export function usePlanNumberFormats(): NumberFormats {
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const currency = useAppStore((s) => s.current?.doc.currency ?? 'USD');
  return useMemo(() => numberFormats(language, currency), [language, currency]);
}

export function useStageNames(): Map<string, string> {
  const funnel = useFunnel();
  return useMemo(() => new Map(funnel.stages.map((s) => [s.id, s.name])), [funnel.stages]);
}
