import { MoreHorizontal } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../../app/download';
import { toast } from '../../ui/toast';
import { Link } from 'wouter';
import type { PlanSummary } from '../../../shared/api/contract';
import { PlanTableHead } from './PlanTableHead';
import { useAppStore } from '../../store/store-context';
import { formatDate, formatEditedAgo } from '../../ui/format';
import { OpenedOnce } from '../../ui/OpenedOnce';
import { useErrorMessage } from '../../ui/use-error-message';
import { RenamePlanDialog } from './RenamePlanDialog';

interface PlanTableProps {
  plans: PlanSummary[];
  query: string;
  onClearQuery: () => void;
}

export function PlanTable({ plans, query, onClearQuery }: PlanTableProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);

  if (plans.length === 0) {
    return (
      <div className="empty-inline">
        <p>{query ? t('library.noMatches', { query }) : t('library.emptyTitle')}</p>
        {query && (
          <button type="button" className="btn" onClick={onClearQuery}>
            {t('library.clearSearch')}
          </button>
        )}
      </div>
    );
  }

  return (
    <>
      <table className="plan-table">
        <PlanTableHead />
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link href={`/plans/${plan.id}`} className="plan-link">
                  {plan.name}
                </Link>
              </th>
              <td className={plan.client ? undefined : 'muted'}>
                {plan.client || t('library.noClient')}
              </td>
              <td>
                <time
                  dateTime={plan.updatedAt}
                  title={formatDate(plan.updatedAt, i18n.language, true)}
                >
                  {formatEditedAgo(plan.updatedAt, i18n.language)}
                </time>
              </td>
              <td className="cell-actions">
                <PlanActions plan={plan} onRename={() => setRenaming(plan)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OpenedOnce open={renaming !== null}>
        <RenamePlanDialog plan={renaming} onClose={() => setRenaming(null)} />
      </OpenedOnce>
    </>
  );
}

function PlanActions({ plan, onRename }: { plan: PlanSummary; onRename: () => void }) {
  const { t } = useTranslation();
  const duplicatePlan = useAppStore((s) => s.duplicatePlan);
  const deletePlan = useAppStore((s) => s.deletePlan);
  const restorePlan = useAppStore((s) => s.restorePlan);
  const exportPlanFile = useAppStore((s) => s.exportPlanFile);
  const errorMessage = useErrorMessage();

  const exportFile = async () => {
    try {
      const file = await exportPlanFile(plan.id);
      saveTextFile(file.fileName, file.content);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const duplicate = async () => {
    const name = t('library.copyName', { name: plan.name }).slice(0, 120);
    try {
      await duplicatePlan(plan.id, name);
      toast.success(t('library.duplicated', { name }));
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const moveToTrash = async () => {
    try {
      await deletePlan(plan.id);
      toast(t('library.deleted', { name: plan.name }), {
        action: {
          label: t('library.undo'),
          onClick: () => {
            restorePlan(plan.id).catch((error: unknown) => toast.error(errorMessage(error)));
          },
        },
      });
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="icon-button"
        aria-label={t('library.actionsFor', { name: plan.name })}
      >
        <MoreHorizontal aria-hidden size={20} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Item className="menu-item" onSelect={onRename}>
            {t('library.rename')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => void duplicate()}>
            {t('library.duplicate')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => void exportFile()}>
            {t('menu.exportPlan')}
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item
            className="menu-item menu-item-danger"
            onSelect={() => void moveToTrash()}
          >
            {t('library.delete')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
