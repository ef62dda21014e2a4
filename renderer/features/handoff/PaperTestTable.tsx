import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringCriterion, ScoringModel } from '../../../shared/domain/handoff';
import type { LeadScore, SampleLead } from '../../../shared/domain/lead-scoring';
import { sampleColumnHeader, sampleLeadColumns } from '../../../shared/domain/sample-leads';
import { useAppStore } from '../../store/store-context';
import { RemoveButton } from '../../ui/RemoveButton';
import { describeNumberRefusal } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { parseNumberInput } from '../../../shared/format/number-input';
import { languageOf } from '../../../shared/i18n/languages';

/** Rows on one page: a screenful on a projector, and cheap to render for 10,000 leads. */
const PAGE_SIZE = 25;

interface PaperTestTableProps {
  columns: string[];
  leads: readonly SampleLead[];
  scores: readonly LeadScore[];
  model: ScoringModel;
  nameField: string;
}

/** The sample leads a page at a time, each with its scores and the points that made them. */
export function PaperTestTable({ columns, leads, scores, model, nameField }: PaperTestTableProps) {
  const { t, i18n } = useTranslation();
  // The paper test's own columns headed as its template heads them ('nombre', not 'name').
  const header = (column: string) => sampleColumnHeader(column, languageOf(i18n.language));
  const [wantedPage, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(leads.length / PAGE_SIZE));
  // Removing leads can leave the page past the end: show the last one instead.
  const page = Math.min(wantedPage, pages - 1);
  const first = page * PAGE_SIZE;
  const criteria = useMemo(() => new Map(model.criteria.map((c) => [c.id, c])), [model.criteria]);
  const { numeric } = useMemo(() => sampleLeadColumns(model), [model]);
  // The name, then the scores and why, then the columns the criteria read (they may scroll).
  const fieldColumns = useMemo(() => columns.filter((c) => c !== nameField), [columns, nameField]);

  return (
    <div className="paper-table-wrap">
      <table className="data-table paper-table" aria-label={t('handoff.paper.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{header(nameField)}</th>
            <th scope="col" className="num">
              {t('handoff.paper.fit')}
            </th>
            <th scope="col" className="num">
              {t('handoff.paper.engagement')}
            </th>
            <th scope="col" className="num">
              {t('handoff.paper.total')}
            </th>
            <th scope="col">{t('handoff.paper.mql')}</th>
            <th scope="col">{t('handoff.paper.why')}</th>
            {fieldColumns.map((column) => (
              <th key={column} scope="col">
                {header(column)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('handoff.scoring.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {leads.slice(first, first + PAGE_SIZE).map((lead, offset) => {
            const index = first + offset;
            const score = scores[index];
            if (!score) return null;
            return (
              <LeadRow
                key={index}
                index={index}
                lead={lead}
                score={score}
                columns={fieldColumns}
                numeric={numeric}
                nameField={nameField}
                criteria={criteria}
              />
            );
          })}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label={t('handoff.paper.pages')}>
          <button
            type="button"
            className="btn"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {t('handoff.paper.previous')}
          </button>
          <span>{t('handoff.paper.pageOf', { page: page + 1, pages })}</span>
          <button
            type="button"
            className="btn"
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {t('handoff.paper.next')}
          </button>
        </nav>
      )}
    </div>
  );
}

interface LeadRowProps {
  index: number;
  lead: SampleLead;
  score: LeadScore;
  columns: string[];
  numeric: ReadonlySet<string>;
  nameField: string;
  criteria: ReadonlyMap<string, ScoringCriterion>;
}

const LeadRow = memo(function LeadRow({
  index,
  lead,
  score,
  columns,
  numeric,
  nameField,
  criteria,
}: LeadRowProps) {
  const { t, i18n } = useTranslation();
  const header = (column: string) => sampleColumnHeader(column, languageOf(i18n.language));
  const removePaperLead = useAppStore((s) => s.removePaperLead);
  const who = lead[nameField]?.trim() || t('handoff.paper.leadN', { n: index + 1 });
  const why = [
    ...score.matched.map((id) => {
      const criterion = criteria.get(id);
      return criterion ? `${criterion.name} ${signed(criterion.points)}` : id;
    }),
    ...(score.decay > 0 ? [`${t('handoff.paper.decay')} ${signed(-score.decay)}`] : []),
  ];
  return (
    <tr className={score.isMql ? 'is-mql' : undefined}>
      <td className="num muted">{index + 1}</td>
      <td>
        <LeadCell
          index={index}
          field={nameField}
          value={lead[nameField] ?? ''}
          numeric={false}
          label={t('handoff.paper.cellLabel', { column: header(nameField), lead: who })}
        />
      </td>
      <td className="num">{score.fit}</td>
      <td className="num">{score.engagement}</td>
      <td className="num strong">{score.total}</td>
      <td>
        <span className={`mql-badge ${score.isMql ? 'yes' : 'no'}`}>
          {score.isMql ? t('handoff.paper.yes') : t('handoff.paper.no')}
        </span>
      </td>
      <td className="why">
        {why.length > 0 ? (
          <ul>
            {why.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          '–'
        )}
      </td>
      {columns.map((column) => (
        <td key={column}>
          <LeadCell
            index={index}
            field={column}
            value={lead[column] ?? ''}
            numeric={numeric.has(column.toLowerCase())}
            label={t('handoff.paper.cellLabel', { column: header(column), lead: who })}
          />
        </td>
      ))}
      <td>
        <RemoveButton
          label={t('handoff.paper.removeLead', { lead: who })}
          onClick={() => removePaperLead(index)}
        />
      </td>
    </tr>
  );
});

/** One cell of a sample lead: a number column refuses text and keeps its value. */
function LeadCell({
  index,
  field,
  value,
  numeric,
  label,
}: {
  index: number;
  field: string;
  value: string;
  numeric: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const updatePaperLead = useAppStore((s) => s.updatePaperLead);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  const [sent, setSent] = useState(value);
  if (shown !== value) {
    // Another edit changed the lead (a removal shifting rows): show the new value. The
    // value this cell just sent ("1500" for "1.500" typed) leaves the typing as it is.
    setShown(value);
    if (value !== sent) setDraft(value);
  }
  return (
    <TextField
      label={label}
      hideLabel
      value={draft}
      error={error}
      inputMode={numeric ? 'decimal' : undefined}
      maxLength={200}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (numeric && text.trim() !== '') {
          // Typed the interface language's way ("1.500" in Spanish); scored as a number.
          const parsed = parseNumberInput(text, language);
          if (!parsed.ok) {
            setError(describeNumberRefusal(parsed.refusal, language, t));
            return;
          }
          setError(null);
          setSent(String(parsed.value));
          updatePaperLead(index, field, String(parsed.value));
          return;
        }
        setError(null);
        setSent(text);
        updatePaperLead(index, field, text);
      }}
    />
  );
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}
