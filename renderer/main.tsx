// The order matters: early-api's reads go out before the app's modules are evaluated.
import { api } from './app/early-api';
import { showBridgeMissing } from './app/fatal-notice';
import { startApp } from './app/start';
import { desktopBridgeMissing } from './app/transport';

if (desktopBridgeMissing()) showBridgeMissing(document, navigator.language);
else void startApp(api);
