import { DatabaseBackup, Palette, Plus, Search, Users } from 'lucide-react';
import { Tabs } from 'radix-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { PlanSummary } from '../../../shared/api/contract';
import { AppHeader } from '../../ui/AppHeader';
import { normalizeForSearch } from '../../ui/format';
import { OpenedOnce } from '../../ui/OpenedOnce';
import { useAppStore } from '../../store/store-context';
import { useErrorMessage } from '../../ui/use-error-message';
import { TeamDialog } from '../team/TeamDialog';
import { BackupsDialog } from './BackupsDialog';
import { CreatePlanDialog } from './CreatePlanDialog';
import { ImportPlanButton } from './ImportPlanButton';
import { LibraryEmptyState } from './LibraryEmptyState';
import { PlanTable } from './PlanTable';
import { RecoveryDialog } from './RecoveryDialog';
import { TrashTable } from './TrashTable';
import { TemplatesTable } from '../templates/TemplatesTable';
import { BrandDialog } from '../brand/BrandDialog';

export function LibraryScreen() {
  const { t } = useTranslation();
  const plans = useAppStore((s) => s.plans);
  const trash = useAppStore((s) => s.trash);
  const status = useAppStore((s) => s.libraryStatus);
  const loadLibrary = useAppStore((s) => s.loadLibrary);
  const createRequested = useAppStore((s) => s.createRequested);
  const requestCreate = useAppStore((s) => s.requestCreate);
  const errorMessage = useErrorMessage();
  const [view, setView] = useState<'active' | 'trash' | 'templates'>('active');
  const [query, setQuery] = useState('');
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [teamOpen, setTeamOpen] = useState(false);
  const [brandOpen, setBrandOpen] = useState(false);

  useEffect(() => {
    loadLibrary().catch((error: unknown) => toast.error(errorMessage(error)));
  }, [loadLibrary, errorMessage]);

  const matches = useMemo(() => {
    const needle = normalizeForSearch(query.trim());
    const filter = (list: PlanSummary[]) =>
      needle
        ? list.filter((p) => normalizeForSearch(`${p.name} ${p.client}`).includes(needle))
        : list;
    return { active: filter(plans), trash: filter(trash) };
  }, [plans, trash, query]);

  const isEmptyLibrary = status === 'ready' && plans.length === 0 && trash.length === 0;

  return (
    <div className="screen">
      <AppHeader>
        <span className="app-header-spacer" />
        <button
          type="button"
          className="back-link header-button"
          onClick={() => setBrandOpen(true)}
        >
          <Palette aria-hidden size={18} />
          {t('brand.open')}
        </button>
      </AppHeader>
      <main id="main" className="library" tabIndex={-1}>
        <div className="library-heading">
          <div>
            <h1>{t('library.heading')}</h1>
            {status === 'ready' && plans.length > 0 && (
              <p className="muted">{t('library.count', { count: plans.length })}</p>
            )}
          </div>
          <div className="library-actions">
            <button type="button" className="btn" onClick={() => setTeamOpen(true)}>
              <Users aria-hidden size={18} />
              {t('team.open')}
            </button>
            <button type="button" className="btn" onClick={() => setBackupsOpen(true)}>
              <DatabaseBackup aria-hidden size={18} />
              {t('backups.open')}
            </button>
            <ImportPlanButton />
            <button type="button" className="btn btn-primary" onClick={() => requestCreate(true)}>
              <Plus aria-hidden size={18} />
              {t('library.newPlan')}
            </button>
          </div>
        </div>

        {isEmptyLibrary ? (
          <LibraryEmptyState onCreate={() => requestCreate(true)} />
        ) : (
          <>
            {/* Search finds plans: the templates tab has no use for it. */}
            {view !== 'templates' && (
              <div className="search">
                <Search aria-hidden size={18} className="search-icon" />
                <input
                  type="search"
                  className="input search-input"
                  aria-label={t('library.search')}
                  placeholder={t('library.searchPlaceholder')}
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </div>
            )}
            <Tabs.Root
              value={view}
              onValueChange={(value) =>
                setView(value === 'trash' || value === 'templates' ? value : 'active')
              }
            >
              <Tabs.List className="tabs" aria-label={t('library.views')}>
                <Tabs.Trigger className="tab" value="active">
                  {t('library.active')} <span className="badge">{plans.length}</span>
                </Tabs.Trigger>
                <Tabs.Trigger className="tab" value="trash">
                  {t('library.trash')} <span className="badge">{trash.length}</span>
                </Tabs.Trigger>
                <Tabs.Trigger className="tab" value="templates">
                  {t('templates.tab')}
                </Tabs.Trigger>
              </Tabs.List>
              <Tabs.Content value="active" className="tab-panel">
                <PlanTable plans={matches.active} query={query} onClearQuery={() => setQuery('')} />
              </Tabs.Content>
              <Tabs.Content value="trash" className="tab-panel">
                <TrashTable plans={matches.trash} />
              </Tabs.Content>
              <Tabs.Content value="templates" className="tab-panel">
                <TemplatesTable />
              </Tabs.Content>
            </Tabs.Root>
          </>
        )}
      </main>
      <OpenedOnce open={createRequested}>
        <CreatePlanDialog open={createRequested} onOpenChange={requestCreate} />
      </OpenedOnce>
      <OpenedOnce open={backupsOpen}>
        <BackupsDialog open={backupsOpen} onOpenChange={setBackupsOpen} />
      </OpenedOnce>
      {/* Mounted while open, so each opening starts from the brand as saved. */}
      {brandOpen && <BrandDialog open onOpenChange={setBrandOpen} />}
      <OpenedOnce open={teamOpen}>
        <TeamDialog open={teamOpen} onOpenChange={setTeamOpen} />
      </OpenedOnce>
      <RecoveryDialog />
    </div>
  );
}
