import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { admission, type TestBackend } from './test-backend';
import { jobDone, KEY, openBackupBackend, populated, tablesOf } from './backup-fixture';

let t: TestBackend;
let other: TestBackend | undefined;
afterEach(async () => {
  if (t) await jobDone(t);
  t?.close();
  other?.close();
  other = undefined;
});

/** A populated register and one manual copy of it; `atBackup` is every table as the copy holds it. */
async function registerWithBackup(key?: string) {
  t = openBackupBackend(key ? { key } : {});
  const { token, bedIds } = populated(t);
  t.ok('backup.run', {}, token);
  const atBackup = tablesOf(t.backend.database.sqlite);
  await jobDone(t);
  const [copy] = t.ok('backup.status', {}, token).backups;
  return { token, bedIds, atBackup, file: copy!.file };
}

/** Rows appended to the log after a point, by method. */
const auditMethodsAfter = (n: number) =>
  t.backend.database.sqlite.prepare('SELECT method FROM audit_log WHERE id > ? ORDER BY id').pluck().all(n) as string[];

async function roundTrip(key?: string) {
  const { token, bedIds, atBackup, file } = await registerWithBackup(key);
  // A change after the copy: a third resident.
  t.ok('admissions.admit', admission({ bedId: bedIds[2]!, fullName: 'Lê Văn Sau', citizenId: '079090009999' }), token);
  expect(t.ok('backup.inspect', { file }, token)).toMatchObject({
    integrity: 'ok',
    facilityName: 'Cơ sở cai nghiện ma túy số 1',
    counts: { residents: 2, stays: 2, present: 2, users: 1 },
    schema: { status: 'same' },
  });
  const before = t.backend.database;
  const r = t.ok('backup.restore', { file, confirm: true }, token);

  expect(t.backend.database).not.toBe(before);
  // Every table, row by row, is as it was when the copy was taken; the log only gained the restore's own record.
  const now = tablesOf(t.backend.database.sqlite);
  expect([...now.keys()]).toEqual([...atBackup.keys()]);
  const logged = atBackup.get('audit_log')!;
  const restoreRecord = (rows: string[]) => rows.map((row) => (row === `["audit_log",${logged.length + 1}]` ? `["audit_log",${logged.length}]` : row));
  for (const [table, rows] of atBackup) {
    if (table === 'audit_log') continue;
    // The log's sequence counter moved on by the restore's own record, and only by it.
    expect(table === 'sqlite_sequence' ? restoreRecord(now.get(table)!) : now.get(table), table).toEqual(rows);
  }
  const after = new Set(now.get('audit_log'));
  expect(logged.filter((row) => !after.has(row))).toEqual([]);
  expect(auditMethodsAfter(logged.length)).toEqual(['backup.restore']);
  expect(t.backend.database.sqlite.prepare('SELECT count(*) FROM persons WHERE full_name = ?').pluck().get('Lê Văn Sau')).toBe(0);

  // Everyone signs in again; the current file was kept aside and copied first.
  expect(t.call('backup.status', {}, token)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  expect(existsSync(r.keptAside)).toBe(true);
  expect(readdirSync(path.join(t.dir, 'backups'))).toContain(r.beforeRestore);
  const again = t.ok('auth.login', { username: 'admin', password: 'mat-khau-rat-dai-1' }).token;
  const kept = t.ok('backup.inspect', { file: r.keptAside }, again);
  expect(kept.counts.stays).toBe(3);
  expect(t.ok('audit.verify', {}, again)).toMatchObject({ ok: true });
  return { r, again };
}

describe('restore from a backup', () => {
  it('brings back every table as it was at backup time and drops what was added after', async () => {
    await roundTrip();
  });

  it('does the same for an encrypted register, whose copies are encrypted with its key', async () => {
    const { again } = await roundTrip(KEY);
    expect(readFileSync(t.backend.database.file).subarray(0, 16).toString()).not.toContain('SQLite format');
    expect(t.ok('backup.status', {}, again).backups.every((b) => !readFileSync(b.file).subarray(0, 16).toString().includes('SQLite format'))).toBe(true);
  });

  it('refuses a plain copy into an encrypted register (it would not open with the key), changing nothing', async () => {
    other = openBackupBackend();
    const plainToken = populated(other).token;
    other.ok('backup.run', {}, plainToken);
    await jobDone(other);
    const plainFile = other.ok('backup.status', {}, plainToken).backups[0]!.file;
    t = openBackupBackend({ key: KEY });
    const { token } = populated(t);
    const before = tablesOf(t.backend.database.sqlite);
    const r = t.call('backup.restore', { file: plainFile, confirm: true }, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'file' } });
    expect(!r.ok && r.error.message).toMatch(/mã hóa\s+bằng khóa khác/);
    expect(tablesOf(t.backend.database.sqlite)).toEqual(before);
  });

  it('needs an explicit confirmation', async () => {
    const { token, file } = await registerWithBackup();
    expect(t.call('backup.restore', { file }, token)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'confirm' } });
    expect(t.call('backup.restore', { file, confirm: false }, token)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('a damaged backup file', () => {
  const damage = {
    truncated: (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2)),
    garbled: (file: string) => {
      const fd = openSync(file, 'r+');
      const junk = Buffer.alloc(4096 * 3, 0xa5);
      writeSync(fd, junk, 0, junk.length, 4096 * 2);
      closeSync(fd);
    },
    'not a database': (file: string) => writeSync(openSync(file, 'w'), 'Đây không phải tệp dữ liệu'),
  };

  for (const key of [undefined, KEY]) {
    for (const [how, spoil] of Object.entries(damage)) {
      it(`(${how}${key ? ', encrypted' : ''}) is refused at inspect and restore with a clear message, the register untouched`, async () => {
        const { token, file } = await registerWithBackup(key);
        const bad = path.join(path.dirname(file), 'hong.sqlite');
        copyFileSync(file, bad);
        spoil(bad);
        const before = tablesOf(t.backend.database.sqlite);
        const backupsBefore = readdirSync(path.dirname(file)).sort();

        const inspected = t.call('backup.inspect', { file: bad }, token);
        expect(inspected).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'file' } });
        expect(!inspected.ok && inspected.error.message).toMatch(/^Tệp sao lưu bị hỏng/);
        const restored = t.call('backup.restore', { file: bad, confirm: true }, token);
        expect(restored).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'file' } });

        expect(tablesOf(t.backend.database.sqlite)).toEqual(before);
        expect(readdirSync(path.dirname(file)).sort()).toEqual(backupsBefore); // no before-restore copy either
        expect(t.call('backup.status', {}, token).ok).toBe(true); // still signed in, same register
      });
    }
  }
});

