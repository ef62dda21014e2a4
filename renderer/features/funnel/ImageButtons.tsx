import { getNodesBounds, getViewportForBounds, Panel, useReactFlow } from '@xyflow/react';
import { ImageDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { saveBlob } from '../../app/download';
import { pngFromSvg, saveElementImage, standaloneSvg } from '../../app/image-export';
import { useAppStore } from '../../store/store-context';

type Format = 'png' | 'svg';

function Buttons({ what, save }: { what: string; save: (format: Format) => Promise<void> }) {
  const { t } = useTranslation();
  const run = (format: Format) => save(format).catch(() => toast.error(t('funnel.image.failed')));
  return (
    <div className="image-buttons" role="group" aria-label={t('funnel.image.group', { what })}>
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn btn-small"
          aria-label={t('funnel.image.save', { what, format: format.toUpperCase() })}
          onClick={() => void run(format)}
        >
          <ImageDown aria-hidden size={16} />
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

/**
 * The whole funnel map as an image, whatever part of it is on screen: the
 * graph's bounds are fitted into the picture, as React Flow's own
 * "download image" recipe does.
 */
export function MapImageButtons() {
  const { t } = useTranslation();
  const { getNodes } = useReactFlow();
  const planName = useAppStore((s) => s.current?.doc.name ?? 'plan');
  const save = async (format: Format) => {
    const viewport = document.querySelector<HTMLElement>('.funnel-canvas .react-flow__viewport');
    if (!viewport) return;
    const bounds = getNodesBounds(getNodes());
    const width = Math.min(2400, Math.max(600, Math.round(bounds.width + 120)));
    const height = Math.max(
      300,
      Math.round((bounds.height + 120) * (width / (bounds.width + 120))),
    );
    const fit = getViewportForBounds(bounds, width, height, 0.1, 2, 0.05);
    await saveElementImage(
      viewport,
      format,
      `${planName} – ${t('funnel.image.mapFile')}.${format}`,
      {
        width,
        height,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
        },
      },
    );
  };
  return (
    <Panel position="top-right">
      <Buttons what={t('funnel.image.map')} save={save} />
    </Panel>
  );
}

/** The funnel chart as a vector SVG or a PNG drawn from it. */
export function ChartImageButtons({ chart }: { chart: () => SVGSVGElement | null }) {
  const { t } = useTranslation();
  const planName = useAppStore((s) => s.current?.doc.name ?? 'plan');
  const save = async (format: Format) => {
    const svg = chart();
    if (!svg) return;
    const text = standaloneSvg(svg);
    const name = `${planName} – ${t('funnel.image.chartFile')}.${format}`;
    if (format === 'svg') {
      saveBlob(name, new Blob([text], { type: 'image/svg+xml' }));
      return;
    }
    const box = svg.getBoundingClientRect();
    saveBlob(name, await pngFromSvg(text, Math.round(box.width), Math.round(box.height)));
  };
  return <Buttons what={t('funnel.image.chart')} save={save} />;
}
