// @vitest-environment happy-dom
import i18next from 'i18next';
import { toast } from 'sonner';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../../../../renderer/app/i18n';

// The app updated under an open window: the Spanish catalogue's chunk is no longer there.
vi.mock('../../../../shared/i18n/es', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('an interface language whose words cannot be loaded', () => {
  it('keeps the language it has and says why the choice did not take', async () => {
    await initI18n('en');
    await changeLanguage('es');
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // The notification loads its library when first needed: it shows a moment later.
    const said = () => toast.getHistory().map((shown) => ('title' in shown ? shown.title : null));
    await vi.waitFor(() =>
      expect(said()).toContain(
        'The app was updated or restarted while this window was open. Reload it: your plans are saved.',
      ),
    );
  });
});
