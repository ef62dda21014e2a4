import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useAppStore } from '../../store/store-context';
import { describeRefusal } from '../../ui/describe-refusal';
import { languageOf } from '../../../shared/i18n/languages';

/** Says, in the user's language, why the host refused this window's edit, undo or redo. */
export function RefusalNotices() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const refusal = useAppStore((s) => s.lastRefusal);
  useEffect(() => {
    if (refusal) toast.error(describeRefusal(refusal, t, language));
  }, [refusal, t, language]);
  return null;
}
