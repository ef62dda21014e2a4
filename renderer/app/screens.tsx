import { lazy, type ComponentProps, type ComponentType, type JSX } from 'react';
// Types only: the screens' code itself loads on demand.
import type { PresenterScreen } from '../features/presenter/PresenterScreen';
import type { ReportScreen } from '../features/report/ReportScreen';
import type { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { loadReducer } from '../store/workspace-slice';
import { ensureAllLanguages } from './i18n';

interface OnDemandScreen<P> {
  Screen: (props: P) => JSX.Element;
  preload: () => Promise<unknown>;
}

/**
 * A screen whose code loads when it is first needed. Once loaded, or loaded before the
 * first render (preloadScreenFor), it renders at once: a lazy component always suspends
 * on its first render, and React 19 then holds the reveal for up to 300 ms to batch it
 * with others, which a plan opened from its address spent idle.
 */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemandScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P): JSX.Element {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Screen, preload };
}

// The library is what opens first; a plan's screens (React Flow, the report, the presenter
// view) load when a plan is opened, so the first screen is ready in half the time.
// A plan may be in the other language than the interface (its report, its exports, its
// goals' wording): its screens draw once both catalogues are in.
export const workspace: OnDemandScreen<ComponentProps<typeof WorkspaceScreen>> = onDemand(() =>
  withBothLanguages(import('../features/workspace/WorkspaceScreen')).then((m) => m.WorkspaceScreen),
);
export const report: OnDemandScreen<ComponentProps<typeof ReportScreen>> = onDemand(() =>
  withBothLanguages(import('../features/report/ReportScreen')).then((m) => m.ReportScreen),
);
export const presenter: OnDemandScreen<ComponentProps<typeof PresenterScreen>> = onDemand(() =>
  withBothLanguages(import('../features/presenter/PresenterScreen')).then((m) => m.PresenterScreen),
);

function withBothLanguages<M>(screen: Promise<M>): Promise<M> {
  return Promise.all([screen, ensureAllLanguages()]).then(([module]) => module);
}

/** The plan an address opens (#/plans/<id>/…), if it opens one. */
function planIdOf(hash: string): string | null {
  return /^#\/plans\/([^/?#]+)/.exec(hash)?.[1] ?? null;
}

/** Loads the screen an address opens, so the first render has it; nothing for the library. */
export async function preloadScreenFor(hash: string): Promise<void> {
  if (planIdOf(hash) === null) return;
  // Every plan screen opens the plan with the reducer: its code travels alongside.
  void loadReducer().catch(() => undefined);
  if (/^#\/plans\/[^/]+\/report\//.test(hash)) await report.preload();
  else if (/^#\/plans\/[^/]+\/present(\/|$)/.test(hash)) await presenter.preload();
  else await workspace.preload();
}
