import { chmodSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../../db/paths';
import { describeSqliteError } from '../../../db/sqlite-errors';
import { createBackend } from '../../../electron/backend';
import { dumpDatabase } from './bad-input-run';
import { admission, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

function admitted(bedId: number, citizenId: string) {
  return admission({ bedId, citizenId, fullName: 'Phạm Văn Lộc' });
}

describe('a full disk', () => {
  it('is reported as storage_full in plain words, rolls the admission back, and the same call works once there is room', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const sqlite = t.backend.database.sqlite;
    // The file may not grow by a single page: the same failure SQLite gives when the disk itself is full.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    const before = dumpDatabase(sqlite);

    const r = t.call('admissions.admit', admitted(bedIds[0] as number, '079090004444'), token);
    expect(r).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    if (r.ok) return;
    expect(r.error.message).toContain('Ổ đĩa chứa dữ liệu đã đầy');
    expect(r.error.message).toContain('Chưa có gì được ghi');
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(dumpDatabase(sqlite)).toBe(before);

    sqlite.pragma('max_page_count = 1073741823');
    expect(t.call('admissions.admit', admitted(bedIds[0] as number, '079090004444'), token)).toMatchObject({ ok: true });
  });
});

describe('a read-only database', () => {
  it('is reported as storage_readonly in plain words and nothing is written', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const sqlite = t.backend.database.sqlite;
    const before = dumpDatabase(sqlite);
    // As root (CI) chmod does not stop a write, so the connection itself is made read-only: SQLite answers
    // SQLITE_READONLY, the code a read-only file or folder gives.
    sqlite.pragma('query_only = 1');
    const r = t.call('admissions.admit', admitted(bedIds[0] as number, '079090005555'), token);
    sqlite.pragma('query_only = 0');
    expect(r).toMatchObject({ ok: false, error: { code: 'storage_readonly' } });
    if (!r.ok) expect(r.error.message).toContain('chỉ đọc');
    expect(dumpDatabase(sqlite)).toBe(before);
    expect(t.call('admissions.admit', admitted(bedIds[0] as number, '079090005555'), token)).toMatchObject({ ok: true });
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)(
    'in a folder made read-only with chmod is refused plainly when the app starts (skipped as root: root writes through any file mode)',
    () => {
      t = openTestBackend();
      setupFacility(t);
      const { file } = t.backend.database;
      const before = dumpDatabase(t.backend.database.sqlite);
      t.backend.close();
      chmodSync(file, 0o444);
      chmodSync(t.dir, 0o555);
      try {
        const start = () => createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: '0.0.0-test', logger: { error: () => {} } });
        expect(start).toThrow(/chỉ đọc/);
      } finally {
        chmodSync(t.dir, 0o755);
        chmodSync(file, 0o644);
      }
      const reopened = createBackend({ dbFile: file, migrationsFolder: sourceMigrationsFolder, appVersion: '0.0.0-test', logger: { error: () => {} } });
      expect(dumpDatabase(reopened.database.sqlite)).toBe(before);
      t.backend = reopened;
    },
  );
});

describe('describeSqliteError', () => {
  it('names each storage failure, and leaves any other error to be an internal one', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeSqliteError(err('SQLITE_FULL'))?.code).toBe('storage_full');
    expect(describeSqliteError(err('SQLITE_READONLY_DBMOVED'))?.code).toBe('storage_readonly');
    expect(describeSqliteError(err('SQLITE_CANTOPEN'))?.code).toBe('storage_unavailable');
    expect(describeSqliteError(err('SQLITE_IOERR_WRITE'))?.code).toBe('storage_unavailable');
    expect(describeSqliteError(err('SQLITE_BUSY'))?.message).toContain('đợi một lát');
    expect(describeSqliteError(err('SQLITE_NOTADB'))?.message).toContain('sao lưu');
    expect(describeSqliteError(err('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(describeSqliteError(new TypeError('x'))).toBeNull();
    expect(describeSqliteError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBeNull();
  });
});
