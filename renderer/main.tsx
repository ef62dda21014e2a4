// The order matters: early-api's reads go out before the app's modules are evaluated.
import { api } from './app/early-api';
import { startApp } from './app/start';

void startApp(api);
