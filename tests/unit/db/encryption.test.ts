import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoDatabase } from '../../../db/demo/build';
import { applyKey, encryptRegister, isPlainDatabase } from '../../../db/encryption';
import { openDatabase } from '../../../db/open';
import { DatabaseOpenError, explainOpenFailure } from '../../../db/open-errors';
import { sourceMigrationsFolder } from '../../../db/paths';

const KEY = '3f'.repeat(32);
const OTHER_KEY = 'a1'.repeat(32);

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rehabdesk-enc-'));
  temps.push(d);
  return d;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small demo register (residents, stays, movements, ratings…), plain, as an earlier version left it. */
function plainRegister(): string {
  const file = path.join(tempDir(), 'rehabdesk.sqlite');
  buildDemoDatabase({ file, migrationsFolder: sourceMigrationsFolder, residents: 20, years: 1, seed: 3 });
  return file;
}

function connect(file: string, key?: string): Database.Database {
  const db = new Database(file);
  if (key) applyKey(db, key);
  return db;
}

/** Every row of every table, in a stable order: what must survive the migration byte for byte. */
function dump(file: string, key?: string): Record<string, string[]> {
  const db = connect(file, key);
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((r) => JSON.stringify(r)).sort()]),
    );
  } finally {
    db.close();
  }
}

const open = (file: string, key?: string) =>
  openDatabase(file, { migrationsFolder: sourceMigrationsFolder, ...(key ? { key } : {}) });

function openError(file: string, key?: string): DatabaseOpenError {
  try {
    open(file, key).close();
  } catch (err) {
    if (err instanceof DatabaseOpenError) return err;
    throw err;
  }
  throw new Error('opened');
}

describe('encryption at rest (db/encryption.ts)', () => {
  it('migrates a plain register once: encrypted file, same rows, an encrypted backup first', () => {
    const file = plainRegister();
    const before = dump(file);
    expect(before.persons!.length).toBeGreaterThan(0);
    expect(isPlainDatabase(file)).toBe(true);

    const database = open(file, KEY);
    expect(database.encryption).not.toBeNull();
    database.close();

    expect(isPlainDatabase(file)).toBe(false);
    expect(dump(file, KEY)).toEqual(before);
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes('encrypting') || n.endsWith('-shm'))).toEqual([]);

    const backup = database.encryption!.backupFile;
    expect(path.basename(backup)).toMatch(/^rehabdesk-before-encryption-.*\.sqlite$/);
    expect(isPlainDatabase(backup)).toBe(false);
    expect(dump(backup, KEY)).toEqual(before);

    // The second start finds nothing to do and writes no new backup.
    const again = open(file, KEY);
    expect(again.encryption).toBeNull();
    again.close();
    expect(readdirSync(path.dirname(backup))).toEqual([path.basename(backup)]);
  });

  it('also encrypts the plain backups an earlier version left in the backup folder', () => {
    const file = plainRegister();
    const backups = path.join(path.dirname(file), 'backups');
    mkdirSync(backups);
    const old = path.join(backups, 'rehabdesk-before-migration-2026-01-01.sqlite');
    copyFileSync(file, old);
    const before = dump(old);

    const result = encryptRegister(file, KEY, backups);
    expect(result!.encryptedBackups).toEqual([old]);
    expect(result!.plainBackupsLeft).toEqual([]);
    expect(isPlainDatabase(old)).toBe(false);
    expect(dump(old, KEY)).toEqual(before);
  });

  it('opens with the right key and refuses a wrong or missing one with a clear message', () => {
    const file = plainRegister();
    open(file, KEY).close();

    const right = open(file, KEY);
    expect(right.sqlite.prepare('SELECT count(*) FROM persons').pluck().get()).toBeGreaterThan(0);
    right.close();

    const wrong = openError(file, OTHER_KEY);
    expect(wrong.reason).toBe('wrong-key');
    expect(wrong.message).toMatch(/^Không mở được dữ liệu: khóa mã hóa không đúng/);
    const missing = openError(file);
    expect(missing.reason).toBe('missing-key');
    expect(missing.message).toMatch(/đã được mã hóa nhưng chưa có khóa/);
    // Neither attempt harmed the file.
    expect(dump(file, KEY).persons!.length).toBeGreaterThan(0);
  });

  it('a copy that does not match the original stops the migration and leaves the plain register intact', () => {
    const file = plainRegister();
    const before = dump(file);
    const tamper = (step: string, copyFile: string) => {
      if (step !== 'copied') return;
      // A copy that lost a row (the trigger guarding movements would refuse the delete).
      const copy = connect(copyFile, KEY);
      copy.exec('DROP TRIGGER movements_no_delete; DELETE FROM movements WHERE id = (SELECT max(id) FROM movements)');
      copy.close();
    };

    expect(() => encryptRegister(file, KEY, path.join(path.dirname(file), 'backups'), { onStep: tamper })).toThrow(
      /số dòng của bản sao khác bản gốc \(movements: \d+ → \d+\).*Tệp gốc chưa bị thay đổi/,
    );
    expect(isPlainDatabase(file)).toBe(true);
    expect(dump(file)).toEqual(before);
    expect(existsSync(`${file}.encrypting`)).toBe(false);
    expect(existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
    // The register still opens as it did, and a later clean attempt succeeds.
    open(file).close();
    expect(encryptRegister(file, KEY, path.join(path.dirname(file), 'backups'))).not.toBeNull();
    expect(dump(file, KEY)).toEqual(before);
  });

  it('stopped after the backup but before the swap, as a crash would, the original is still the register', () => {
    const file = plainRegister();
    const before = dump(file);
    const backups = path.join(path.dirname(file), 'backups');
    const crash = (step: string) => {
      if (step === 'backed-up') throw new Error('simulated crash');
    };
    expect(() => encryptRegister(file, KEY, backups, { onStep: crash })).toThrow(/Tệp gốc chưa bị thay đổi/);
    expect(isPlainDatabase(file)).toBe(true);
    expect(dump(file)).toEqual(before);

    // A crash leaves the working copy behind; the next start replaces it and completes.
    writeFileSync(`${file}.encrypting`, 'half-written copy');
    const database = open(file, KEY);
    database.close();
    expect(existsSync(`${file}.encrypting`)).toBe(false);
    expect(dump(file, KEY)).toEqual(before);
  });

  it('says plainly when the file is not a database at all, and leaves it alone', () => {
    const file = path.join(tempDir(), 'rehabdesk.sqlite');
    writeFileSync(file, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n');
    for (const key of [undefined, KEY]) {
      const err = openError(file, key);
      expect(err.reason).toBe('not-a-database');
      expect(err.message).toMatch(/không phải tệp cơ sở dữ liệu RehabDesk/);
    }
    expect(existsSync(file)).toBe(true);
  });

  it('reports a full disk in words, from the real SQLite error', () => {
    const file = path.join(tempDir(), 'full.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.pragma('max_page_count = 2');
    let sqliteError: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(20_000));
    } catch (err) {
      sqliteError = err;
    }
    db.close();
    expect((sqliteError as { code: string }).code).toBe('SQLITE_FULL');
    const explained = explainOpenFailure(new Error('wrapped', { cause: sqliteError }), file, true) as DatabaseOpenError;
    expect(explained.reason).toBe('disk-full');
    expect(explained.message).toMatch(/^Ổ đĩa chứa thư mục dữ liệu .* đã đầy.*Không có gì bị xóa/);
  });
});
