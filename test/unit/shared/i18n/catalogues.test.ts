import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../../../shared/domain/refusals';
import { messages } from '../../../../shared/i18n';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('message catalogues', () => {
  it('have the same keys in English and Spanish', () => {
    expect(leafKeys(messages.es).sort()).toEqual(leafKeys(messages.en).sort());
  });

  it('use the same placeholders in both languages, and no empty string', () => {
    const lookup = (lang: 'en' | 'es', key: string) =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part],
          messages[lang],
        ) as string;
    for (const key of leafKeys(messages.en)) {
      expect(placeholders(lookup('es', key)), key).toEqual(placeholders(lookup('en', key)));
      expect(lookup('es', key).trim(), key).not.toBe('');
    }
  });

  it('say every refusal the plan, the library or a shell can give, in both languages', () => {
    const sentences = new Set(leafKeys(messages.en));
    const spanish = new Set(leafKeys(messages.es));
    for (const code of REFUSAL_CODES) {
      expect(sentences.has(`refusals.${code}`), code).toBe(true);
      expect(spanish.has(`refusals.${code}`), code).toBe(true);
    }
  });
});
