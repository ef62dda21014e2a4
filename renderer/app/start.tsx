import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PlanApi } from '../../shared/api/client';
import { ROOM_CHANGE_ID } from '../../shared/room/room-types';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../store/store-context';
import { App } from './App';
import { fatalNoticeShown } from './fatal-notice';
import { preloadScreenFor } from './screens';
import { subscribePlanChanges } from './transport';
import { ensureAllLanguages, initI18n } from './i18n';
import { whenIdle } from '../ui/when-idle';
import '../ui/theme.css';

/** Renders the app over the shell's API, in the language the settings hold. */
export async function startApp(api: PlanApi): Promise<void> {
  const store = createAppStore(api);
  // Other windows' and tabs' edits to the open plan show here within a moment.
  subscribePlanChanges(
    (change) =>
      change.planId === ROOM_CHANGE_ID
        ? void store
            .getState()
            .refreshRoom()
            .catch(() => undefined)
        : store.getState().planChanged(change),
    window,
    () => store.getState().catchUp(),
  );
  // A plan's address renders its screen at once, its code loaded alongside the settings.
  const [settings] = await Promise.all([
    store
      .getState()
      .loadSettings()
      .catch(() => store.getState().settings),
    preloadScreenFor(window.location.hash).catch(() => undefined),
  ]);
  await initI18n(settings.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The first reads (asked for before the app loaded) may already have found the shell
  // restarted and said so: the notice stays, rather than screens that cannot load.
  if (fatalNoticeShown(document)) return;
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
  // The other language's words, for a plan or a report in it, once the first screen is up.
  whenIdle(() => void ensureAllLanguages().catch(() => undefined));
}
