import { mkdirSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupOnExit, startBackupSchedule } from '../../../electron/services/backup/schedule';
import { backupName } from '../../../electron/services/backup/names';
import { jobDone, KEY, openBackupBackend, populated } from './backup-fixture';
import type { TestBackend } from './test-backend';

let t: TestBackend;
afterEach(async () => {
  if (t) await jobDone(t);
  t?.close();
});

const status = (token: string) => t.ok('backup.status', {}, token);
const auditRows = (method: string) =>
  t.backend.database.sqlite.prepare('SELECT username, entity_id, after_json, reason FROM audit_log WHERE method = ? ORDER BY id').all(method) as {
    username: string | null;
    entity_id: string | null;
    after_json: string;
    reason: string | null;
  }[];

describe('backup settings', () => {
  it('defaults to a backups folder beside the register, 14 daily and 12 monthly copies', () => {
    t = openBackupBackend();
    const { token } = populated(t);
    const s = status(token);
    expect(s.config).toEqual({ folder: path.join(t.dir, 'backups'), keepDaily: 14, keepMonthly: 12 });
    expect(s).toMatchObject({ folderProblem: null, job: null, lastJob: null, backups: [] });
  });

  it('takes another folder only if it exists and a file can be written there, and says why not in Vietnamese', () => {
    t = openBackupBackend();
    const { token } = populated(t);
    const missing = t.call('backup.setConfig', { folder: path.join(t.dir, 'usb', 'saoluu'), keepDaily: 7, keepMonthly: 6 }, token);
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'folder' } });
    expect(!missing.ok && missing.error.message).toMatch(/Không tìm thấy thư mục .*USB/);

    writeFileSync(path.join(t.dir, 'a-file'), 'x');
    const notDir = t.call('backup.setConfig', { folder: path.join(t.dir, 'a-file'), keepDaily: 7, keepMonthly: 6 }, token);
    expect(!notDir.ok && notDir.error.message).toMatch(/là một tệp, không phải thư mục/);

    // /proc takes no new files, even from root (chmod would not stop a root test run).
    if (process.platform === 'linux') {
      const readOnly = t.call('backup.setConfig', { folder: '/proc', keepDaily: 7, keepMonthly: 6 }, token);
      expect(!readOnly.ok && readOnly.error.message).toMatch(/Không ghi được vào thư mục/);
    }
    expect(status(token).config.keepDaily).toBe(14);

    const usb = path.join(t.dir, 'usb');
    mkdirSync(usb);
    expect(t.ok('backup.setConfig', { folder: usb, keepDaily: 7, keepMonthly: 6 }, token)).toEqual({ folder: usb, keepDaily: 7, keepMonthly: 6 });
    expect(status(token).config).toEqual({ folder: usb, keepDaily: 7, keepMonthly: 6 });
    expect(readdirSync(usb)).toEqual([]); // the probe file is gone
    expect(auditRows('backup.setConfig')).toHaveLength(1);
  });

  it('lets the head take a copy but not change the folder or restore', () => {
    t = openBackupBackend();
    const { token } = populated(t);
    t.ok('users.create', { username: 'truong', fullName: 'Nguyễn Văn Thành', role: 'head', password: 'truong-co-so-1' }, token);
    const head = t.ok('auth.login', { username: 'truong', password: 'truong-co-so-1' }).token;
    expect(t.call('backup.run', {}, head).ok).toBe(true);
    expect(t.call('backup.setConfig', { folder: t.dir, keepDaily: 1, keepMonthly: 0 }, head)).toMatchObject({ error: { code: 'forbidden' } });
    expect(t.call('backup.restore', { file: '/x', confirm: true }, head)).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('backup.run', () => {
  it('returns at once, reports a rising percent, and leaves a complete copy named for its kind and time', async () => {
    t = openBackupBackend();
    const { token } = populated(t);
    // Enough pages that the copy takes a while and the percent can be watched rising.
    t.backend.database.sqlite.exec(
      "CREATE TABLE bulk (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) INSERT INTO bulk SELECT randomblob(4000) FROM n",
    );
    const started = Date.now();
    expect(t.ok('backup.run', {}, token)).toEqual({ started: true });
    expect(Date.now() - started).toBeLessThan(500);
    expect(t.call('backup.run', {}, token)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const seen: number[] = [];
    for (;;) {
      const job = status(token).job;
      if (!job) break;
      seen.push(job.percent);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);

    const s = status(token);
    expect(s.lastJob).toMatchObject({ kind: 'manual', ok: true, message: null });
    expect(s.backups).toHaveLength(1);
    const [copy] = s.backups;
    expect(copy!.name).toMatch(/^rehabdesk-manual-\d{4}-\d{2}-\d{2}_\d{6}\.sqlite$/);
    expect(copy!.name).toBe(s.lastJob!.name);
    // The bar's end point: the finished file is exactly the size the percent was measured against.
    const src = t.backend.database.sqlite;
    const expected = ((src.pragma('page_count', { simple: true }) as number) - (src.pragma('freelist_count', { simple: true }) as number)) * (src.pragma('page_size', { simple: true }) as number);
    expect(copy!.bytes).toBe(expected);
    expect(readdirSync(path.join(t.dir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);

    const c = new Database(copy!.file, { readonly: true });
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(c.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(12000);
    c.close();
    const rows = auditRows('backup.run');
    expect(rows.map((r) => [r.username, r.entity_id])).toEqual([['admin', null], ['admin', copy!.name]]);
  });

  it('reports a folder that has gone away (USB drive unplugged) instead of copying', () => {
    t = openBackupBackend();
    const { token } = populated(t);
    const usb = path.join(t.dir, 'usb');
    mkdirSync(usb);
    t.ok('backup.setConfig', { folder: usb, keepDaily: 7, keepMonthly: 6 }, token);
    rmdirSync(usb);
    const r = t.call('backup.run', {}, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'folder' } });
    expect(status(token).folderProblem).toMatch(/Không tìm thấy thư mục/);
  });

  it('rotates after a copy: the newest daily ones and one a month stay, copies before a migration or restore are never removed', async () => {
    const now = new Date('2026-11-23T03:00:00Z');
    t = openBackupBackend({ now: () => now });
    const { token } = populated(t);
    t.ok('backup.setConfig', { folder: path.join(t.dir, 'backups'), keepDaily: 3, keepMonthly: 2 }, token);
    const folder = path.join(t.dir, 'backups');
    mkdirSync(folder, { recursive: true });
    const old = [
      ['daily', '2026-11-22T03:00:00Z'],
      ['exit', '2026-11-21T12:00:00Z'],
      ['daily', '2026-11-20T03:00:00Z'],
      ['daily', '2026-11-01T03:00:00Z'],
      ['daily', '2026-10-30T03:00:00Z'],
      ['daily', '2026-10-02T03:00:00Z'],
      ['daily', '2026-09-15T03:00:00Z'],
      ['before-migration', '2026-01-01T03:00:00Z'],
      ['before-restore', '2025-06-01T03:00:00Z'],
    ] as const;
    for (const [kind, at] of old) writeFileSync(path.join(folder, backupName(kind, new Date(at))), '');
    t.ok('backup.run', {}, token);
    await jobDone(t);
    const kept = status(token).backups.map((b) => `${b.kind} ${b.takenAt.slice(0, 10)}`);
    expect(kept).toEqual([
      'manual 2026-11-23',
      'daily 2026-11-22',
      'exit 2026-11-21',
      'daily 2026-10-30', // newest of October; November's newest is today's
      'before-migration 2026-01-01',
      'before-restore 2025-06-01',
    ]);
  });
});

describe('scheduled and exit copies', () => {
  it('takes a daily copy at start when none is younger than a day, and not again until a day has passed', async () => {
    let now = new Date('2026-11-23T03:00:00Z');
    t = openBackupBackend({ now: () => now });
    const { token } = populated(t);
    const schedule = startBackupSchedule(t.backend, { now: () => now, intervalMs: 10 });
    await jobDone(t);
    expect(status(token).backups.map((b) => b.kind)).toEqual(['daily']);
    now = new Date('2026-11-24T02:59:00Z');
    await new Promise((r) => setTimeout(r, 40));
    expect(status(token).backups).toHaveLength(1);
    now = new Date('2026-11-24T03:00:00Z');
    await new Promise((r) => setTimeout(r, 40));
    await jobDone(t);
    schedule.stop();
    expect(status(token).backups.map((b) => b.takenAt)).toEqual(['2026-11-24T03:00:00.000Z', '2026-11-23T03:00:00.000Z']);
    expect(auditRows('backup.run').map((r) => r.username)).toEqual([null, null]);
  });

  it('copies on exit synchronously, encrypted with the register\'s key', () => {
    t = openBackupBackend({ key: KEY });
    const { token } = populated(t);
    const name = backupOnExit(t.backend);
    expect(name).toMatch(/^rehabdesk-exit-/);
    const file = path.join(t.dir, 'backups', name!);
    const plain = new Database(file, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM stays').get()).toThrow(/not a database|file is not a database/i);
    plain.close();
    expect(t.ok('backup.inspect', { file }, token)).toMatchObject({ integrity: 'ok', counts: { stays: 2 } });
  });
});

describe('backup.key', () => {
  it('shows the administrator the key that opens the backups, logs the showing but never the key, and refuses the head', () => {
    t = openBackupBackend({ key: KEY });
    const { token } = populated(t);
    expect(t.ok('backup.key', {}, token)).toEqual({ key: KEY });
    const rows = auditRows('backup.key');
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(KEY);
    t.ok('users.create', { username: 'truong', fullName: 'Lê Văn Trưởng', role: 'head', password: 'truong-2026-mk' }, token);
    const head = t.ok('auth.login', { username: 'truong', password: 'truong-2026-mk' }).token;
    const refused = t.call('backup.key', {}, head);
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('says plainly that a plain register has no key', () => {
    t = openBackupBackend();
    const { token } = populated(t);
    expect(t.ok('backup.key', {}, token)).toEqual({ key: null });
  });
});
