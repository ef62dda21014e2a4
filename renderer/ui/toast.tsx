import { useEffect, useState, type ComponentProps } from 'react';
import type * as SonnerModule from 'sonner';
import { whenIdle } from './when-idle';

/**
 * Notifications, with sonner loaded after the first screen rather than before it: its
 * 43 KB of script, and the styles it writes into the page when it loads (14 ms in a CPU
 * profile), were read before the library showed, for something no first screen shows. A
 * notification asked for earlier loads it then; sonner shows the toasts made before its
 * Toaster was drawn once it is.
 */
type Sonner = typeof SonnerModule;
type Message = Parameters<Sonner['toast']>[0];
type Options = Parameters<Sonner['toast']>[1];

let sonner: Promise<Sonner> | null = null;
const waitingForSonner: Array<(module: Sonner) => void> = [];

function loadSonner(): Promise<Sonner> {
  if (!sonner) {
    sonner = import('sonner');
    sonner.then(
      (module) => waitingForSonner.splice(0).forEach((then) => then(module)),
      // The app was updated under this window (the chunk it names is gone): tried again at
      // the next notification.
      () => (sonner = null),
    );
  }
  return sonner;
}

function show(kind: 'message' | 'success' | 'error' | 'info', message: Message, options?: Options) {
  loadSonner().then(
    ({ toast }) => (kind === 'message' ? toast(message, options) : toast[kind](message, options)),
    // Its chunk is gone (the app updated under this window): the screen's own words stay,
    // and the next notification tries again.
    () => undefined,
  );
}

/** What happened, said briefly at the bottom of the window: sonner's toast, as its callers use it. */
export const toast = Object.assign(
  (message: Message, options?: Options) => show('message', message, options),
  {
    success: (message: Message, options?: Options) => show('success', message, options),
    error: (message: Message, options?: Options) => show('error', message, options),
    info: (message: Message, options?: Options) => show('info', message, options),
  },
);

type ToasterProps = ComponentProps<Sonner['Toaster']>;

/** sonner's Toaster, drawn once the page is first idle or a notification is asked for. */
export function Toaster(props: ToasterProps) {
  const [module, setModule] = useState<Sonner | null>(null);
  useEffect(() => {
    let gone = false;
    waitingForSonner.push((loaded) => {
      if (!gone) setModule(loaded);
    });
    const cancelLoad = whenIdle(() => void loadSonner().catch(() => undefined));
    return () => {
      gone = true;
      cancelLoad();
    };
  }, []);
  return module ? <module.Toaster {...props} /> : null;
}
