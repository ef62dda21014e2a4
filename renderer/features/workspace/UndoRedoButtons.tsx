import { Redo2, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';

/**
 * Undo and redo, each naming the step it would take where this window knows it ("Undo:
 * rename stage “MQL”"). Their own component: the step changes with nearly every edit, and
 * only these two buttons need drawing again for it, not the toolbar around them.
 */
export function UndoRedoButtons() {
  const { t } = useTranslation();
  const canUndo = useAppStore((s) => s.current?.canUndo ?? false);
  const canRedo = useAppStore((s) => s.current?.canRedo ?? false);
  const undoStep = useAppStore((s) => s.undoStep);
  const redoStep = useAppStore((s) => s.redoStep);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const undoLabel =
    canUndo && undoStep
      ? t('workspace.undoStep', { step: t(`steps.${undoStep.what}`, undoStep.values) })
      : t('workspace.undo');
  const redoLabel =
    canRedo && redoStep
      ? t('workspace.redoStep', { step: t(`steps.${redoStep.what}`, redoStep.values) })
      : t('workspace.redo');
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={undoLabel}
        title={`${undoLabel} (Ctrl+Z)`}
        disabled={!canUndo}
        onClick={() => void undo()}
      >
        <Undo2 aria-hidden size={20} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={redoLabel}
        title={`${redoLabel} (${t('workspace.redoKeys')})`}
        disabled={!canRedo}
        onClick={() => void redo()}
      >
        <Redo2 aria-hidden size={20} />
      </button>
    </>
  );
}
