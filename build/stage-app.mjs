// `npm run dist` packs the app from a staging folder, release/app, with a package.json and
// node_modules of its own (electron-builder's two-package.json layout). electron-builder
// rebuilds native modules for Electron's ABI where it packs (`npmRebuild`, which runs
// @electron/rebuild in the app folder): packing from the project folder itself rebuilt the
// working tree's better-sqlite3 for Electron and left tests and the browser shell unable to
// load it. @electron/rebuild looks for modules from the app folder upwards only while a
// folder has a package.json, and release/ has none, so from release/app it never reaches
// the working tree.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));

/** What the packaged app runs: the Electron bundles and the renderer, without source maps. */
const APP_FILES = ['dist/electron', 'dist/renderer', 'dist/room'];

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every package the runtime dependencies need, each with the folder it is installed in. */
export function runtimeClosure(root, names) {
  const found = new Map();
  const visit = (name, fromDir) => {
    const manifestPath = createRequire(join(fromDir, 'package.json')).resolve(
      `${name}/package.json`,
    );
    const manifest = readJson(manifestPath);
    const seen = found.get(name);
    if (seen) {
      if (seen.version !== manifest.version) {
        throw new Error(
          `${name} is needed at ${seen.version} and ${manifest.version}; stage-app.mjs stages one version of each package`,
        );
      }
      return;
    }
    const dir = dirname(manifestPath);
    found.set(name, { name, version: manifest.version, dir });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of names) visit(name, root);
  return [...found.values()];
}

/**
 * Writes the staging folder: the app's files, a package.json whose dependencies are the
 * project's runtime dependencies at their installed versions, and a copy of each of them
 * and what they need. A native module is copied without its `build/`: the Node build is
 * never shipped, and the rebuild for Electron starts clean in the copy.
 */
export function stageApp({ root = here, stage = join(root, 'release/app') } = {}) {
  const project = readJson(join(root, 'package.json'));
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const folder of APP_FILES) {
    if (!existsSync(join(root, folder))) {
      throw new Error(`${folder} is missing: run npm run build first`);
    }
    cpSync(join(root, folder), join(stage, folder), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  }
  const packages = runtimeClosure(root, Object.keys(project.dependencies ?? {}));
  for (const { name, dir } of packages) {
    const native = existsSync(join(dir, 'binding.gyp'));
    cpSync(dir, join(stage, 'node_modules', name), {
      recursive: true,
      filter: (source) => {
        const inside = relative(dir, source).split(sep);
        if (inside[0] === 'node_modules') return false;
        return !(native && inside[0] === 'build');
      },
    });
  }
  const manifest = {
    name: project.name,
    productName: project.productName,
    version: project.version,
    description: project.description,
    author: project.author,
    homepage: project.homepage,
    license: project.license,
    private: true,
    main: project.main,
    dependencies: Object.fromEntries(
      Object.keys(project.dependencies ?? {}).map((name) => [
        name,
        packages.find((found) => found.name === name).version,
      ]),
    ),
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { stage, manifest, packages: packages.map(({ name, version }) => ({ name, version })) };
}

/** electron 45's tools that `npm run dist` runs (@electron/get 5, @electron/rebuild 4) declare Node 22.12. */
function refuseOldNode() {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  process.stderr.write(
    `npm run dist needs Node.js 22.12 or newer for Electron's packaging tools (this is ${process.version}). The app itself, its tests and the browser shell run on Node 20.19 and newer.\n`,
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  refuseOldNode();
  const { stage, packages } = stageApp();
  process.stdout.write(
    `Staged the app in ${relative(here, stage)} with ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}\n`,
  );
}
