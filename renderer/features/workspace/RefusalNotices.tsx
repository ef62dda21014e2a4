import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useAppStore } from '../../store/store-context';

/** Says, in the user's language, why the host refused this window's undo or redo. */
export function RefusalNotices() {
  const { t } = useTranslation();
  const refusal = useAppStore((s) => s.lastRefusal);
  useEffect(() => {
    if (refusal) toast.error(t(`refusals.${refusal.code}`, refusal.values ?? {}));
  }, [refusal, t]);
  return null;
}
