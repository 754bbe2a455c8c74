import { openDatabase, type OpenDatabase } from '../db/open';
import { createRouter, type Logger, type Router } from './router/router';
import { SessionStore } from './router/sessions';
import { featureHandlers } from './services';

export interface BackendOptions {
  dbFile: string;
  migrationsFolder: string;
  appVersion: string;
  nativeBinding?: string;
  /** 64 hex digits when the register is encrypted (db/open.ts). */
  key?: string;
  now?: () => Date;
  /** Minutes of inactivity after which a session ends. */
  idleMinutes?: number;
  logger?: Logger;
}

export interface Backend {
  router: Router;
  database: OpenDatabase;
  close(): void;
}

/** The whole back end in plain Node: database, sessions and router. Electron and the web host wrap it. */
export function createBackend(options: BackendOptions): Backend {
  const database = openDatabase(options.dbFile, {
    migrationsFolder: options.migrationsFolder,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.key ? { key: options.key } : {}),
  });
  const sessions = new SessionStore((options.idleMinutes ?? 30) * 60_000);
  const router = createRouter({
    db: database.db,
    sqlite: database.sqlite,
    sessions,
    appVersion: options.appVersion,
    handlers: featureHandlers,
    ...(options.now ? { now: options.now } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { router, database, close: () => database.close() };
}
