import { FileDown, Plus } from 'lucide-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Papa from 'papaparse';
import { toast } from '../../ui/toast';
import { scoreLeads, type SampleLead } from '../../../shared/domain/lead-scoring';
import {
  LEAD_NAME_FIELD,
  sampleColumnHeader,
  sampleLeadColumns,
} from '../../../shared/domain/sample-leads';
import { defaultSeparator } from '../../app/csv';
import { saveTextFile } from '../../app/download';
import { useAppStore } from '../../store/store-context';
import { FileButton } from '../../ui/FileButton';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { loadSampleLeads, type LoadProblem } from './load-sample-leads';
import { PaperTestTable } from './PaperTestTable';
import { ProblemReport } from './ProblemReport';
import { languageOf } from '../../../shared/i18n/languages';

const NO_LEADS: SampleLead[] = [];

type Loading = { fileName: string; done: number; total: number } | null;

/**
 * The paper test: sample leads typed in or loaded from a CSV, each scored live
 * against the model, so both teams see which leads the model would pass to
 * sales, and why, before they sign up to it.
 */
export function PaperTest() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  const model = useAppStore((s) => s.current?.doc.handoff.scoring);
  const paperTest = useAppStore((s) => s.paperTest);
  const setPaperLeads = useAppStore((s) => s.setPaperLeads);
  const addPaperLead = useAppStore((s) => s.addPaperLead);
  const formats = usePlanNumberFormats();
  const [loading, setLoading] = useState<Loading>(null);
  const [problems, setProblems] = useState<{ fileName: string; list: LoadProblem[] } | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  // Scoring and drawing 10,000 leads is deferred: React renders it in slices it
  // can interrupt, so typing and clicking stay responsive while a big file lands.
  const leads = useDeferredValue(paperTest.planId === planId ? paperTest.leads : NO_LEADS);
  const result = useMemo(() => (model ? scoreLeads(leads, model) : null), [leads, model]);
  const columns = useMemo(() => (model ? sampleLeadColumns(model).columns : []), [model]);
  if (!model || !planId || !result) return null;

  const load = async (file: File) => {
    setProblems(null);
    setLoading({ fileName: file.name, done: 0, total: 0 });
    const loaded = await loadSampleLeads(file, model, (done, total) =>
      setLoading({ fileName: file.name, done, total }),
    );
    setLoading(null);
    if (!loaded.ok) {
      setProblems({ fileName: file.name, list: loaded.problems });
      return;
    }
    setIgnored(loaded.ignoredColumns);
    setPaperLeads(planId, loaded.leads, file.name);
    if (loaded.legacyEncoding) {
      // Not Unicode: read the way Spanish Excel saves, and shown so accents can be checked.
      const names = loaded.leads
        .slice(0, 3)
        .map((lead) => lead[LEAD_NAME_FIELD] ?? '')
        .filter(Boolean)
        .join(', ');
      toast.info(t('handoff.paper.readAsLegacy', { file: file.name, names }), {
        duration: 15_000,
      });
    }
  };

  return (
    <section className="card paper-test" aria-labelledby="paper-test-heading">
      <h3 id="paper-test-heading">{t('handoff.paper.heading')}</h3>
      <p className="muted">{t('handoff.paper.intro')}</p>
      <div className="toolbar-row">
        <button
          type="button"
          className="btn"
          disabled={model.criteria.length === 0 || loading !== null}
          onClick={() => addPaperLead(planId, {})}
        >
          <Plus aria-hidden size={18} />
          {t('handoff.paper.addLead')}
        </button>
        <FileButton
          label={t('handoff.paper.loadCsv')}
          accept=".csv,.tsv,.txt,text/csv"
          disabled={model.criteria.length === 0 || loading !== null}
          onFile={(file) => void load(file)}
        />
        <button
          type="button"
          className="btn"
          disabled={model.criteria.length === 0}
          onClick={() =>
            saveTextFile(
              t('handoff.paper.templateFile'),
              // Headed in the interface language, separated as its spreadsheets expect.
              `\uFEFF${Papa.unparse([columns.map((c) => sampleColumnHeader(c, language))], {
                delimiter: defaultSeparator(language),
              })}\r\n`,
              'text/csv',
            )
          }
        >
          <FileDown aria-hidden size={18} />
          {t('handoff.paper.template')}
        </button>
        {leads.length > 0 && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setPaperLeads(planId, [], null);
              setIgnored([]);
            }}
          >
            {t('handoff.paper.clear')}
          </button>
        )}
      </div>
      {model.criteria.length === 0 && <p className="muted">{t('handoff.paper.needCriteria')}</p>}
      {loading && (
        <div className="load-progress" role="status">
          <label htmlFor="paper-progress">
            {t('handoff.paper.loading', {
              file: loading.fileName,
              done: formats.volume(loading.done),
              total: formats.volume(loading.total),
            })}
          </label>
          <progress id="paper-progress" max={loading.total || 1} value={loading.done} />
        </div>
      )}
      {problems && <ProblemReport fileName={problems.fileName} problems={problems.list} />}
      {leads.length > 0 && (
        <>
          <p className="paper-summary" role="status">
            {t('handoff.paper.summary', {
              count: leads.length,
              mqls: formats.volume(result.mqls),
              leads: formats.volume(leads.length),
              share: formats.percent(result.mqls / leads.length),
            })}
            {paperTest.fileName && (
              <span className="muted">
                {' '}
                · {t('handoff.paper.from', { file: paperTest.fileName })}
              </span>
            )}
          </p>
          {ignored.length > 0 && (
            <p className="muted">{t('handoff.paper.ignored', { columns: ignored.join(', ') })}</p>
          )}
          <PaperTestTable
            columns={columns}
            leads={leads}
            scores={result.scores}
            model={model}
            nameField={LEAD_NAME_FIELD}
          />
        </>
      )}
    </section>
  );
}
