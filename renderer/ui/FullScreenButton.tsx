import { Panel, useReactFlow, type FitViewOptions, type PanelPosition } from '@xyflow/react';
import { Maximize2, Minimize2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A diagram alone on the whole screen, for the projector: at 1280×720 the map or the
 * swimlane then fills the width and reads from the back of the room. Escape (the
 * browser's own key for leaving full screen) or the same button brings the workspace back.
 * Placed inside a React Flow diagram, it takes the diagram's box marked `data-full-screen`.
 */
export function FullScreenButton({
  fit,
  position = 'top-left',
}: {
  fit: FitViewOptions;
  /** Where it sits clear of the diagram's own labels. */
  position?: PanelPosition;
}) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const button = useRef<HTMLButtonElement>(null);
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const onChange = () => {
      const mine = document.fullscreenElement?.contains(button.current) ?? false;
      setFullScreen(mine);
      // The diagram's box just changed size: fit it to the new box once that is laid out.
      requestAnimationFrame(() => void flow.fitView(fit));
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [flow, fit]);

  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void button.current?.closest('[data-full-screen]')?.requestFullscreen();
  };

  return (
    <Panel position={position}>
      <button ref={button} type="button" className="btn btn-small" onClick={toggle}>
        {fullScreen ? <Minimize2 aria-hidden size={16} /> : <Maximize2 aria-hidden size={16} />}
        {fullScreen ? t('common.exitFullScreen') : t('common.fullScreen')}
      </button>
    </Panel>
  );
}
