import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { PlanSummary } from '../../../shared/api/contract';
import { PlanTableHead } from './PlanTableHead';
import { useAppStore } from '../../store/store-context';
import { formatEditedAgo } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export function TrashTable({ plans }: { plans: PlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const restorePlan = useAppStore((s) => s.restorePlan);
  const errorMessage = useErrorMessage();
  const [purging, setPurging] = useState<PlanSummary | null>(null);

  if (plans.length === 0) {
    return (
      <div className="empty-inline">
        <p>{t('library.emptyTrash')}</p>
      </div>
    );
  }

  const restore = async (plan: PlanSummary) => {
    try {
      await restorePlan(plan.id);
      toast.success(t('library.restored', { name: plan.name }));
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <>
      <table className="plan-table">
        <PlanTableHead />
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">{plan.name}</th>
              <td>{plan.client}</td>
              <td>
                <time dateTime={plan.updatedAt}>
                  {formatEditedAgo(plan.updatedAt, i18n.language)}
                </time>
              </td>
              <td className="cell-actions">
                <div className="row-buttons">
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('library.restoreNamed', { name: plan.name })}
                    onClick={() => void restore(plan)}
                  >
                    {t('library.restore')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger-quiet"
                    aria-label={t('library.purgeNamed', { name: plan.name })}
                    onClick={() => setPurging(plan)}
                  >
                    {t('library.purge')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PurgeDialog plan={purging} onClose={() => setPurging(null)} />
    </>
  );
}

/** Deleting for good cannot be undone: it asks first, with Cancel focused. */
function PurgeDialog({ plan, onClose }: { plan: PlanSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const purgePlan = useAppStore((s) => s.purgePlan);
  const errorMessage = useErrorMessage();
  return (
    <ConfirmDialog
      open={plan !== null}
      title={t('library.purgeTitle', { name: plan?.name ?? '' })}
      body={t('library.purgeBody')}
      confirmLabel={t('library.purgeConfirm')}
      onClose={onClose}
      onConfirm={() => {
        if (!plan) return;
        purgePlan(plan.id)
          .then(() => toast.success(t('library.purged', { name: plan.name })))
          .catch((error: unknown) => toast.error(errorMessage(error)));
      }}
    />
  );
}
