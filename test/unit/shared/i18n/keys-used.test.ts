import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../../shared/i18n';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = messages.en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    // A plural's forms are stored under the key with a suffix (errors_one, errors_other).
    if (!(part in record)) return `${part}_other` in record;
    node = record[part];
  }
  return true;
}

describe('the words the screens ask for', () => {
  it('are all in the catalogue: a key missing shows the user the key itself', () => {
    const missing: string[] = [];
    for (const file of [
      ...sourceFiles(join(root, 'renderer')),
      ...sourceFiles(join(root, 'shared')),
    ]) {
      const text = readFileSync(file, 'utf8');
      // Keys written out whole: t('raci.roles'), i18n.t("app.title"). Keys built from a
      // value (t(`raci.phases.${phase}`)) are checked by the catalogues' own tests.
      for (const match of text.matchAll(/\bt\(\s*['"]([A-Za-z][\w-]*(?:\.[\w-]+)*)['"]/g)) {
        const key = match[1] ?? '';
        if (!has(key)) missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
