import { useTranslation } from 'react-i18next';
import type { OpenBeforeSigning } from '../../../shared/domain/sign-off-review';
import { Dialog } from '../../ui/Dialog';
import { useFunnel, usePlanNumberFormats } from '../funnel/use-funnel';
import { slaCheckText } from '../handoff/sla-check-text';

interface SignOffDialogProps {
  open: boolean;
  version: number;
  approvers: string[];
  stillOpen: OpenBeforeSigning;
  onSign: () => void;
  onCancel: () => void;
}

/** Names shown under each kind of open point; the rest are counted, so the dialog fits. */
const NAMED_PER_KIND = 5;

/**
 * The moment of signing: who agrees, that a signed version never changes, and what the
 * plan's own checks still find open, each point named, so nobody signs past a failing
 * goal unawares or has to leave the dialog to find out which one it is.
 */
export function SignOffDialog({
  open,
  version,
  approvers,
  stillOpen,
  onSign,
  onCancel,
}: SignOffDialogProps) {
  const { t, i18n } = useTranslation();
  const funnel = useFunnel();
  const formats = usePlanNumberFormats();
  const and = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const groups = [
    {
      key: 'goalsFailingSmart',
      points: stillOpen.goalsFailingSmart.map((goal) =>
        t('workshop.signoff.goalFails', {
          title: goal.title,
          letters: and.format(
            goal.letters.map((letter) => `${letter} (${t(`smart.letter.${letter}`)})`),
          ),
        }),
      ),
    },
    {
      key: 'raciErrors',
      points: stillOpen.raciErrors.map((row) =>
        t('workshop.signoff.activityProblems', {
          name: row.name,
          problems: row.rules.map((rule) => t(`raci.problems.${rule}`)).join(' · '),
        }),
      ),
    },
    {
      key: 'slaWarnings',
      points: stillOpen.slaWarnings.map((check) => slaCheckText(check, funnel, t, formats)),
    },
  ] as const;
  const openKinds = groups.filter((group) => group.points.length > 0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      title={t('workshop.signoff.confirmTitle', { version })}
      description={t('workshop.signoff.confirmText', { approvers: and.format(approvers) })}
    >
      {openKinds.length > 0 ? (
        <div className="sign-off-open" role="note">
          <p>{t('workshop.signoff.stillOpen')}</p>
          <ul>
            {openKinds.map(({ key, points }) => (
              <li key={key}>
                {t(`workshop.signoff.${key}`, { count: points.length })}
                <ul>
                  {points.slice(0, NAMED_PER_KIND).map((point, index) => (
                    <li key={index}>{point}</li>
                  ))}
                  {points.length > NAMED_PER_KIND && (
                    <li>
                      {t('workshop.signoff.andMore', { count: points.length - NAMED_PER_KIND })}
                    </li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('workshop.signoff.nothingOpen')}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('workshop.signoff.keepEditing')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onSign}>
          {t('workshop.signoff.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
