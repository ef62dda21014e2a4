import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LibraryScreen } from '../features/plans/LibraryScreen';
import { useMenuCommands } from './use-menu-commands';

// The library is what opens first; a plan's screens (React Flow, the report, the presenter
// view) load when a plan is opened, so the first screen is ready in half the time.
const WorkspaceScreen = lazy(() =>
  import('../features/workspace/WorkspaceScreen').then((m) => ({ default: m.WorkspaceScreen })),
);
const ReportScreen = lazy(() =>
  import('../features/report/ReportScreen').then((m) => ({ default: m.ReportScreen })),
);
const PresenterScreen = lazy(() =>
  import('../features/presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);

export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <MenuBridge />
      <Suspense fallback={null}>
        <Switch>
          <Route path="/plans/:id/report/:paper/:language/:sections">
            {(params) => (
              <ReportScreen
                planId={params.id}
                paper={params.paper}
                language={params.language}
                sections={params.sections}
              />
            )}
          </Route>
          <Route path="/plans/:id/present/:slide?">
            {(params) => <PresenterScreen planId={params.id} slide={params.slide ?? 'agenda'} />}
          </Route>
          <Route path="/plans/:id/:section?">
            {(params) => (
              <WorkspaceScreen planId={params.id} section={params.section ?? 'overview'} />
            )}
          </Route>
          <Route>
            <LibraryScreen />
          </Route>
        </Switch>
      </Suspense>
      <Toaster
        position="bottom-center"
        richColors
        closeButton
        containerAriaLabel={t('app.title')}
      />
    </Router>
  );
}

function MenuBridge() {
  useMenuCommands();
  return null;
}
