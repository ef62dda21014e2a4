import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../shared/i18n/languages';
import { stepOf } from '../../store/plan-steps';
import { useAppStore } from '../../store/store-context';
import { describeRefusal } from '../../ui/describe-refusal';
import { Dialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';
import { RemoveButton } from '../../ui/RemoveButton';
import * as z from 'zod';
import { CommandSchema } from '../../../shared/domain/commands';
import { PlanDocSchema } from '../../../shared/domain/plan-doc';
import type { RefusalCode } from '../../../shared/domain/refusals';
import { SyncState } from './SyncState';
import './team.css';

/** A refused undo, as this laptop keeps it: the commands of the step it would have taken back. */
const UndoBodySchema = z.object({
  kind: z.literal('undo'),
  commands: z.array(z.unknown()).optional(),
});

/** How often a window asks where its changes are: a local call, cheap enough. */
const POLL_MS = 3000;

/**
 * The workspace header's sync state of the open plan, always shown once this laptop is in a
 * team: saved here only · synced · n waiting · offline · k not applied (which opens the
 * list of changes the server refused, each with why).
 */
export function PlanSyncState() {
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  const team = useAppStore((s) => s.team);
  const refreshTeam = useAppStore((s) => s.refreshTeam);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const ask = () => void refreshTeam().catch(() => undefined);
    ask();
    const timer = setInterval(ask, POLL_MS);
    return () => clearInterval(timer);
  }, [refreshTeam]);

  if (!team?.connection || !planId) return null;
  const shared = team.shared.some((plan) => plan.planId === planId);
  return (
    <>
      {team.state === 'refused' ? (
        <button type="button" className="btn sync-refused" onClick={() => setOpen(true)}>
          <SyncState status={team} plain />
        </button>
      ) : (
        <SyncState status={team} shared={shared} />
      )}
      <RefusedDialog open={open} onOpenChange={setOpen} />
    </>
  );
}

function RefusedDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const edits = useAppStore((s) => s.refusedEdits);
  const doc = useAppStore((s) => s.current?.doc ?? null);
  const load = useAppStore((s) => s.loadRefusedEdits);
  const dismiss = useAppStore((s) => s.dismissRefusedEdit);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  const describe = (command: unknown, planBefore: unknown): string => {
    // Said in the names the plan had here when the edit was made (the stage may be gone).
    const before = PlanDocSchema.safeParse(planBefore);
    const context = before.success ? before.data : doc;
    const say = (commands: unknown[]): string | null => {
      const parsed = commands.map((c) => CommandSchema.safeParse(c));
      const valid = parsed.flatMap((p) => (p.success ? [p.data] : []));
      const step = valid.length > 0 && context ? stepOf(valid, context) : null;
      return step ? t(`steps.${step.what}`, step.values) : null;
    };
    const undo = UndoBodySchema.safeParse(command);
    if (undo.success) {
      const change = say(undo.data.commands ?? []);
      return change ? t('team.refused.undoOf', { change }) : t('team.refused.undo');
    }
    return say([command]) ?? '–';
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('team.refused.title')}
      description={t('team.refused.description')}
      wide
    >
      {edits.length === 0 ? (
        <p className="muted">{t('team.refused.none')}</p>
      ) : (
        <table className="plan-table">
          <caption className="visually-hidden">{t('team.refused.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.refused.change')}</th>
              <th scope="col">{t('team.refused.why')}</th>
              <th scope="col">{t('team.refused.when')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team.refused.dismiss')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {edits.map((edit) => {
              const change = describe(edit.command, edit.planBefore);
              return (
                <tr key={edit.id}>
                  <th scope="row">{change}</th>
                  <td>
                    {/* What the edit was about is gone: said of the team, not of a window. */}
                    {edit.reason.code.startsWith('missing.')
                      ? t('team.refused.gone')
                      : describeRefusal(
                          {
                            code: edit.reason.code as RefusalCode,
                            ...(edit.reason.values ? { values: edit.reason.values } : {}),
                          },
                          t,
                          language,
                        )}
                  </td>
                  <td>{formatDate(edit.refusedAt, language, true)}</td>
                  <td>
                    <RemoveButton
                      label={t('team.refused.dismissOf', { change })}
                      onClick={() => void dismiss(edit.id)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
