import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Toaster } from '../ui/toast';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LibraryScreen } from '../features/plans/LibraryScreen';
import { presenter, report, workspace } from './screens';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const { t } = useTranslation();
  return (
    <Router hook={useHashLocation}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <MenuBridge />
      <ScreenErrorBoundary
        fallback={(reload) => (
          <main id="main" className="screen-failed" role="alert">
            <h1>{t('app.screenFailed.title')}</h1>
            <p>{t('app.screenFailed.body')}</p>
            <button type="button" className="btn btn-primary" onClick={reload}>
              {t('app.screenFailed.reload')}
            </button>
          </main>
        )}
      >
        <Suspense fallback={null}>
          <Switch>
            <Route path="/plans/:id/report/:paper/:language/:sections">
              {(params) => (
                <report.Screen
                  planId={params.id}
                  paper={params.paper}
                  language={params.language}
                  sections={params.sections}
                />
              )}
            </Route>
            <Route path="/plans/:id/present/:slide?">
              {(params) => <presenter.Screen planId={params.id} slide={params.slide ?? 'agenda'} />}
            </Route>
            <Route path="/plans/:id/:section?">
              {(params) => (
                <workspace.Screen planId={params.id} section={params.section ?? 'overview'} />
              )}
            </Route>
            <Route>
              <LibraryScreen />
            </Route>
          </Switch>
        </Suspense>
      </ScreenErrorBoundary>
      <Toaster
        position="bottom-center"
        richColors
        closeButton
        containerAriaLabel={t('app.notifications')}
      />
    </Router>
  );
}

function MenuBridge() {
  useMenuCommands();
  return null;
}
