/**
 * What a window says when it cannot reach its library, and the desktop shell's own notices.
 * Its own module: the page's fatal notice carries these few words in both languages
 * without either whole catalogue.
 */
export const desktop = {
  shellRestartedTitle: 'Smarketing Planner was restarted',
  shellRestarted:
    'This tab belongs to the previous run, so it can no longer save anything. Your plans are safe in the library. Open the new address, printed where Smarketing Planner was started (the line that begins “Smarketing Planner is running at”), or the window it opened.',
  bridgeMissingTitle: 'Smarketing Planner cannot reach its library',
  bridgeMissing:
    'The part of the app that connects this window to your plans did not load. Your plans are safe. Quit Smarketing Planner and open it again; if this keeps happening, reinstall it.',
  windowReloaded: 'The window stopped unexpectedly ({{reason}}) and has been reloaded.',
  windowReloadedDetail:
    'Everything saved is in the library. Anything being typed at that moment may need typing again.',
  nativeBuildStale:
    'The database engine (better-sqlite3) is not built for this version of Electron. Run “npm run rebuild:electron” in the project folder, then start the app again.',
  nativeBuildBroken:
    'The database engine could not be loaded ({{reason}}). Reinstall Smarketing Planner.',
};
