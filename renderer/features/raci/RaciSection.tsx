import { Download, Library, Plus } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { RaciSection as RaciSectionData } from '../../../shared/domain/raci';
import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../../app/download';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { AccountabilityView } from './AccountabilityView';
import { ActivityDialog } from './ActivityActions';
import { LibraryDialog } from './LibraryDialog';
import './raci.css';
import type { CsvSeparator } from '../../app/csv';
import { raciToCsv } from './raci-csv';
import { RaciMatrix } from './RaciMatrix';
import { RolesPanel } from './RolesPanel';
import { useRaci, useRaciCheck, useTeams } from './use-raci';
import { WorkloadView } from './WorkloadView';

/** Mutual accountability: the matrix that checks itself, roles, commitments, workload, CSV. */
export function RaciSection() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const raci = useRaci();
  const check = useRaciCheck();
  // The panels under the matrix (roles, what each team owes, workload) are below it, out of
  // a projector's view: the grid is drawn and usable first. They are mounted once, in one
  // render of their own when the page is idle and no key has been pressed for a moment,
  // and then follow the grid's changes in renders React may interrupt, so a letter shows in
  // the grid first. Mounted in such a render too, they never appeared while keys came faster
  // than they could be built; mounted in the first idle moment, they landed in the render of
  // whichever key came next (React renders pending default updates with a key's own).
  const lowerShown = useShownWhenQuiet();
  const lowerRaci = useDeferredValue<RaciSectionData>(raci);
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
  const teams = useTeams();
  const planName = useAppStore((s) => s.current?.doc.name ?? 'plan');
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [separator, setSeparator] = useState<CsvSeparator>(language === 'es' ? ';' : ',');

  const exportCsv = () => {
    const roles = new Map(raci.roles.map((r) => [r.id, r]));
    const csv = raciToCsv(
      raci,
      {
        phase: t('raci.phase'),
        activity: t('raci.activity'),
        phaseName: (p) => t(`raci.phases.${p}`),
        roleName: (id) =>
          `${roles.get(id)?.name ?? ''} (${teams.get(roles.get(id)?.teamId ?? '')?.name ?? ''})`,
      },
      separator,
    );
    saveTextFile(`${planName} – RACI.csv`, csv, 'text/csv');
  };

  return (
    <div className="raci-section">
      <div className="section-toolbar" role="toolbar" aria-label={t('raci.toolbar')}>
        <h2>{t('raci.title')}</h2>
        <button type="button" className="btn btn-primary" onClick={() => setLibraryOpen(true)}>
          <Library aria-hidden size={18} />
          {t('raci.library.open')}
        </button>
        <button type="button" className="btn" onClick={() => setAdding(true)}>
          <Plus aria-hidden size={18} />
          {t('raci.addActivity')}
        </button>
        <SelectField
          label={t('raci.csvSeparator')}
          value={separator}
          className="compact-field"
          options={[
            { value: ',', label: t('raci.separatorComma') },
            { value: ';', label: t('raci.separatorSemicolon') },
          ]}
          onChange={(e) => setSeparator(e.target.value === ';' ? ';' : ',')}
        />
        <button
          type="button"
          className="btn"
          disabled={raci.activities.length === 0}
          onClick={exportCsv}
        >
          <Download aria-hidden size={18} />
          {t('raci.exportCsv')}
        </button>
      </div>

      <div className="raci-summary" role="status" aria-live="polite">
        <span className={`summary-count ${check.errors ? 'has-errors' : ''}`}>
          {t('raci.summary.errors', { count: check.errors })}
        </span>
        <span className={`summary-count ${check.warnings ? 'has-warnings' : ''}`}>
          {t('raci.summary.warnings', { count: check.warnings })}
        </span>
        <span className="summary-count">{t('raci.summary.notes', { count: check.notes })}</span>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={problemsOnly}
            onChange={(e) => setProblemsOnly(e.target.checked)}
          />
          {t('raci.problemsOnly')}
        </label>
        <NumberField
          label={t('raci.threshold')}
          value={raci.overloadThreshold}
          min={1}
          max={100}
          commit={(value) =>
            value === null
              ? null
              : dispatch([{ type: 'raci.threshold.set', value: Math.round(value) }])
          }
        />
      </div>

      {raci.activities.length === 0 || raci.roles.length === 0 ? (
        <div className="empty-state">
          <h3>{t('raci.emptyTitle')}</h3>
          <p>{t('raci.emptyBody')}</p>
        </div>
      ) : (
        <RaciMatrix raci={raci} check={check} problemsOnly={problemsOnly} />
      )}
      {lowerShown && (
        <div className="raci-lower">
          <RolesPanel roles={lowerRaci.roles} soleAccountableOf={soleAccountableOf} />
          <AccountabilityView raci={lowerRaci} />
          <WorkloadView raci={lowerRaci} />
        </div>
      )}
      <LibraryDialog open={libraryOpen} onOpenChange={setLibraryOpen} />
      {adding && <ActivityDialog onClose={() => setAdding(false)} />}
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
