// Builds better-sqlite3 for the installed Electron's ABI into build/native/, apart from the Node build in
// node_modules/better-sqlite3/build that the tests, the web host and the demo load. `npm start` runs it first;
// main.ts hands the result to better-sqlite3 as `nativeBinding`. Packaged apps use electron-builder's own rebuild.
// Plain .mjs because it runs before anything is compiled; electron-native.d.mts types it for the tests.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HEADERS_URL = 'https://electronjs.org/headers';

/** Same cache as electron-builder's rebuild, so the headers are downloaded once per Electron version. */
export const ELECTRON_GYP_DIR = path.join(os.homedir(), '.electron-gyp');

/** The installed Electron version, read from its package.json: requiring 'electron' would try to download it. */
export function installedElectronVersion(projectRoot) {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

/** Must match devNativeBindingPath in electron/desktop/paths.ts (a unit test compares them). */
export function nativeBindingPath(projectRoot, electronVersion, platform = process.platform, arch = process.arch) {
  return path.join(projectRoot, 'build', 'native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

// npm exports ~/.npmrc settings to scripts as npm_config_*. A `nodedir` there makes node-gyp use Node's headers
// and the module is silently built for Node's ABI; the other keys would fight the explicit flags below.
const overriddenGypSettings = /^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|arch|target_arch)$/i;

/** The environment for node-gyp: the caller's, minus the settings that would retarget the build. */
export function gypEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !overriddenGypSettings.test(key)));
}

export function gypArgs(command, electronVersion, arch = process.arch) {
  return [
    command,
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${HEADERS_URL}`,
    `--devdir=${ELECTRON_GYP_DIR}`,
    `--arch=${arch}`,
    ...(command === 'rebuild' ? ['--release'] : []),
  ];
}

function spawnNodeGyp(nodeGyp, args, cwd, env) {
  const result = spawnSync(process.execPath, [nodeGyp, ...args], { cwd, env, stdio: 'inherit' });
  return result.status ?? 1;
}

/**
 * Ensures the Electron-ABI better-sqlite3 exists and returns its path. It never writes inside node_modules: the
 * package is copied to a temporary folder and built there. `run(args, cwd, env)` runs node-gyp and returns its exit
 * code; tests pass a recording one.
 */
export function ensureElectronNative({ projectRoot, env = process.env, log = console.log, run } = {}) {
  const electronVersion = installedElectronVersion(projectRoot);
  const target = nativeBindingPath(projectRoot, electronVersion);
  if (existsSync(target)) {
    log(`better-sqlite3 for Electron ${electronVersion} is ready: ${path.relative(projectRoot, target)}`);
    return target;
  }
  const nodeGyp = path.join(projectRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const runGyp = run ?? ((args, cwd, childEnv) => spawnNodeGyp(nodeGyp, args, cwd, childEnv));
  const childEnv = gypEnv(env);

  log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch}), about a minute…`);
  if (runGyp(gypArgs('install', electronVersion), projectRoot, childEnv) !== 0) {
    throw new Error(
      `Could not download the Electron ${electronVersion} headers from ${HEADERS_URL}. Building better-sqlite3 for ` +
        'Electron needs internet access to electronjs.org (or a proxy node-gyp can use); without it the desktop ' +
        'app cannot start on this machine. `npm run serve` opens the same app in a browser, and `npm test` does ' +
        'not need Electron.',
    );
  }

  // The real folder: with pnpm or workspaces node_modules/better-sqlite3 is a symlink, and copying the link would
  // make node-gyp rebuild (and first wipe) the Node build itself.
  const source = realpathSync(path.join(projectRoot, 'node_modules', 'better-sqlite3'));
  const sourceBuild = path.join(source, 'build');
  const work = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-electron-native-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    // Leave the Node build behind: node-gyp would otherwise reuse its objects.
    cpSync(source, copy, {
      recursive: true,
      dereference: true,
      filter: (file) => file !== sourceBuild && !file.startsWith(sourceBuild + path.sep),
    });
    if (lstatSync(copy).isSymbolicLink() || realpathSync(copy) === source) {
      throw new Error(`Refusing to build in ${source}: the copy in ${copy} is not a separate folder.`);
    }
    if (runGyp(gypArgs('rebuild', electronVersion), copy, childEnv) !== 0) {
      throw new Error(`node-gyp could not build better-sqlite3 for Electron ${electronVersion}; see the output above.`);
    }
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`node-gyp finished but produced no ${built}`);
    mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written module that later runs would trust.
    copyFileSync(built, `${target}.partial`);
    renameSync(`${target}.partial`, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`better-sqlite3 for Electron ${electronVersion} built: ${path.relative(projectRoot, target)}`);
  return target;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureElectronNative({ projectRoot: fileURLToPath(new URL('../..', import.meta.url)) });
  } catch (err) {
    console.error(`\nelectron-native: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
