import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's own control labels and keyboard help, in the interface language. */
export function useFlowLabels(fitViewLabel?: string): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('funnel.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('funnel.a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({
        direction,
        x,
        y,
      }: {
        direction: string;
        x: number;
        y: number;
      }) => t('funnel.a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('funnel.a11y.edge'),
      'controls.ariaLabel': t('funnel.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('funnel.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('funnel.a11y.zoomOut'),
      'controls.fitView.ariaLabel': fitViewLabel ?? t('funnel.a11y.fitView'),
      'controls.interactive.ariaLabel': t('funnel.a11y.interactive'),
      'minimap.ariaLabel': t('funnel.minimap'),
      'handle.ariaLabel': t('funnel.a11y.handle'),
    }),
    [t, fitViewLabel],
  );
}
