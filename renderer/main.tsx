import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { createShellApi } from './app/transport';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import './ui/theme.css';

async function start() {
  const store = createAppStore(createShellApi());
  const settings = await store
    .getState()
    .loadSettings()
    .catch(() => store.getState().settings);
  initI18n(settings.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void start();
