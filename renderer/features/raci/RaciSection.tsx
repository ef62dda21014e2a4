import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AccountabilityView } from './AccountabilityView';
import { ActivityDialog } from './ActivityActions';
import { LibraryDialog } from './LibraryDialog';
import './raci.css';
import { RaciMatrix } from './RaciMatrix';
import { RaciSummary } from './RaciSummary';
import { RaciToolbar } from './RaciToolbar';
import { RolesPanel } from './RolesPanel';
import { raciOf, useRaci } from './use-raci';
import { useAppStore } from '../../store/store-context';
import { WorkloadView } from './WorkloadView';

/** Mutual accountability: the matrix that checks itself, roles, commitments, workload, CSV. */
export function RaciSection() {
  const { t } = useTranslation();
  // The section reads the matrix's shape, not its letters: a letter typed redraws the row it
  // lands in (and what counts it), not the section.
  const activities = useAppStore((s) => raciOf(s).activities);
  const roles = useAppStore((s) => raciOf(s).roles);
  // The panels under the matrix (roles, what each team owes, workload) are below it, out of
  // a projector's view: the grid is drawn and usable first. They are mounted once, in one
  // render of their own when the page is idle and no key has been pressed for a moment,
  // and then follow the grid's changes in renders React may interrupt, so a letter shows in
  // the grid first. Mounted in such a render too, they never appeared while keys came faster
  // than they could be built; mounted in the first idle moment, they landed in the render of
  // whichever key came next (React renders pending default updates with a key's own).
  const lowerShown = useShownWhenQuiet();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const openLibrary = useCallback(() => setLibraryOpen(true), []);
  const [adding, setAdding] = useState(false);
  const startAdding = useCallback(() => setAdding(true), []);
  const [problemsOnly, setProblemsOnly] = useState(false);

  return (
    <div className="raci-section">
      <RaciToolbar onOpenLibrary={openLibrary} onAddActivity={startAdding} />
      <RaciSummary problemsOnly={problemsOnly} onProblemsOnlyChange={setProblemsOnly} />
      {activities.length === 0 || roles.length === 0 ? (
        <div className="empty-state">
          <h3>{t('raci.emptyTitle')}</h3>
          <p>{t('raci.emptyBody')}</p>
        </div>
      ) : (
        <RaciMatrix activities={activities} roles={roles} problemsOnly={problemsOnly} />
      )}
      {lowerShown && <RaciLowerPanels />}
      <LibraryDialog open={libraryOpen} onOpenChange={setLibraryOpen} />
      {adding && <ActivityDialog onClose={() => setAdding(false)} />}
    </div>
  );
}

/**
 * Roles, what each team owes the other, and the workload, following the matrix in renders
 * React may interrupt (a deferred value), so a letter shows in the grid first. Until they
 * are shown, nothing renders a second time for them.
 */
function RaciLowerPanels() {
  const raci = useRaci();
  const lowerRaci = useDeferredValue(raci);
  const latestRaci = useRef(raci);
  useLayoutEffect(() => {
    latestRaci.current = raci;
  }, [raci]);
  const soleAccountableOf = useCallback((roleId: string) => {
    const { activities, cells } = latestRaci.current;
    return activities
      .filter((a) => {
        const row = cells[a.id] ?? {};
        return row[roleId] === 'A' && Object.values(row).filter((l) => l === 'A').length === 1;
      })
      .map((a) => a.name);
  }, []);
  return (
    <div className="raci-lower">
      <RolesPanel roles={lowerRaci.roles} soleAccountableOf={soleAccountableOf} />
      <AccountabilityView raci={lowerRaci} />
      <WorkloadView raci={lowerRaci} />
    </div>
  );
}

/** How long after the last key the panels under the matrix may be built. */
const QUIET_MS = 400;

/**
 * False on the first render; true once the grid has been open, with no key pressed, for
 * QUIET_MS and the page then has a moment with nothing to do (at most a third of a second
 * later), so the grid's first frames, and the keys typed into it, are its own; true at once
 * when Tab is pressed.
 */
function useShownWhenQuiet(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    // Counted from the grid's opening too: keys typed from the first moment (the grid is
    // usable before the panels are built) go on without the panels' build landing among them.
    let lastKeyAt = performance.now();
    let timer: number | undefined;
    let idle: number | undefined;
    const onKey = (event: KeyboardEvent) => {
      // Tab leaves the grid for what follows it: the panels are built before the browser
      // looks for the next field, so the focus lands in them, not past them.
      if (event.key === 'Tab' && !event.shiftKey) flushSync(() => setShown(true));
      else lastKeyAt = performance.now();
    };
    // Not every browser the shell may be opened in has idle callbacks.
    const whenIdle = (then: () => void) => {
      if (typeof window.requestIdleCallback !== 'function') timer = window.setTimeout(then, 50);
      else idle = window.requestIdleCallback(then, { timeout: 300 });
    };
    const show = () => {
      const quietFor = performance.now() - lastKeyAt;
      if (quietFor >= QUIET_MS) return setShown(true);
      timer = window.setTimeout(() => whenIdle(show), QUIET_MS - quietFor);
    };
    document.addEventListener('keydown', onKey, { capture: true });
    whenIdle(show);
    return () => {
      document.removeEventListener('keydown', onKey, { capture: true });
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [shown]);
  return shown;
}
