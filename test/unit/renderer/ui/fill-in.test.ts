import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fillIn } from '../../../../renderer/ui/fill-in';

async function translator(resources: Record<string, string>) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'es',
    resources: { es: { translation: resources } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('a translation filled in for many items', () => {
  it('reads as i18next would fill it, whatever the order the language puts the values in', async () => {
    const t = await translator({
      title: '{{from}} → {{to}}',
      reordered: 'de {{to}}, viniendo de {{from}} ({{to}})',
    });
    const title = fillIn(t, 'title', ['from', 'to']);
    const reordered = fillIn(t, 'reordered', ['from', 'to']);
    for (const [from, to] of [
      ['MQL', 'SQL'],
      ['Oportunidad (fase 2)', 'Cliente | cerrado'],
      ['{{to}}', '$1 \\ .*'],
      ['', 'Ñandú'],
    ] as const) {
      expect(title({ from, to })).toBe(t('title', { from, to }));
      expect(reordered({ from, to })).toBe(t('reordered', { from, to }));
    }
  });
});
