import { Link2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EdgeKindSchema, type EdgeKind, type Stage } from '../../../shared/domain/funnel';
import { SelectField } from '../../ui/SelectField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { useFunnel } from './use-funnel';

/**
 * Connects the selected stage to another, on the main path or as a detour (recycle,
 * nurture, disqualified, lost): what dragging from a stage's edge does on the map, here
 * for the keyboard and screen readers too.
 */
export function ConnectStage({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const funnel = useFunnel();
  const linked = new Set(funnel.handoffs.filter((h) => h.source === stage.id).map((h) => h.target));
  const targets = funnel.stages.filter((s) => s.id !== stage.id && !linked.has(s.id));
  const hasMainOut = funnel.handoffs.some((h) => h.source === stage.id && h.kind === 'main');
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<EdgeKind | null>(null);
  if (targets.length === 0) return null;
  const chosenKind: EdgeKind = kind ?? (hasMainOut ? 'recycle' : 'main');

  const connect = (event: FormEvent) => {
    event.preventDefault();
    const to = targets.find((s) => s.id === target) ?? targets[0];
    if (!to) return;
    const refused = dispatch([
      {
        type: 'funnel.handoff.add',
        handoff: {
          id: crypto.randomUUID(),
          source: stage.id,
          target: to.id,
          kind: chosenKind,
          rate: null,
          presetRate: null,
        },
      },
    ]);
    if (!refused) {
      setTarget('');
      setKind(null);
    }
  };

  return (
    <form className="connect-stage" onSubmit={connect}>
      <SelectField
        label={t('funnel.connect.to', { stage: stage.name })}
        value={target || (targets[0]?.id ?? '')}
        options={targets.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(e) => setTarget(e.target.value)}
      />
      <SelectField
        label={t('funnel.connect.kind')}
        value={chosenKind}
        options={EdgeKindSchema.options
          .filter((k) => k !== 'main' || !hasMainOut)
          .map((k) => ({ value: k, label: t(`funnel.edgeKind.${k}`) }))}
        onChange={(e) => setKind(EdgeKindSchema.parse(e.target.value))}
      />
      <button type="submit" className="btn">
        <Link2 aria-hidden size={18} />
        {t('funnel.connect.button')}
      </button>
    </form>
  );
}
