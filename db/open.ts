import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { applyKey, encryptRegister, type EncryptResult } from './encryption';
import { checkWritable, explainOpenFailure } from './open-errors';
import * as schema from './schema';

export { applyKey } from './encryption';

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
  /** What the one-time encryption of a plain register did, when it ran at this open. */
  encryption: EncryptResult | null;
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

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (or creates) the register: WAL, foreign keys and a busy timeout, then brings the schema up to date.
 * Given a key and a plain file, it first encrypts the file once (db/encryption.ts). Before any migration touches an
 * existing file, a full copy is written with VACUUM INTO (encrypted like the register), so a failed upgrade never
 * loses the register. A file written by a newer app version is refused, not downgraded. Start-time failures a user
 * can fix (wrong or missing key, read-only folder, full disk, not a database) throw a DatabaseOpenError.
 */
export function openDatabase(file: string, options: OpenOptions): OpenDatabase {
  const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  let sqlite: Database.Database | null = null;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    checkWritable(file);
    const encryption = options.key
      ? encryptRegister(file, options.key, backupDir, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
      : null;
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
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
      mkdirSync(backupDir, { recursive: true });
      backupFile = path.join(backupDir, `${path.basename(file, path.extname(file))}-before-migration-${timestamp()}.sqlite`);
      sqlite.prepare('VACUUM INTO ?').run(backupFile);
    }

    const db = drizzle(sqlite, { schema });
    if (pending.length > 0) migrate(db, { migrationsFolder: options.migrationsFolder });
    const open = sqlite;
    return { sqlite: open, db, file, backupFile, key: options.key ?? null, encryption, close: () => open.close() };
  } catch (err) {
    sqlite?.close();
    throw explainOpenFailure(err, file, Boolean(options.key));
  }
}
