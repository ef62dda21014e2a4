import { Download, Library, Plus } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  // render of their own when the page is next idle, and then follow the grid's changes in
  // renders React may interrupt, so a letter shows in the grid first. Mounted in such a
  // render too, they never appeared while keys came faster than they could be built, and
  // every key started building them again from nothing.
  const lowerShown = useShownWhenIdle();
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

/**
 * False on the first render; true once the page has had a moment with nothing to do after
 * it (at most a third of a second later), so the grid's first frames are its own.
 */
function useShownWhenIdle(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = () => setShown(true);
    // Not every browser the shell may be opened in has idle callbacks.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(show, 50);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(show, { timeout: 300 });
    return () => window.cancelIdleCallback(idle);
  }, []);
  return shown;
}
