import { useMemo } from 'react';
import { emptyRaci, type RaciSection } from '../../../shared/domain/raci';
import { checkRaci, type RaciCheck } from '../../../shared/domain/raci-rules';
import { useAppStore } from '../../store/store-context';

const EMPTY = emptyRaci();

export function useRaci(): RaciSection {
  return useAppStore((s) => s.current?.doc.raci ?? EMPTY);
}

/** The teams of the plan by id: names for headers, kinds for the rules. */
export function useTeams() {
  const teams = useAppStore((s) => s.current?.doc.teams);
  return useMemo(() => new Map((teams ?? []).map((t) => [t.id, t])), [teams]);
}

/** The matrix's own rules, rechecked whenever a cell changes. */
export function useRaciCheck(): RaciCheck {
  const raci = useRaci();
  const teams = useTeams();
  return useMemo(
    () => checkRaci(raci, (teamId) => teams.get(teamId)?.kind ?? 'other'),
    [raci, teams],
  );
}