describe('a restore that fails half way', () => {
  it('puts the original register back, reopens it and records the failure', async () => {
    const { token, file, bedIds } = await registerWithBackup();
    t.ok('admissions.admit', admission({ bedId: bedIds[2]!, fullName: 'Lê Văn Sau', citizenId: '079090009999' }), token);
    // The failure comes after the original was moved aside and the copy reopened in its place.
    const register = t.backend.register;
    const replace = register.replace.bind(register);
    let failOnce = true;
    register.replace = (database, endSessions) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('giả lập lỗi khi chuyển sổ');
      }
      replace(database, endSessions);
    };
    const r = t.call('backup.restore', { file, confirm: true }, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(/Khôi phục không thành công \(giả lập lỗi khi chuyển sổ\); sổ hiện tại đã được giữ nguyên/);

    const sqlite = t.backend.database.sqlite;
    expect(sqlite.prepare('SELECT count(*) FROM stays').pluck().get()).toBe(3);
    expect(sqlite.prepare("SELECT reason FROM audit_log WHERE method = 'backup.restore' ORDER BY id DESC LIMIT 1").pluck().get()).toMatch(/không thành công/);
    expect(t.call('backup.status', {}, token).ok).toBe(true); // sessions kept: nothing changed for the users
    expect(readdirSync(t.dir).filter((n) => n.includes('replaced') || n.endsWith('.restoring'))).toEqual([]);
  });
});
