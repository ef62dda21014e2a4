import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { Counting } from '../../../shared/actuals/aggregate';
import { describeActualsProblems } from '../../../shared/actuals/describe';
import type { PlanStageRef } from '../../../shared/actuals/match-stages';
import { guessedProfile } from '../../../shared/actuals/guess-mapping';
import type { ImportProfile } from '../../../shared/actuals/profile';
import { overlappingImports, toActualsImport } from '../../../shared/actuals/to-import';
import type { ActualsSection } from '../../../shared/domain/actuals';
import { languageOf } from '../../../shared/i18n/languages';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { formatMonth } from '../../ui/format';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import type { AnalyseRequest } from './actuals-protocol';
import { HandoffMapping, suggestedMapping } from './HandoffMapping';
import { ImportSummary } from './ImportSummary';
import { ColumnMapping, StageMapping } from './StageMapping';
import { useActualsReader } from './use-actuals-reader';

/** The list of what keeps Import off, which the Import button is described by. */
const PROBLEMS_ID = 'import-problems';

interface ImportDialogProps {
  file: { name: string; blob: Blob };
  planStages: PlanStageRef[];
  actuals: ActualsSection;
  /** The plan's SLA terms; null when the funnel has no handoff stage to judge. */
  sla: AnalyseRequest['sla'];
  onClose: () => void;
}

/** A profile for an export of no known shape, filled in on the mapping screen. */
const BLANK_PROFILE: ImportProfile = {
  crm: 'other',
  kind: 'other',
  recordId: null,
  stages: [],
  planStages: {},
  feedback: null,
  amount: null,
  firstResponse: null,
  dayOrder: null,
};

/**
 * Reading one CRM export into the plan: what it was recognised as, its first rows (to
 * check the accents), how its stages map onto the plan's, any question about its dates,
 * and the figures that will be kept, all before anything is stored. Import stores the
 * figures and the mapping in one step; the rows stay here and go when the dialog closes.
 */
