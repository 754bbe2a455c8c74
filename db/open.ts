import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Folder of the committed SQL migrations (db/migrations, or inside the Electron package). */
  migrationsFolder: string;
  /** An Electron-ABI build of better-sqlite3, kept apart from the Node one (see build/scripts). */
  nativeBinding?: string;
  /** Where the copy taken before a migration goes; defaults to a `backups` folder beside the database. */
  backupDir?: string;
  /** 64 hex digits: the file is encrypted (SQLCipher 4 format) with this key; absent, the file is plain. */
  key?: string;
}

export interface OpenDatabase {
  sqlite: Database.Database;
  db: AppDb;
  file: string;
  /** The backup taken before migrating, when there was something to migrate. */
  backupFile: string | null;
  /** The key the file was opened with, for connections and copies made later (backups); null when plain. */
  key: string | null;
  close(): void;
}

function lastAppliedMillis(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT MAX(created_at) AS last FROM __drizzle_migrations').get() as { last: number | null };
  return row.last;
}

function hasTables(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/**
 * SQLCipher 4's format, so the file also opens in standard SQLCipher tools in an emergency. The key must come
 * before the first read; a wrong key shows only then, as SQLITE_NOTADB.
 */
export function applyKey(sqlite: Database.Database, key: string): void {
  if (!/^[0-9a-f]{64}$/i.test(key)) throw new Error('Khóa mã hóa phải gồm 64 chữ số thập lục phân.');
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`hexkey = '${key}'`);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (or creates) the register: WAL, foreign keys and a busy timeout, then brings the schema up to date.
 * Before any migration touches an existing file, a full copy is written with VACUUM INTO, so a failed
 * upgrade never loses the register. A file written by a newer app version is refused, not downgraded.
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (options.key) applyKey(sqlite, options.key);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');

    const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
    const newest = Math.max(...migrations.map((m) => m.folderMillis));
    const last = lastAppliedMillis(sqlite);
    if (last !== null && last > newest) {
      throw new Error('Cơ sở dữ liệu được tạo bởi phiên bản RehabDesk mới hơn; hãy cập nhật ứng dụng.');
    }
    const pending = migrations.filter((m) => last === null || m.folderMillis > last);

    let backupFile: string | null = null;
    if (pending.length > 0 && hasTables(sqlite)) {
      const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
      mkdirSync(dir, { recursive: true });
      backupFile = path.join(dir, `${path.basename(file, path.extname(file))}-before-migration-${timestamp()}.sqlite`);
      sqlite.prepare('VACUUM INTO ?').run(backupFile);
    }

    const db = drizzle(sqlite, { schema });
    if (pending.length > 0) migrate(db, { migrationsFolder: options.migrationsFolder });
    return { sqlite, db, file, backupFile, key: options.key ?? null, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
