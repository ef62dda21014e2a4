import { withEarlyCalls, type EarlyCall } from '../../shared/api/client';
import { createShellApi, desktopBridgeMissing } from './transport';

// Evaluated before the rest of the app (main.tsx imports it first): the first screen's data
// is asked for at once and travels while React and the screens are still being evaluated.
const libraryReads: EarlyCall[] = [
  ['library.status', {}],
  ['plans.list', {}],
  ['plans.list', { trash: true }],
];
const onLibrary = window.location.hash === '' || window.location.hash === '#/';

/** The shell's API, with the first screen's reads already on their way. */
export const api = desktopBridgeMissing()
  ? createShellApi()
  : withEarlyCalls(createShellApi(), [['settings.get', {}], ...(onLibrary ? libraryReads : [])]);
