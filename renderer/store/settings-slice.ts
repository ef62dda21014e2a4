import type { Settings } from '../../shared/api/contract';
import { systemLanguage } from '../app/system-language';
import type { SliceCreator } from './app-store';

export interface SettingsSlice {
  settings: Settings;
  loadSettings: () => Promise<Settings>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Keeps a logo in the library (checked there by content); its id for the settings. */
  addImage: (base64: string) => Promise<{ id: string }>;
  getImage: (id: string) => Promise<{ type: string; base64: string }>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, _get, api) => ({
  settings: { language: 'en', paperSize: 'A4', brand: { name: '', accent: null, logoId: null } },
  loadSettings: async () => {
    const settings = await api('settings.get', { systemLanguage: systemLanguage() });
    set({ settings });
    return settings;
  },
  updateSettings: async (patch) => {
    set((state) => ({ settings: { ...state.settings, ...patch } }));
    set({ settings: await api('settings.set', patch) });
  },
  addImage: (base64) => api('images.add', { base64 }),
  getImage: (id) => api('images.get', { id }),
});
