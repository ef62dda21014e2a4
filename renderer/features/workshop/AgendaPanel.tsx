import { ArrowDown, ArrowUp, GripVertical, ListRestart, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardAgenda, type AgendaItem } from '../../../shared/domain/workshop';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { RemoveButton } from '../../ui/RemoveButton';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { AgendaTimer } from './AgendaTimer';

/**
 * The workshop's running order: items with their minutes, reordered by
 * dragging or with the arrow buttons, and the timer of the item being run.
 */
export function AgendaPanel() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const agenda = useAppStore((s) => s.current?.doc.workshop.agenda ?? []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const title = (item: AgendaItem) =>
    item.topic === 'custom' ? item.title : t(`workshop.agenda.topic.${item.topic}`);
  const running = agenda.find((i) => i.timer.startedAt !== null);
  const selected = agenda.find((i) => i.id === selectedId) ?? running ?? agenda[0] ?? null;
  const total = agenda.reduce((sum, i) => sum + i.minutes, 0);
  const move = (item: AgendaItem, toIndex: number) =>
    dispatch([{ type: 'agenda.move', itemId: item.id, toIndex }]);

  if (agenda.length === 0) {
    return (
      <div className="card">
        <p>{t('workshop.agenda.empty')}</p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() =>
            dispatch([{ type: 'agenda.set', items: standardAgenda(() => crypto.randomUUID()) }])
          }
        >
          <ListRestart aria-hidden size={18} />
          {t('workshop.agenda.useStandard')}
        </button>
      </div>
    );
  }

  return (
    <div className="agenda-layout">
      <section className="card" aria-labelledby="agenda-heading">
        <h3 id="agenda-heading">{t('workshop.agenda.heading', { minutes: total })}</h3>
        <ol className="agenda-list">
          {agenda.map((item, index) => (
            <li
              key={item.id}
              className={`agenda-item${item.id === selected?.id ? ' is-selected' : ''}${dragged === item.id ? ' is-dragged' : ''}`}
              draggable
              onDragStart={(e) => {
                setDragged(item.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const source = agenda.find((i) => i.id === dragged);
                if (source && source.id !== item.id) move(source, index);
                setDragged(null);
              }}
            >
              <GripVertical aria-hidden size={18} className="drag-handle" />
              <button
                type="button"
                className="agenda-title"
                aria-pressed={item.id === selected?.id}
                onClick={() => setSelectedId(item.id)}
              >
                {title(item)}
                {item.timer.startedAt !== null && (
                  <span className="badge">{t('workshop.agenda.running')}</span>
                )}
              </button>
              <NumberField
                label={t('workshop.agenda.minutesOf', { item: title(item) })}
                hideLabel
                value={item.minutes}
                min={1}
                max={480}
                integer
                commit={(minutes) =>
                  minutes === null || !Number.isInteger(minutes)
                    ? t('workshop.agenda.minutesRange')
                    : dispatch([{ type: 'agenda.update', itemId: item.id, patch: { minutes } }])
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.agenda.moveUp', { item: title(item) })}
                disabled={index === 0}
                onClick={() => move(item, index - 1)}
              >
                <ArrowUp aria-hidden size={18} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.agenda.moveDown', { item: title(item) })}
                disabled={index === agenda.length - 1}
                onClick={() => move(item, index + 1)}
              >
                <ArrowDown aria-hidden size={18} />
              </button>
              <RemoveButton
                label={t('workshop.agenda.remove', { item: title(item) })}
                onClick={() => dispatch([{ type: 'agenda.remove', itemId: item.id }])}
              />
            </li>
          ))}
        </ol>
        <AddAgendaItem />
      </section>
      {selected && <AgendaTimer key={selected.id} item={selected} title={title(selected)} />}
    </div>
  );
}

function AddAgendaItem() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const [title, setTitle] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        const item = {
          id: crypto.randomUUID(),
          topic: 'custom' as const,
          title: title.trim(),
          minutes: 15,
          timer: { startedAt: null, elapsedMs: 0, addedMinutes: 0 },
        };
        if (dispatch([{ type: 'agenda.add', item }]) === null) setTitle('');
      }}
    >
      <label className="field">
        <span className="field-label">{t('workshop.agenda.newItem')}</span>
        <input
          className="input"
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <button type="submit" className="btn">
        <Plus aria-hidden size={18} />
        {t('workshop.agenda.add')}
      </button>
    </form>
  );
}
