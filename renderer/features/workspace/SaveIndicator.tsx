import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { describeRefusal } from '../../ui/describe-refusal';
import { languageOf } from '../../../shared/i18n/languages';

/** Says, in words and not only an icon, whether what is on screen is on disk. */
export function SaveIndicator() {
  const { t, i18n } = useTranslation();
  const save = useAppStore((s) => s.saveState);
  return (
    <p className={`save-indicator save-${save.status}`} role="status" aria-live="polite">
      {save.status === 'saved' && <Check aria-hidden size={16} />}
      {save.status === 'saving' && <Loader2 aria-hidden size={16} className="spin" />}
      {save.status === 'error' && <AlertTriangle aria-hidden size={16} />}
      <span>
        {save.status === 'saved'
          ? t('workspace.saved')
          : save.status === 'saving'
            ? t('workspace.saving')
            : t('workspace.saveFailed', {
                message: save.refusal
                  ? describeRefusal(save.refusal, t, languageOf(i18n.language))
                  : t('errors.network'),
              })}
      </span>
    </p>
  );
}
