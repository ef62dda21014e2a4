import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store-context';

export type AgreedVersion = { version: number; on: string } | null;

/**
 * Whether the plan is agreed: its latest signed version is the plan as it
 * stands (same revision). Undefined until the versions are known, so a
 * printer never prints "draft" for an agreed plan.
 */
export function useAgreedVersion(
  planId: string | null,
  revision: number | null,
): AgreedVersion | undefined {
  const listSnapshots = useAppStore((s) => s.listSnapshots);
  const [agreed, setAgreed] = useState<{ key: string; value: AgreedVersion }>();
  const key = `${planId}:${revision}`;
  useEffect(() => {
    if (planId === null || revision === null) return;
    let live = true;
    listSnapshots(planId).then(
      (versions) => {
        const latest = versions.at(-1);
        const value = latest?.matchesPlan
          ? { version: latest.version, on: latest.createdAt.slice(0, 10) }
          : null;
        if (live) setAgreed({ key: `${planId}:${revision}`, value });
      },
      () => live && setAgreed({ key: `${planId}:${revision}`, value: null }),
    );
    return () => {
      live = false;
    };
  }, [planId, revision, listSnapshots]);
  return agreed?.key === key ? agreed.value : undefined;
}
