import { ChevronLeft, ChevronRight, Maximize, X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useAppStore } from '../../store/store-context';
import { PresenterSlide, SLIDES, type Slide } from './PresenterSlide';
import './presenter.css';

/**
 * The presenter view for a projector: one part of the plan at a time, large
 * type, high contrast; arrow keys (or Page Up/Down, a clicker) move between
 * parts, F goes full screen, Escape goes back to editing.
 */
export function PresenterScreen({ planId, slide }: { planId: string; slide: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const openPlan = useAppStore((s) => s.openPlan);
  const doc = useAppStore((s) => (s.current?.doc.id === planId ? s.current.doc : null));
  const current: Slide = SLIDES.find((s) => s === slide) ?? 'agenda';
  const index = SLIDES.indexOf(current);
  const go = (next: number) => {
    const target = SLIDES[Math.max(0, Math.min(SLIDES.length - 1, next))];
    if (target) navigate(`/plans/${planId}/present/${target}`, { replace: true });
  };

  useEffect(() => {
    void openPlan(planId);
  }, [planId, openPlan]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))
        return;
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(SLIDES.length - 1);
      else if (event.key === 'Escape') navigate(`/plans/${planId}/workshop`);
      else if (event.key === 'f' || event.key === 'F')
        void document.documentElement.requestFullscreen?.();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <span className="presenter-plan">{doc?.name}</span>
        <nav aria-label={t('presenter.parts')} className="presenter-dots">
          {SLIDES.map((s, i) => (
            <button
              key={s}
              type="button"
              aria-current={s === current ? 'step' : undefined}
              aria-label={t(`presenter.slide.${s}`)}
              title={t(`presenter.slide.${s}`)}
              onClick={() => go(i)}
            >
              {i + 1}
            </button>
          ))}
        </nav>
        <span className="presenter-controls">
          <button
            type="button"
            aria-label={t('presenter.previous')}
            disabled={index === 0}
            onClick={() => go(index - 1)}
          >
            <ChevronLeft aria-hidden size={28} />
          </button>
          <button
            type="button"
            aria-label={t('presenter.next')}
            disabled={index === SLIDES.length - 1}
            onClick={() => go(index + 1)}
          >
            <ChevronRight aria-hidden size={28} />
          </button>
          <button
            type="button"
            aria-label={t('presenter.fullScreen')}
            onClick={() => void document.documentElement.requestFullscreen?.()}
          >
            <Maximize aria-hidden size={24} />
          </button>
          <button
            type="button"
            aria-label={t('presenter.exit')}
            onClick={() => navigate(`/plans/${planId}/workshop`)}
          >
            <X aria-hidden size={28} />
          </button>
        </span>
      </header>
      <main id="main" className="presenter-main">
        {doc && <PresenterSlide slide={current} doc={doc} />}
      </main>
      <p className="presenter-help">{t('presenter.help')}</p>
    </div>
  );
}
