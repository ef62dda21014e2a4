import { Pause, Play, Plus, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { remainingMs, type AgendaItem } from '../../../shared/domain/workshop';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/** "12:05", "−1:30" once over time. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${ms < 0 ? '−' : ''}${minutes}:${seconds}`;
}

/** A soft two-note chime, once: enough to notice, not enough to startle a room. */
function chime(): void {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + i * 0.35 + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + i * 0.35 + 0.6);
      tone.connect(gain).connect(audio.destination);
      tone.start(audio.currentTime + i * 0.35);
      tone.stop(audio.currentTime + i * 0.35 + 0.65);
    });
  } catch {
    // No audio device (a muted projector laptop): the visual signal is enough.
  }
}

/**
 * The countdown of one agenda item: derived from the stored start time each
 * second, so it is right after a reload or a restart; start, pause, add five
 * minutes, reset; a gentle chime and a message when time is up.
 */
export function AgendaTimer({ item, title }: { item: AgendaItem; title: string }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const [now, setNow] = useState(() => Date.now());
  const running = item.timer.startedAt !== null;
  const left = remainingMs(item, now);
  const chimed = useRef(left <= 0);

  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [running]);

  useEffect(() => {
    if (left > 0) chimed.current = false;
    else if (running && !chimed.current) {
      chimed.current = true;
      chime();
    }
  }, [left, running]);

  const at = () => new Date().toISOString();
  const planned = (item.minutes + item.timer.addedMinutes) * 60_000;
  // Never started is not "paused": the room sees the item is ready to begin.
  const state = left <= 0 ? 'over' : running ? 'running' : left >= planned ? 'ready' : 'paused';
  return (
    <section className={`card agenda-timer is-${state}`} aria-labelledby="timer-heading">
      <h3 id="timer-heading">{title}</h3>
      <p className="timer-clock" aria-hidden>
        {formatClock(left)}
      </p>
      <p className="timer-state" role="status">
        {t(`workshop.agenda.state.${state}`, { minutes: item.minutes + item.timer.addedMinutes })}
      </p>
      <div className="toolbar-row">
        {running ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setNow(Date.now());
              dispatch([{ type: 'timer.pause', itemId: item.id, at: at() }]);
            }}
          >
            <Pause aria-hidden size={18} />
            {t('workshop.agenda.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setNow(Date.now());
              dispatch([{ type: 'timer.start', itemId: item.id, at: at() }]);
            }}
          >
            <Play aria-hidden size={18} />
            {t('workshop.agenda.start')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => dispatch([{ type: 'timer.addTime', itemId: item.id, minutes: 5 }])}
        >
          <Plus aria-hidden size={18} />
          {t('workshop.agenda.addTime')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setNow(Date.now());
            dispatch([{ type: 'timer.reset', itemId: item.id }]);
          }}
        >
          <RotateCcw aria-hidden size={18} />
          {t('workshop.agenda.reset')}
        </button>
      </div>
    </section>
  );
}
