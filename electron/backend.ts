import { openDatabase, type OpenDatabase } from '../db/open';
import { createRouter, type Logger, type Router } from './router/router';
import { SessionStore } from './router/sessions';
import { idleMinutesSetting } from './services/auth/policy';
import type { RegisterHandle } from './router/types';
import { featureHandlers } from './services';

export interface BackendOptions {
  dbFile: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string;
  /** 64 hex digits when the register is encrypted (db/open.ts). */
  key?: string;
  now?: () => Date;
  /** Minutes of inactivity after which a session ends; by default the `auth.idleMinutes` setting, read at each call. */
  idleMinutes?: number;
  logger?: Logger;
}

export interface Backend {
  router: Router;
  /** The open database; a restore replaces it, so read it here each time rather than keeping it. */
  readonly database: OpenDatabase;
  /** The register as a file, for backups (electron/services/backup) and restore. */
  register: RegisterHandle;
  close(): void;
}

/** The whole back end in plain Node: database, sessions and router. Electron and the web host wrap it. */
export function createBackend(options: BackendOptions): Backend {
  let database = openDatabase(options.dbFile, {
    migrationsFolder: options.migrationsFolder,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.key ? { key: options.key } : {}),
  });
  // Read through `database`, which a restore replaces, so the setting of the register in use applies.
  const sessions = new SessionStore(() => (options.idleMinutes ?? idleMinutesSetting(database.sqlite)) * 60_000);
  const register: RegisterHandle = {
    get current() {
      return database;
    },
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
    replace(next, endSessions) {
      database = next;
      if (endSessions) sessions.endAll();
    },
  };
  const router = createRouter({
    register,
    sessions,
    appVersion: options.appVersion,
    handlers: featureHandlers,
    ...(options.now ? { now: options.now } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    router,
    get database() {
      return database;
    },
    register,
    close: () => database.close(),
  };
}
