import { useTranslation } from 'react-i18next';
import { Toaster } from 'sonner';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LibraryScreen } from '../features/plans/LibraryScreen';
import { PresenterScreen } from '../features/presenter/PresenterScreen';
import { ReportScreen } from '../features/report/ReportScreen';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <MenuBridge />
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
