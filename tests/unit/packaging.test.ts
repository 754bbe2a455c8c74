import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beforeBuild, restoreNodeBuild } from '../../build/scripts/electron-builder-hooks.mjs';
import {
  ensureElectronNative,
  gypArgs,
  gypEnv,
  HEADERS_URL,
  nativeBindingPath,
} from '../../build/scripts/electron-native.mjs';
import { devNativeBindingPath } from '../../electron/desktop/paths';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

/**
 * A real package cannot be made here (the Electron zip cannot be downloaded), but `electron-builder --dir` with no
 * native rebuild and a stand-in Electron folder runs the whole file selection and writes the real app.asar. An
 * installed app that lacks its migrations cannot create a register, so this is what the test guards.
 */
describe('the packaged app (electron-builder --dir)', () => {
  let work = '';
  let asar = '';
  let entries = new Set<string>();
  const read = (file: string) => extractFile(asar, file).toString('utf8');

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-packaging-'));
    const built = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'];
    if (!built.every((f) => existsSync(path.join(root, f)))) {
      // `npm test` runs the unit tests before `npm run build`; this is the same build.
      execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
        cwd: root,
        stdio: 'pipe',
      });
    }
    // electron-builder copies this folder as the Electron runtime and renames its `electron` executable to the
    // app's name; a 0-byte stand-in is enough for that, and nothing else here needs the real binary.
    const electronDist = path.join(work, 'electron-dist');
    mkdirSync(electronDist);
    writeFileSync(path.join(electronDist, 'electron'), '');
    const output = path.join(work, 'dist');
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-builder/cli.js'),
        '--dir',
        '--linux',
        '--x64',
        `--projectDir=${root}`,
        '-c.npmRebuild=false',
        `-c.electronDist=${electronDist}`,
        `-c.electronVersion=${pkg.devDependencies.electron}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: root, stdio: 'pipe' },
    );
    asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
    entries = new Set(listPackage(asar, { isPack: false }).map((e) => e.split(path.sep).join('/')));
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the renderer and every script and stylesheet its index.html loads', () => {
    expect(entries.has('/out/renderer/index.html')).toBe(true);
    const html = read('out/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(entries, asset).toContain(`/out/renderer/${asset}`);
  });

  it('holds the back end that package.json starts, with every package it imports', () => {
    const packaged = JSON.parse(read('package.json')) as { main: string; type?: string };
    expect(packaged.main).toBe(pkg.main);
    expect(packaged.main).toBe('out/main/main.js');
    expect(entries.has('/out/main/main.js')).toBe(true);
    expect(entries.has('/out/preload/preload.cjs')).toBe(true);
    // main.js is an ES module whose packages stay external; each must be shipped or the app dies at start.
    const imported = new Set(
      [...read('out/main/main.js').matchAll(/^import .* from "([^"]+)";$/gm)]
        .map((m) => m[1] ?? '')
        .filter((s) => !s.startsWith('node:') && s !== 'electron' && !s.startsWith('.'))
        .map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')),
    );
    expect(imported).toContain('better-sqlite3');
    for (const name of imported) expect(entries, name).toContain(`/node_modules/${name}/package.json`);
  });

  it('holds every committed migration, byte for byte, so an installed app can create and upgrade its register', () => {
    const migrations = filesUnder(path.join(root, 'db/migrations'));
    expect(migrations).toContain('0000_init.sql');
    expect(migrations).toContain(path.join('meta', '_journal.json'));
    for (const file of migrations) {
      const inside = `db/migrations/${file.split(path.sep).join('/')}`;
      expect(read(inside), inside).toBe(readFileSync(path.join(root, 'db/migrations', file), 'utf8'));
    }
  });

  it('keeps better-sqlite3 outside the archive, where Electron can load it', () => {
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(entries.has(`/${binary}`)).toBe(true);
    expect(statFile(asar, binary)).toMatchObject({ unpacked: true });
    expect(existsSync(path.join(`${asar}.unpacked`, binary))).toBe(true);
  });

  it('leaves sources, tests, source maps and native build leftovers out', () => {
    const stray = [...entries].filter(
      (e) =>
        /^\/(electron|renderer|shared|tests|build|docs|db\/schema|db\/demo)\//.test(e) ||
        e.endsWith('.map') ||
        /\/better-sqlite3\/(deps|src)\//.test(e) ||
        /\/better-sqlite3\/build\/Release\/(obj|obj\.target)\//.test(e),
    );
    expect(stray).toEqual([]);
  });
});

/**
 * `npm start` builds better-sqlite3 for Electron into build/native/ with node-gyp. The download of Electron's
 * headers cannot happen here, so node-gyp is replaced by a recording stand-in; everything around it is real.
 */
describe('the Electron-ABI build of better-sqlite3 (build/scripts/electron-native.mjs)', () => {
  let project = '';
  const nodeBuild = () => path.join(project, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  /** A project whose better-sqlite3 is a link to the real folder, as pnpm and workspaces lay it out. */
  function fakeProject(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-native-'));
    mkdirSync(path.join(dir, 'node_modules/electron'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.4.1' }));
    const real = path.join(dir, 'store/better-sqlite3');
    mkdirSync(path.join(real, 'build/Release'), { recursive: true });
    writeFileSync(path.join(real, 'binding.gyp'), '{}');
    writeFileSync(path.join(real, 'package.json'), '{}');
    writeFileSync(path.join(real, 'build/Release/better_sqlite3.node'), 'node abi');
    symlinkSync(real, path.join(dir, 'node_modules/better-sqlite3'), 'junction');
    return dir;
  }

  beforeAll(() => {
    project = fakeProject();
  });
  afterEach(() => rmSync(path.join(project, 'build'), { recursive: true, force: true }));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('puts the module where main.ts looks for it', () => {
    for (const [platform, arch] of [['linux', 'x64'], ['win32', 'x64'], ['darwin', 'arm64']] as const) {
      expect(nativeBindingPath(root, '45.4.1', platform, arch)).toBe(devNativeBindingPath(root, '45.4.1', platform, arch));
    }
    expect(nativeBindingPath(root, '45.4.1', 'linux', 'x64')).toBe(
      path.join(root, 'build/native/electron-45.4.1-linux-x64/better_sqlite3.node'),
    );
  });

  it('drops a ~/.npmrc nodedir that npm exports, which would build for Node instead of Electron', () => {
    const env = gypEnv({ PATH: '/usr/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
    expect(gypArgs('rebuild', '45.4.1', 'x64')).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.4.1', `--dist-url=${HEADERS_URL}`, '--release']),
    );
  });

  it('builds in a copy of the package, never in node_modules, and keeps the result apart', () => {
    const calls: { args: string[]; cwd: string; env: NodeJS.ProcessEnv }[] = [];
    const target = ensureElectronNative({
      projectRoot: project,
      env: { PATH: process.env.PATH, npm_config_nodedir: '/usr' },
      log: () => {},
      run: (args, cwd, env) => {
        calls.push({ args, cwd, env });
        if (args[0] === 'rebuild') {
          // The copy must not carry the Node build along, or node-gyp would reuse its objects.
          expect(existsSync(path.join(cwd, 'build'))).toBe(false);
          expect(existsSync(path.join(cwd, 'binding.gyp'))).toBe(true);
          mkdirSync(path.join(cwd, 'build/Release'), { recursive: true });
          writeFileSync(path.join(cwd, 'build/Release/better_sqlite3.node'), 'electron abi');
        }
        return 0;
      },
    });
    expect(target).toBe(nativeBindingPath(project, '45.4.1'));
    expect(readFileSync(target, 'utf8')).toBe('electron abi');
    expect(readFileSync(nodeBuild(), 'utf8')).toBe('node abi');
    expect(calls.map((c) => c.args[0])).toEqual(['install', 'rebuild']);
    const rebuild = calls[1]!;
    expect(rebuild.cwd.startsWith(os.tmpdir())).toBe(true);
    expect(existsSync(rebuild.cwd)).toBe(false);
    expect(rebuild.env.npm_config_nodedir).toBeUndefined();
  });

  it('does nothing when the module is already built', () => {
    const target = nativeBindingPath(project, '45.4.1');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'built before');
    const target2 = ensureElectronNative({
      projectRoot: project,
      log: () => {},
      run: () => {
        throw new Error('node-gyp must not run');
      },
    });
    expect(target2).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('built before');
  });

  it('says plainly that the headers could not be downloaded, and leaves nothing half-built', () => {
    expect(() =>
      ensureElectronNative({ projectRoot: project, log: () => {}, run: (args) => (args[0] === 'install' ? 1 : 0) }),
    ).toThrow(/Could not download the Electron 45\.4\.1 headers from https:\/\/electronjs\.org\/headers/);
    expect(existsSync(path.join(project, 'build/native'))).toBe(false);
    expect(readFileSync(nodeBuild(), 'utf8')).toBe('node abi');
  });
});

/** `npm run dist` rebuilds better-sqlite3 for Electron in place; the hook keeps `npm test` working afterwards. */
describe('the electron-builder hook (build/scripts/electron-builder-hooks.mjs)', () => {
  it('drops nodedir before the rebuild and puts the Node build back afterwards', () => {
    const appDir = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-hook-'));
    const release = path.join(appDir, 'node_modules/better-sqlite3/build/Release');
    mkdirSync(release, { recursive: true });
    writeFileSync(path.join(release, 'better_sqlite3.node'), 'node abi');
    const saved = process.env.npm_config_nodedir;
    process.env.npm_config_nodedir = '/usr';
    try {
      expect(beforeBuild({ appDir })).toBe(true);
      expect(process.env.npm_config_nodedir).toBeUndefined();
      // What electron-builder's rebuild leaves behind: an Electron build and its "already built" marker.
      writeFileSync(path.join(release, 'better_sqlite3.node'), 'electron abi');
      writeFileSync(path.join(release, '.forge-meta'), 'linux--x64--140');
      restoreNodeBuild();
      expect(readFileSync(path.join(release, 'better_sqlite3.node'), 'utf8')).toBe('node abi');
      expect(existsSync(path.join(release, '.forge-meta'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.npm_config_nodedir;
      else process.env.npm_config_nodedir = saved;
      rmSync(appDir, { recursive: true, force: true });
    }
  });
});
