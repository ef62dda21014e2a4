import { describe, expect, it } from 'vitest';
import { suggestOutcome } from '../../../../shared/actuals/feedback-values';

describe('what a lead status is guessed to mean', () => {
  it('reads the lead statuses HubSpot and Salesforce ship with, and Spanish ones', () => {
    const guesses = Object.fromEntries(
      [
        'New',
        'Open Deal',
        'Attempted to Contact',
        'Connected',
        'Unqualified',
        'Bad Timing',
        'Open - Not Contacted',
        'Working - Contacted',
        'Closed - Converted',
        'Closed - Not Converted',
        'Rechazado - sin presupuesto',
        'Aceptado',
        'No encaja en el perfil',
        'Ya tiene proveedor',
      ].map((value) => [value, suggestOutcome(value)]),
    );
    expect(guesses).toEqual({
      New: null,
      'Open Deal': 'accepted',
      'Attempted to Contact': null,
      Connected: 'accepted',
      Unqualified: 'notIcp',
      'Bad Timing': 'noTimeline',
      'Open - Not Contacted': null,
      'Working - Contacted': null,
      'Closed - Converted': 'accepted',
      'Closed - Not Converted': 'notIcp',
      'Rechazado - sin presupuesto': 'noBudget',
      Aceptado: 'accepted',
      'No encaja en el perfil': 'notIcp',
      'Ya tiene proveedor': 'alreadySolved',
    });
  });
});
