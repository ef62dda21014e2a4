import { ClipboardList, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** What a first-time user sees: what a plan is, and the one thing to do next. */
export function LibraryEmptyState({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby="library-empty-title">
      <ClipboardList aria-hidden size={48} className="empty-state-icon" />
      <h2 id="library-empty-title">{t('library.emptyTitle')}</h2>
      <p>{t('library.emptyBody')}</p>
      <button type="button" className="btn btn-primary btn-large" onClick={onCreate}>
        <Plus aria-hidden size={20} />
        {t('library.newPlan')}
      </button>
    </section>
  );
}
