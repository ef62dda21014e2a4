import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useLocation } from 'wouter';
import type { SnapshotSummary } from '../../../shared/api/contract';
import { openBeforeSigning } from '../../../shared/domain/sign-off-review';
import { signOffProblems } from '../../../shared/domain/workshop';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { SnapshotDiff } from './SnapshotDiff';
import { SignOffDialog } from './SignOffDialog';
import { SnapshotViewer } from './SnapshotViewer';

/**
 * Signing off and the agreed versions: sign when both sides have an
 * approver; each version can be read, copied into a new plan, or compared
 * with another version or with the plan as it is now.
 */
export function VersionsCard() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const state = useAppStore((s) => s.current);
  const signOff = useAppStore((s) => s.signOff);
  const listSnapshots = useAppStore((s) => s.listSnapshots);
  const copySnapshot = useAppStore((s) => s.copySnapshot);
  const flush = useAppStore((s) => s.flush);
  const errorMessage = useErrorMessage();
  const [versions, setVersions] = useState<SnapshotSummary[]>([]);
  const [viewing, setViewing] = useState<SnapshotSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const planId = state?.doc.id ?? null;
  const language = state?.doc.language ?? 'en';

  const reload = useCallback(() => {
    if (planId) listSnapshots(planId).then(setVersions, () => setVersions([]));
  }, [planId, listSnapshots]);
  // Whether the plan still matches its latest version is the host's answer, asked again at
  // each revision, so this line, the comparison and the PDF never disagree.
  const revision = state?.plan.revision;
  useEffect(reload, [reload, revision]);
  if (!state || !planId) return null;

  const teamKind = new Map(state.doc.teams.map((team) => [team.id, team.kind]));
  const problems = signOffProblems(state.doc.workshop, (id) => teamKind.get(id));
  const latest = versions.at(-1);
  const agreed = latest?.matchesPlan ?? false;

  const sign = async () => {
    setConfirming(false);
    try {
      await flush();
      const snapshot = await signOff(planId);
      toast.success(t('workshop.signoff.signed', { version: snapshot.version }));
      reload();
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };
  const copy = async (snapshot: SnapshotSummary) => {
    try {
      const name = t('workshop.signoff.copyName', {
        plan: state.doc.name,
        version: snapshot.version,
      });
      const copied = await copySnapshot(planId, snapshot.id, name.slice(0, 120));
      navigate(`/plans/${copied.doc.id}`);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <section className="card" aria-labelledby="versions-heading">
      <h3 id="versions-heading">{t('workshop.signoff.heading')}</h3>
      <p className="plan-status" role="status">
        {agreed && latest
          ? t('workshop.signoff.agreed', { version: latest.version })
          : latest
            ? t('workshop.signoff.changedSince', { version: latest.version })
            : t('workshop.signoff.draft')}
      </p>
      {problems.map((p) => (
        <p key={p} className="field-error">
          {t(`workshop.signoff.${p}`)}
        </p>
      ))}
      <button
        type="button"
        className="btn btn-primary"
        disabled={problems.length > 0 || agreed}
        onClick={() => setConfirming(true)}
      >
        {t('workshop.signoff.sign')}
      </button>
      {confirming && (
        <SignOffDialog
          open
          version={(latest?.version ?? 0) + 1}
          approvers={state.doc.workshop.approvers.map((a) => a.name)}
          stillOpen={openBeforeSigning(state.doc)}
          onSign={() => void sign()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {versions.length > 0 && (
        <>
          <h4>{t('workshop.signoff.versions')}</h4>
          <ol className="version-list">
            {versions.map((v) => (
              <li key={v.id}>
                <strong>{t('workshop.signoff.version', { version: v.version })}</strong>
                <span className="muted">
                  {' '}
                  · {formatDate(v.createdAt, language, true)} · {v.approvers.join(', ')}
                </span>
                <span className="row-buttons">
                  <button type="button" className="btn btn-small" onClick={() => setViewing(v)}>
                    {t('workshop.signoff.view', { version: v.version })}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => void copy(v)}>
                    {t('workshop.signoff.copy', { version: v.version })}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <SnapshotDiff planId={planId} versions={versions} current={state.doc} />
        </>
      )}
      <SnapshotViewer planId={planId} snapshot={viewing} onClose={() => setViewing(null)} />
    </section>
  );
}
