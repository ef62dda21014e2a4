import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../../shared/domain/funnel';
import type { Language } from '../../../shared/domain/plan-doc';
import { formatNumberInput, parseNumberInput } from '../../../shared/format/number-input';
import { describeNumberRefusal } from '../../ui/NumberField';
import { useDraftField } from '../../ui/use-draft-field';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { languageOf } from '../../../shared/i18n/languages';

interface RateOnMapProps {
  handoff: Handoff;
  /** "MQL → SAL": names the field, since the map shows no label beside it. */
  title: string;
  onDone: () => void;
}

/**
 * A handoff's rate edited where it is shown, on the line between two stages: the pill
 * becomes a small field holding the percentage. Enter or leaving the field stores a whole
 * value; Escape leaves the rate as it was. A refused value keeps the field open with its
 * reason beneath, as every other field does.
 */
export function RateOnMap({ handoff, title, onDone }: RateOnMapProps) {
  const { t, i18n } = useTranslation();
  const language: Language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const input = useRef<HTMLInputElement>(null);
  const { inputProps, error, commitDraft } = useDraftField<number | null>({
    value: handoff.rate === null ? null : handoff.rate * 100,
    format: (stored) => formatNumberInput(stored, language),
    parse: (text) => {
      const parsed = parseNumberInput(text, language, { min: 0, max: 100, allowEmpty: true });
      return parsed.ok
        ? parsed
        : { ok: false, message: describeNumberRefusal(parsed.refusal, language, t) };
    },
    commit: (percent) =>
      dispatch([
        {
          type: 'funnel.handoff.update',
          handoffId: handoff.id,
          patch: { rate: percent === null ? null : percent / 100 },
        },
      ]),
    equals: (a, b) => a === b,
  });

  useEffect(() => {
    input.current?.select();
  }, []);

  return (
    <span className="rate-on-map nodrag nopan">
      <input
        ref={input}
        {...inputProps}
        aria-label={t('funnel.handoff.rateOn', { handoff: title })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `rate-error-${handoff.id}` : undefined}
        inputMode="decimal"
        size={5}
        onKeyDown={(event) => {
          // Keys typed here are the field's: not the map's shortcuts (N, Delete, arrows).
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (commitDraft()) onDone();
          } else {
            inputProps.onKeyDown(event);
          }
        }}
        onBlur={() => {
          if (commitDraft()) onDone();
        }}
      />
      <span aria-hidden>%</span>
      {error && (
        <span id={`rate-error-${handoff.id}`} role="alert" className="rate-on-map-error">
          {error}
        </span>
      )}
    </span>
  );
}