export function ImportDialog({ file, planStages, actuals, sla, onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const { state, read, cancel } = useActualsReader();
  const [profile, setProfile] = useState<ImportProfile | null>(null);
  const [counting, setCounting] = useState<Counting>('passThrough');

  // The column whose values say a record's stage: the user's choice, or the one a kept
  // mapping tests.
  const [chosenStatus, setChosenStatus] = useState<string | null | undefined>(undefined);
  const statusColumn =
    chosenStatus !== undefined
      ? chosenStatus
      : (profile?.stages.find((stage) => stage.when)?.when?.column ?? null);
  // A verdict column just chosen: once its values are read, each is set as its words suggest.
  const [suggestFor, setSuggestFor] = useState<string | null>(null);

  useEffect(() => {
    const valuesOf = [
      ...(profile?.feedback ? [profile.feedback.column] : []),
      ...(statusColumn ? [statusColumn] : []),
    ];
    read({
      file: file.blob,
      planStages,
      profile,
      storedProfiles: actuals.profiles,
      counting,
      sla,
      valuesOf,
    });
    // Read again whenever the mapping or the counting changes; the stages are the plan's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, profile, counting, statusColumn]);

  const result = state.status === 'read' ? state.result : null;
  const analysis = result?.analysis ?? null;
  const shown = profile ?? analysis?.profile ?? (result ? BLANK_PROFILE : null);
  const shownStatus =
    chosenStatus !== undefined
      ? chosenStatus
      : (shown?.stages.find((stage) => stage.when)?.when?.column ?? null);
  const verdictValues = useMemo(
    () => (shown?.feedback && result?.columnValues[shown.feedback.column]) || [],
    [shown, result],
  );
  // An export of no known shape starts from what its column names say ("ID", "Fecha MQL"),
  // once, for the user to check rather than build.
  const [guessed, setGuessed] = useState(false);
  if (!guessed && result && !analysis?.profile && profile === null) {
    setGuessed(true);
    const guess = guessedProfile(result.headers, planStages);
    if (guess.stages.length > 0 || guess.recordId !== null) setProfile(guess);
  }
  if (suggestFor && shown?.feedback?.column === suggestFor && verdictValues.length > 0) {
    setSuggestFor(null);
    setProfile({ ...shown, feedback: suggestedMapping(suggestFor, verdictValues) });
  }
  const entry = useMemo(
    () =>
      analysis?.figures && shown
        ? toActualsImport(analysis.figures, {
            id: crypto.randomUUID(),
            importedAt: new Date().toISOString(),
            fileName: file.name,
            crm: shown.crm,
            kind: shown.kind,
            profileId: null,
          })
        : null,
    [analysis, shown, file.name],
  );
  const replaced = entry ? overlappingImports(actuals.imports, entry) : [];
  const samples = useMemo(
    () =>
      new Map(
        (result?.headers ?? []).map((header, index) => [
          header,
          result?.firstRows.map((row) => row[index] ?? '').find((cell) => cell.trim() !== '') ?? '',
        ]),
      ),
    [result],
  );
  const ambiguous = analysis?.problems.some((p) => p.code === 'ambiguousDates') ?? false;
  const problems = analysis
    ? describeActualsProblems(
        analysis.problems.filter((p) => p.code !== 'ambiguousDates'),
        analysis.problemCount -
          (ambiguous ? analysis.problems.filter((p) => p.code === 'ambiguousDates').length : 0),
        language,
      )
    : [];

  const submit = () => {
    if (!entry || !shown) return;
    const profileId =
      actuals.profiles.find((p) => p.headers.join('\u0000') === result?.headers.join('\u0000'))
        ?.id ?? crypto.randomUUID();
    const refusal = dispatch([
      {
        type: 'actuals.profile.save',
        profile: { ...shown, id: profileId, headers: (result?.headers ?? []).slice(0, 500) },
      },
      {
        type: 'actuals.import.add',
        import: { ...entry, profileId },
        replaces: replaced.map((r) => r.id),
      },
    ]);
    if (refusal) return;
    toast.success(
      t('review.import.done', {
        file: file.name,
        from: formatMonth(entry.firstMonth, language),
        to: formatMonth(entry.lastMonth, language),
      }),
    );
    onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) {
          cancel();
          onClose();
        }
      }}
      title={t('review.import.title')}
      description={t('review.import.description')}
      wide
    >
      {state.status === 'working' && (
        <div className="load-progress" role="status">
          <label htmlFor="actuals-progress">
            {state.phase === 'reading'
              ? t('review.import.reading')
              : t('review.import.countingFunnel')}
          </label>
          <progress id="actuals-progress" />
        </div>
      )}
      {state.status === 'unreadable' && (
        <ul className="field-error" role="alert">
          {describeActualsProblems(state.problems, state.problems.length, language).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {result && shown && (
        <div className="import-result">
          <ImportSummary result={result} profile={shown} figures={analysis?.figures ?? null} />
          {/* Under the summary, not below the mappings: what keeps Import off is seen first. */}
          {problems.length > 0 && (
            <div id={PROBLEMS_ID} className="import-problems" role="alert">
              <ul className="field-error">
                {problems.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p>{t('review.import.problemsNext')}</p>
            </div>
          )}
          {shown.crm !== 'other' ? (
            <StageMapping
              profile={shown}
              planStages={planStages}
              onChange={(next) => setProfile({ ...shown, planStages: next })}
            />
          ) : (
            <ColumnMapping
              headers={result.headers}
              samples={samples}
              planStages={planStages}
              profile={shown}
              statusColumn={shownStatus}
              statusValues={(shownStatus && result.columnValues[shownStatus]) || []}
              onStatusColumn={setChosenStatus}
              onChange={setProfile}
            />
          )}
          {sla && (
            <HandoffMapping
              headers={result.headers}
              samples={samples}
              values={verdictValues}
              profile={shown}
              onChange={(next) => {
                if (next.feedback && next.feedback.column !== shown.feedback?.column) {
                  setSuggestFor(next.feedback.column);
                }
                setProfile(next);
              }}
            />
          )}
          {ambiguous && (
            <SelectField
              label={t('review.import.dayOrder')}
              value={shown.dayOrder ?? ''}
              options={[
                { value: '', label: '…' },
                { value: 'dmy', label: t('review.import.dayFirst') },
                { value: 'mdy', label: t('review.import.monthFirst') },
              ]}
              onChange={(event) =>
                setProfile({
                  ...shown,
                  dayOrder:
                    event.target.value === 'mdy'
                      ? 'mdy'
                      : event.target.value === 'dmy'
                        ? 'dmy'
                        : null,
                })
              }
            />
          )}
          <SelectField
            label={t('review.import.counting')}
            value={counting}
            options={(['passThrough', 'strict'] as const).map((value) => ({
              value,
              label: t(`review.import.countings.${value}`),
            }))}
            onChange={(event) =>
              setCounting(event.target.value === 'strict' ? 'strict' : 'passThrough')
            }
          />
          {analysis?.figures && !entry && (
            <p className="field-error">{t('review.import.nothingToImport')}</p>
          )}
          {replaced.length > 0 && (
            <p className="notice">
              {t('review.import.replaces', {
                count: replaced.length,
                files: replaced
                  .map(
                    (r) =>
                      `${r.fileName} (${formatMonth(r.firstMonth, language)} – ${formatMonth(r.lastMonth, language)})`,
                  )
                  .join(', '),
              })}
            </p>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            cancel();
            onClose();
          }}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!entry}
          aria-describedby={problems.length > 0 ? PROBLEMS_ID : undefined}
          onClick={submit}
        >
          {t('review.import.submit')}
        </button>
      </div>
    </Dialog>
  );
}
