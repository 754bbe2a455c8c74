import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session } from 'electron';
import { mayBeEncryptedDatabase } from '../db/encryption';
import { createBackend, type Backend } from './backend';
import { APP_SCHEME, APP_URL } from './desktop/app-origin';
import { createAppProtocolHandler } from './desktop/app-protocol';
import { keyProtection, loadOrCreateKey, planKey } from './desktop/db-key';
import { lockDown } from './desktop/lockdown';
import { desktopPaths } from './desktop/paths';
import { registerApiHandler, registerSavePdfHandler } from './ipc';
import { backupOnExit, startBackupSchedule } from './services/backup/schedule';

// Tests and a second register on one machine point the data folder elsewhere. It must be set before the
// single-instance lock, which Electron keys on the userData folder.
const userDataOverride = process.env.REHABDESK_USER_DATA;
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

// `standard` gives the scheme real origins and relative URLs; `secure` lets module scripts and fetch work as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let backend: Backend | null = null;
let backupSchedule: { stop(): void } | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(preloadFile: string): BrowserWindow {
  // electronegativity AUXCLICK: a middle-click new window meets the same deny-all window-open handler as
  // window.open (desktop/lockdown.ts, tested), so auxclick needs no Blink switch of its own.
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    title: 'RehabDesk',
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity PRELOAD (review): preload.ts exposes one frozen object of three calls and no ipcRenderer.
      preload: preloadFile, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_URL);
  return window;
}

/**
 * The register's key, protected by safeStorage in userData (desktop/db-key.ts), or undefined when the OS offers no
 * protection and the register is not encrypted yet; then the app runs unencrypted and says so in a dialog.
 */
async function registerKey(dbFile: string): Promise<string | undefined> {
  const protection = await keyProtection(safeStorage, process.platform);
  const plan = planKey(protection, app.getPath('userData'), mayBeEncryptedDatabase(dbFile));
  if (plan.kind === 'refuse') throw new Error(plan.message);
  if (plan.kind === 'unencrypted') {
    console.warn(`RehabDesk: ${plan.warning}`);
    void dialog.showMessageBox({ type: 'warning', title: 'RehabDesk: dữ liệu chưa được mã hóa', message: plan.warning });
    return undefined;
  }
  const { key, created } = await loadOrCreateKey(app.getPath('userData'), safeStorage);
  if (created) console.log('RehabDesk: created the register key (rehabdesk.key, protected by safeStorage)');
  return key;
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  const paths = desktopPaths({
    userData: app.getPath('userData'),
    appPath: app.getAppPath(),
    isPackaged: app.isPackaged,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  const key = await registerKey(paths.dbFile);
  backend = createBackend({
    dbFile: paths.dbFile,
    migrationsFolder: paths.migrationsFolder,
    appVersion: app.getVersion(),
    ...(paths.nativeBinding ? { nativeBinding: paths.nativeBinding } : {}),
    ...(key ? { key } : {}),
  });
  const encryption = backend.database.encryption;
  if (encryption) {
    console.log(`RehabDesk: register encrypted (once); encrypted backup ${encryption.backupFile}`);
    for (const left of encryption.plainBackupsLeft) console.warn(`RehabDesk: backup still unencrypted: ${left}`);
  }
  backupSchedule = startBackupSchedule(backend, { onError: (err) => console.error('RehabDesk backup failed', err) });
  registerApiHandler(backend.router);
  registerSavePdfHandler();

  // The register needs no camera, microphone, notifications or geolocation; refuse them all without asking.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));

  mainWindow = createWindow(paths.preloadFile);
}

// Two processes must never open the same database: the second one hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    backupSchedule?.stop();
    if (backend) backupOnExit(backend, { onError: (err) => console.error('RehabDesk exit backup failed', err) });
    backend?.close();
    backend = null;
  });
  start().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error('RehabDesk failed to start', err);
    dialog.showErrorBox('RehabDesk không khởi động được', message);
    backend?.close();
    app.exit(1);
  });
}
