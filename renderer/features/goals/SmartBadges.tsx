import { Check, X, TriangleAlert } from 'lucide-react';
import type { SmartFinding } from '../../../shared/domain/smart-check';
import type { NumberFormats } from '../funnel/format-numbers';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { usePlanT } from './use-goals';

const ICONS = { pass: Check, warn: TriangleAlert, fail: X } as const;
/** Dates in a finding are ISO days; they are shown the plan language's way. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The five letters, each with its verdict in words (icon and colour only repeat it). */
export function SmartBadges({
  findings,
  compact = false,
}: {
  findings: SmartFinding[];
  compact?: boolean;
}) {
  const t = usePlanT();
  return (
    <ul className={`smart-badges${compact ? ' is-compact' : ''}`} aria-label={t('smart.label')}>
      {findings.map((f) => {
        const Icon = ICONS[f.level];
        return (
          <li key={f.letter} className={`smart-badge smart-${f.level}`}>
            <span aria-hidden className="smart-letter">
              {f.letter}
            </span>
            <Icon aria-hidden size={compact ? 12 : 14} />
            <span className="visually-hidden">
              {t(`smart.letter.${f.letter}`)}: {t(`smart.level.${f.level}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Each letter's reason and what to do about it, in the plan's language. */
export function SmartDetails({
  findings,
  formats,
}: {
  findings: SmartFinding[];
  formats: NumberFormats;
}) {
  const t = usePlanT();
  const planLanguage = useAppStore((s) => s.current?.doc.language ?? 'en');
  const values = (f: SmartFinding) => smartValues(f, formats, planLanguage);
  return (
    <dl className="smart-details" aria-live="polite">
      {findings.map((f) => (
        <div key={f.letter} className={`smart-detail smart-${f.level}`}>
          <dt>
            <strong>{t(`smart.letter.${f.letter}`)}</strong> · {t(`smart.level.${f.level}`)}
          </dt>
          <dd>
            {t(f.reason, values(f))}
            {f.suggestion && (
              <span className="smart-suggestion"> {t(f.suggestion, values(f))}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A finding's values in words: numbers grouped, ISO days as the language writes dates. */
export function smartValues(
  finding: SmartFinding,
  formats: NumberFormats,
  language: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(finding.values).map(([k, v]) => [
      k,
      typeof v === 'number' ? formats.decimal(v) : ISO_DAY.test(v) ? formatDate(v, language) : v,
    ]),
  );
}
