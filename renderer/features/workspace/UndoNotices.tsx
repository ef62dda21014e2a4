import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useAppStore } from '../../store/store-context';

/**
 * After an undo or redo that changed another screen than the one in view, says where, with
 * a link there: Ctrl+Z on the goals must not silently change the funnel.
 */
export function UndoNotices() {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.lastStep);
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  useEffect(() => {
    if (!step || !planId) return;
    const shown = /^#\/plans\/[^/]+\/?([a-z]*)/.exec(window.location.hash)?.[1] || 'overview';
    const { section, what, values } = step.step;
    if (shown === section) return;
    const where = t(`workspace.where.${section}`);
    const done = t(`steps.${what}`, values);
    toast(
      t(step.kind === 'undo' ? 'workspace.undone' : 'workspace.redone', { step: done, where }),
      {
        action: {
          label: t('workspace.showIt'),
          onClick: () => window.location.assign(`#/plans/${planId}/${section}`),
        },
      },
    );
  }, [step, planId, t]);
  return null;
}
