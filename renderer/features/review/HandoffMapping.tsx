import { useTranslation } from 'react-i18next';
import { suggestOutcome } from '../../../shared/actuals/feedback-values';
import type { FeedbackMapping, ImportProfile } from '../../../shared/actuals/profile';
import type { FeedbackOutcome } from '../../../shared/actuals/records';
import { RejectReasonSchema } from '../../../shared/domain/handoff';
import { SelectField } from '../../ui/SelectField';
import type { ColumnValue } from './actuals-protocol';

/**
 * The columns that tell how sales handled the leads it was handed: when it first answered
 * (for the SLA's response time) and what it said of each lead, value by value, so the
 * review counts accepted leads and rejections by the SLA's reasons.
 */
export function HandoffMapping({
  headers,
  samples,
  values,
  profile,
  onChange,
}: {
  headers: string[];
  samples: Map<string, string>;
  /** The distinct values of the verdict column, once one is chosen. */
  values: ColumnValue[];
  profile: ImportProfile;
  onChange: (profile: ImportProfile) => void;
}) {
  const { t } = useTranslation();
  const columns = headers.map((header) => ({
    value: header,
    label: samples.get(header) ? `${header} (${samples.get(header)})` : header,
  }));
  const feedback = profile.feedback;
  const outcomes = [
    { value: '', label: t('review.import.verdict.none') },
    { value: 'accepted', label: t('review.import.verdict.accepted') },
    ...RejectReasonSchema.options.map((reason) => ({
      value: reason,
      label: t('review.import.verdict.rejected', { reason: t(`handoff.sla.reason.${reason}`) }),
    })),
  ];
  const outcomeOf = (mapping: FeedbackMapping, value: string): FeedbackOutcome | null =>
    mapping.accepted.includes(value) ? 'accepted' : (mapping.rejected[value] ?? null);
  const withOutcome = (
    mapping: FeedbackMapping,
    value: string,
    outcome: FeedbackOutcome | null,
  ): FeedbackMapping => {
    const rejected = Object.fromEntries(
      Object.entries(mapping.rejected).filter(([key]) => key !== value),
    );
    const accepted = mapping.accepted.filter((key) => key !== value);
    if (outcome === 'accepted') accepted.push(value);
    else if (outcome !== null) rejected[value] = outcome;
    return { ...mapping, accepted, rejected };
  };

  return (
    <fieldset className="mapping-columns">
      <legend className="field-label">{t('review.import.handoff')}</legend>
      <SelectField
        label={t('review.import.firstResponse')}
        help={t('review.import.firstResponseHelp')}
        value={profile.firstResponse ?? ''}
        options={[{ value: '', label: t('review.import.noColumn') }, ...columns]}
        onChange={(event) => onChange({ ...profile, firstResponse: event.target.value || null })}
      />
      <SelectField
        label={t('review.import.verdictColumn')}
        help={t('review.import.verdictHelp')}
        value={feedback?.column ?? ''}
        options={[{ value: '', label: t('review.import.noColumn') }, ...columns]}
        onChange={(event) =>
          onChange({
            ...profile,
            feedback: event.target.value
              ? { column: event.target.value, accepted: [], rejected: {} }
              : null,
          })
        }
      />
      {feedback && values.length > 0 && (
        <table className="mapping-table">
          <caption>{t('review.import.verdicts', { column: feedback.column })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.import.value')}</th>
              <th scope="col">{t('review.import.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {values.map(({ value, rows }) => (
              <tr key={value}>
                <th scope="row">
                  {value} <span className="muted">({rows})</span>
                </th>
                <td>
                  <SelectField
                    label={t('review.import.meaningOf', { value })}
                    hideLabel
                    value={outcomeOf(feedback, value) ?? ''}
                    options={outcomes}
                    onChange={(event) =>
                      onChange({
                        ...profile,
                        feedback: withOutcome(feedback, value, outcomeFrom(event.target.value)),
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

function outcomeFrom(chosen: string): FeedbackOutcome | null {
  if (chosen === 'accepted') return 'accepted';
  const reason = RejectReasonSchema.safeParse(chosen);
  return reason.success ? reason.data : null;
}

/** A new verdict column with each of its values read as the words suggest, to be confirmed. */
export function suggestedMapping(column: string, values: ColumnValue[]): FeedbackMapping {
  const mapping: FeedbackMapping = { column, accepted: [], rejected: {} };
  for (const { value } of values) {
    const outcome = suggestOutcome(value);
    if (outcome === 'accepted') mapping.accepted.push(value);
    else if (outcome !== null) mapping.rejected[value] = outcome;
  }
  return mapping;
}
