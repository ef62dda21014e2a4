import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { describeRefusal } from '../../ui/describe-refusal';
import { languageOf } from '../../../shared/i18n/languages';

/**
 * How long a save runs before the indicator says "Saving…". A save on this machine takes
 * milliseconds: said at every key, the words and the wheel changed twice a keystroke, the
 * toolbar was drawn again each time and a screen reader announced both.
 */
const SAVING_SHOWN_AFTER_MS = 400;

/** Says, in words and not only an icon, whether what is on screen is on disk. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const save = useAppStore((s) => s.saveState);
  const saving = save.status === 'saving';
  const [slow, setSlow] = useState(false);
  // What the last save ended in, shown while a quick one runs: "saved", or the failure a
  // retry has not yet mended.
  const [settled, setSettled] = useState(save);
  if (!saving && settled !== save) setSettled(save);
  useEffect(() => {
    if (!saving) return;
    const timer = window.setTimeout(() => setSlow(true), SAVING_SHOWN_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [saving]);
  const shownState = saving && !slow ? settled : save;
  const shown = shownState.status;
  return (
    // Busy while any save is on its way, however quick: what a test or an assistive tool
    // that must know the plan is on disk waits for.
    <p
      className={`save-indicator save-${shown}`}
      role="status"
      aria-live="polite"
      aria-busy={saving}
    >
      {shown === 'saved' && <Check aria-hidden size={16} />}
      {shown === 'saving' && <Loader2 aria-hidden size={16} className="spin" />}
      {shown === 'error' && <AlertTriangle aria-hidden size={16} />}
      <span>
        {shownState.status === 'error'
          ? t('workspace.saveFailed', {
              message: shownState.refusal
                ? describeRefusal(shownState.refusal, t, languageOf(i18n.language))
                : t('errors.network'),
            })
          : shown === 'saving'
            ? t('workspace.saving')
            : t('workspace.saved')}
      </span>
    </p>
  );
}
