// electron-builder hooks (named in electron-builder.yml). electron-builder rebuilds native modules for Electron in
// place, inside node_modules; left that way, `npm test` and `npm run serve` (plain Node) could no longer load
// better-sqlite3 after `npm run dist`. So the Node build is kept aside and put back when electron-builder exits.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gypEnv } from './electron-native.mjs';

let kept = null;

function releaseDir(appDir) {
  return path.join(appDir, 'node_modules', 'better-sqlite3', 'build', 'Release');
}

/** Puts the Node build of better-sqlite3 back and forgets electron-builder's marker, so the next dist rebuilds. */
export function restoreNodeBuild() {
  if (!kept) return;
  const { release, copy, dir } = kept;
  kept = null;
  copyFileSync(copy, path.join(release, 'better_sqlite3.node'));
  rmSync(path.join(release, '.forge-meta'), { force: true });
  rmSync(dir, { recursive: true, force: true });
}

/** Runs before electron-builder rebuilds native modules; returning true lets it go on with the rebuild. */
export function beforeBuild({ appDir }) {
  // The rebuild runs in a child that inherits this environment; a ~/.npmrc `nodedir` (exported by npm as
  // npm_config_nodedir) would make it build for Node's ABI instead of Electron's.
  const clean = gypEnv(process.env);
  for (const key of Object.keys(process.env)) if (!(key in clean)) delete process.env[key];

  const release = releaseDir(appDir);
  const binary = path.join(release, 'better_sqlite3.node');
  // Keep only the first one: a second architecture in the same run would otherwise save an Electron build.
  if (!kept && existsSync(binary) && !existsSync(path.join(release, '.forge-meta'))) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-node-sqlite-'));
    const copy = path.join(dir, 'better_sqlite3.node');
    copyFileSync(binary, copy);
    kept = { release, copy, dir };
    process.once('exit', restoreNodeBuild);
  }
  return true;
}
