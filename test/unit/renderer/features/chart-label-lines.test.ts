import { describe, expect, it } from 'vitest';
import { chartLabelLines } from '../../../../renderer/features/funnel/chart-label-lines';

describe('a stage name in the funnel chart', () => {
  it('stays on one line when it fits', () => {
    expect(chartLabelLines('MQL', 15, 2)).toEqual(['MQL']);
    expect(chartLabelLines('Oportunidad', 15, 2)).toEqual(['Oportunidad']);
  });

  it('breaks between words into lines that fit', () => {
    expect(chartLabelLines('Contacto entrante', 15, 2)).toEqual(['Contacto', 'entrante']);
    expect(chartLabelLines('Reciclado / nutrición', 15, 2)).toEqual(['Reciclado /', 'nutrición']);
  });

  it('carries a word longer than a line over, and ends what does not fit with an ellipsis', () => {
    expect(chartLabelLines('Precualificación', 15, 2)).toEqual(['Precualificaci-', 'ón']);
    const lines = chartLabelLines('Lead cualificado por marketing y aceptado por ventas', 15, 2);
    expect(lines).toEqual(['Lead', 'cualificado po…']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(15);
  });
});
