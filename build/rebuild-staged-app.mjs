// electron-builder's `beforePack` hook for `npm run dist`: rebuilds the staged app's native
// modules (better-sqlite3) for Electron's ABI, for each platform and architecture packed.
// electron-builder's own rebuild (npmRebuild, off in the configuration) runs
// @electron/rebuild with the project folder as projectRootPath, and @electron/rebuild then
// searches every node_modules from the app folder up to the project's: from release/app it
// reaches the working tree's better-sqlite3 and rebuilds it for Electron, leaving tests and
// the browser shell unable to load it. Here the staged folder is its own root.
import { Arch } from 'electron-builder';

/** The options for @electron/rebuild, from what electron-builder passes a beforePack hook. */
export function stagedRebuildOptions({ appDir, electronVersion, platform, arch }) {
  return {
    buildPath: appDir,
    projectRootPath: appDir,
    electronVersion,
    platform,
    arch,
    mode: 'sequential',
    // A prebuilt binary for this Electron when one is published, else a build from source.
    buildFromSource: false,
    // Each architecture of a build (x64 then arm64, say) gets its own binary.
    force: true,
  };
}

export default async function rebuildStagedApp(context) {
  const { rebuild } = await import('@electron/rebuild');
  // npm's `nodedir` (set on machines that build addons against a local Node's headers) would
  // make node-gyp compile against Node's headers under Electron's ABI number: a binary that
  // loads and then crashes. Building for Electron takes Electron's headers.
  delete process.env.npm_config_nodedir;
  await rebuild(
    stagedRebuildOptions({
      appDir: context.packager.info.appDir,
      electronVersion: context.packager.info.framework.version,
      platform: context.electronPlatformName,
      arch: Arch[context.arch],
    }),
  );
}
