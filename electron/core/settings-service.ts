import { SettingsSchema, type Settings } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/plan-doc';
import type { Db } from './db';

const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  paperSize: 'A4',
  brand: { name: '', accent: null, logoId: null },
};

/** App-wide preferences, one row per key so a new key never rewrites the others. */
export class SettingsService {
  constructor(private readonly db: Db) {}

  /**
   * The stored preferences over the defaults. Until a language is chosen, the interface
   * speaks `systemLanguage` (the asking window's system's) where it is given: a Spanish
   * consultant's first start is in Spanish.
   */
  get(systemLanguage?: Language): Settings {
    const rows = this.db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
      .all();
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    // A value a later build wrote and this one does not know falls back to the default.
    const merged = { ...DEFAULT_SETTINGS, language: systemLanguage ?? DEFAULT_SETTINGS.language };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const candidate = SettingsSchema.shape[key].safeParse(stored[key]);
      if (candidate.success) Object.assign(merged, { [key]: candidate.data });
    }
    return merged;
  }

  set(patch: { [K in keyof Settings]?: Settings[K] | undefined }): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    return this.get();
  }
}
