import { ChevronLeft, ChevronRight, Maximize, X } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrand, useImageUrl } from '../brand/use-brand';
import { useShownMeeting } from '../review/shown-meeting';
import { useLocation } from 'wouter';
import { useAppStore } from '../../store/store-context';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import { presenterPages } from './presenter-pages';
import { PresenterSlide } from './PresenterSlide';
import './presenter.css';

/**
 * The presenter view for a projector: one part of the plan at a time, large
 * type, high contrast; arrow keys (or Page Up/Down, a clicker) move between
 * parts, F goes full screen, Escape goes back to editing.
 */
export function PresenterScreen({ planId, slide }: { planId: string; slide: string }) {
  const { t } = useTranslation();
  const brand = useBrand();
  const [, navigate] = useLocation();
  const openPlan = useAppStore((s) => s.openPlan);
  const doc = useAppStore((s) => (s.current?.doc.id === planId ? s.current.doc : null));
  const clientLogo = useImageUrl(doc?.clientLogoId ?? null).url;
  // A long part runs over several slides ("sla", "sla-2"): nothing hides below the screen.
  // The review meeting chosen on the Review screen of this window, or else the latest.
  const meeting = useShownMeeting(doc);
  const pages = useMemo(
    () => (doc ? presenterPages(doc, analyzeFunnel(doc.funnel), meeting) : []),
    [doc, meeting],
  );
  const found = pages.findIndex((p) => p.id === slide);
  const index = found >= 0 ? found : 0;
  const current = pages[index];
  const go = (next: number) => {
    const target = pages[Math.max(0, Math.min(pages.length - 1, next))];
    if (target) navigate(`/plans/${planId}/present/${target.id}`, { replace: true });
  };

  const pageName = (p: { part: string; page: number; pages: number }) =>
    p.pages > 1
      ? `${t(`presenter.slide.${p.part}`)} ${t('presenter.pageOf', { page: p.page, pages: p.pages })}`
      : t(`presenter.slide.${p.part}`);

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
      else if (event.key === 'End') go(pages.length - 1);
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
        <span className="presenter-plan">
          {brand.logoUrl && (
            <img
              className="presenter-logo"
              src={brand.logoUrl}
              alt={t('report.brandLogo', { name: brand.name.trim() || t('report.brandUnnamed') })}
            />
          )}
          {doc?.name}
          {brand.name.trim() && <span className="presenter-brand">{brand.name.trim()}</span>}
          {clientLogo && (
            <img
              className="presenter-logo"
              src={clientLogo}
              alt={t('brand.clientLogoOf', {
                client: doc?.client.trim() || t('brand.theClient'),
              })}
            />
          )}
        </span>
        <nav aria-label={t('presenter.parts')} className="presenter-dots">
          {pages.map((p, i) => (
            <button
              key={p.id}
              type="button"
              aria-current={i === index ? 'step' : undefined}
              aria-label={pageName(p)}
              title={pageName(p)}
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
            disabled={index === pages.length - 1}
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
        {doc && current && <PresenterSlide page={current} doc={doc} />}
      </main>
      <p className="presenter-help">{t('presenter.help')}</p>
    </div>
  );
}
