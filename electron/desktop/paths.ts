import { existsSync } from 'node:fs';
import path from 'node:path';

export interface DesktopPathsInput {
  /** app.getPath('userData'): the per-user folder Electron gives the app. */
  userData: string;
  /** app.getAppPath(): the project root in development, app.asar when packaged. */
  appPath: string;
  isPackaged: boolean;
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export interface DesktopPaths {
  dbFile: string;
  migrationsFolder: string;
  rendererDir: string;
  preloadFile: string;
  /** The Electron-ABI better-sqlite3 in development; undefined when packaged (electron-builder rebuilt it). */
  nativeBinding: string | undefined;
}

/**
 * Where build/scripts/electron-native.mjs puts better-sqlite3 built for this Electron, apart from the Node build in
 * node_modules that the tests and the web host load. The script computes the same path (a unit test checks both).
 */
export function devNativeBindingPath(projectRoot: string, electronVersion: string, platform: string, arch: string): string {
  return path.join(projectRoot, 'build', 'native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/** Every file location the desktop app needs, from the few facts Electron knows. */
export function desktopPaths(input: DesktopPathsInput): DesktopPaths {
  let nativeBinding: string | undefined;
  if (!input.isPackaged) {
    nativeBinding = devNativeBindingPath(input.appPath, input.electronVersion, input.platform, input.arch);
    if (!existsSync(nativeBinding)) {
      throw new Error(
        `Chưa có better-sqlite3 dựng cho Electron ${input.electronVersion} (${nativeBinding}). ` +
          'Hãy chạy "npm start", lệnh này dựng nó trước khi mở ứng dụng.',
      );
    }
  }
  return {
    dbFile: path.join(input.userData, 'rehabdesk.sqlite'),
    // Inside the package too (electron-builder.yml lists db/migrations/**), so an installed app can migrate.
    migrationsFolder: path.join(input.appPath, 'db', 'migrations'),
    rendererDir: path.join(input.appPath, 'out', 'renderer'),
    preloadFile: path.join(input.appPath, 'out', 'preload', 'preload.cjs'),
    nativeBinding,
  };
}
