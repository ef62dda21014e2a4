import { describe, expect, it } from 'vitest';
import { createCrashRecovery } from '../../../../electron/main/crash-recovery';
import { FakeBrowserWindow, fakeDialog } from '../../../helpers/electron-mock';

function recovery(language: 'en' | 'es' = 'en') {
  let time = 0;
  const logged: string[] = [];
  const recover = createCrashRecovery({
    language: () => language,
    dialog: fakeDialog,
    log: (line) => logged.push(line),
    now: () => time,
  });
  return { recover, logged, advance: (ms: number) => (time += ms) };
}

describe('a window whose renderer died', () => {
  it('is reloaded, and the user is told why in their language', () => {
    const { recover, logged } = recovery('es');
    const window = new FakeBrowserWindow({});
    expect(recover(window, { reason: 'crashed', exitCode: 139 })).toBe(true);
    expect(window.reloadCalls).toBe(1);
    const shown = fakeDialog.messages.at(-1)!;
    expect(shown.window).toBe(window);
    expect(shown.options.message).toBe(
      'La ventana se cerró de forma inesperada (crashed) y se ha vuelto a cargar.',
    );
    expect(logged[0]).toMatch(/crashed, exit code 139/);
    window.destroy();
  });

  it('is left alone after a clean exit or once destroyed', () => {
    const { recover } = recovery();
    const window = new FakeBrowserWindow({});
    expect(recover(window, { reason: 'clean-exit', exitCode: 0 })).toBe(false);
    window.destroy();
    expect(recover(window, { reason: 'crashed', exitCode: 1 })).toBe(false);
    expect(window.reloadCalls).toBe(0);
  });

  it('is not reloaded in a loop: three times a minute at most', () => {
    const { recover, advance } = recovery();
    const window = new FakeBrowserWindow({});
    const answers = [1, 2, 3, 4].map(() => recover(window, { reason: 'oom', exitCode: 9 }));
    expect(answers).toEqual([true, true, true, false]);
    advance(61_000);
    expect(recover(window, { reason: 'oom', exitCode: 9 })).toBe(true);
    expect(window.reloadCalls).toBe(4);
    window.destroy();
  });
});
