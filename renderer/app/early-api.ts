import { withEarlyCalls, type EarlyCall } from '../../shared/api/client';
import { languageHint, loadCatalogue } from './i18n';
import { systemLanguage } from './system-language';
import { createShellApi, desktopBridgeMissing } from './transport';
import { windowOrigin } from './window-origin';

// Evaluated before the rest of the app (main.tsx imports it first): the first screen's data
// is asked for at once and travels while React and the screens are still being evaluated.
const libraryReads: EarlyCall[] = [
  ['library.status', {}],
  ['plans.list', {}],
  ['plans.list', { trash: true }],
];
const onLibrary = window.location.hash === '' || window.location.hash === '#/';
// A plan opened from its address (a reload, a second window, the PDF's printer): the plan
// itself, asked for as the workspace will ask (the router's pattern).
const planId = /^#\/plans\/([^/?#]+)/.exec(window.location.hash)?.[1];
const onReport = /^#\/plans\/[^/]+\/report\//.test(window.location.hash);
const planReads: EarlyCall[] = planId
  ? [
      ['plans.get', { id: decodeURIComponent(planId), origin: windowOrigin() }],
      // The report (and the printer that prints it) says whether the plan is agreed.
      ...(onReport ? [['snapshots.list', { id: decodeURIComponent(planId) }] as EarlyCall] : []),
    ]
  : [];

// The first screen's words too, in the language the interface most likely has.
loadCatalogue(languageHint()).catch(() => undefined);

/** The shell's API, with the first screen's reads already on their way. */
export const api = desktopBridgeMissing()
  ? createShellApi()
  : withEarlyCalls(createShellApi(), [
      ['settings.get', { systemLanguage: systemLanguage() }],
      ...(onLibrary ? libraryReads : []),
      ...planReads,
    ]);
