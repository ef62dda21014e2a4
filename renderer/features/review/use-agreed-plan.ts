import { useEffect, useRef, useState } from 'react';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';

export interface AgreedPlan {
  version: number;
  signedOn: string;
  doc: PlanDoc;
}

/**
 * The plan a review compares with: the latest signed version, as it was signed (the team
 * lives by what it agreed, not by an edit made since), or null while nothing is signed;
 * undefined until known (a printer waits for it). Null for no plan. Read again whenever
 * the plan's revision moves, which is also when a new version is signed.
 */
export function useAgreedPlan(
  planId: string | null,
  revision: number | null,
): AgreedPlan | null | undefined {
  const listSnapshots = useAppStore((s) => s.listSnapshots);
  const getSnapshot = useAppStore((s) => s.getSnapshot);
  const [agreed, setAgreed] = useState<AgreedPlan | null | undefined>(undefined);
  const fetched = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (planId === null || revision === null) return;
    let live = true;
    void (async () => {
      try {
        const latest = (await listSnapshots(planId)).at(-1);
        // A signed version never changes: its document is read once, not at every edit.
        if (latest && fetched.current?.id === latest.id) return;
        const read = latest ? await getSnapshot(planId, latest.id) : null;
        if (!live) return;
        fetched.current = latest ?? null;
        setAgreed(
          read
            ? { version: read.snapshot.version, signedOn: read.snapshot.createdAt, doc: read.doc }
            : null,
        );
      } catch {
        if (live) setAgreed(null);
      }
    })();
    return () => {
      live = false;
    };
  }, [planId, revision, listSnapshots, getSnapshot]);
  return planId === null ? null : agreed;
}
