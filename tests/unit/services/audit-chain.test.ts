import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract';
import { admission, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

/** A facility with a few audited writes through the router: setup, accounts, beds, two admissions. */
function auditedFacility(): { token: string; rows: number; bedIds: number[] } {
  t = openTestBackend();
  const { token, bedIds } = setupFacility(t);
  t.ok('users.create', { username: 'truong', fullName: 'Nguyễn Văn Thành', role: 'head', password: 'truong-co-so-1' }, token);
  t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
  t.ok('admissions.admit', admission({ bedId: bedIds[1]!, fullName: 'Trần Văn Nam', citizenId: '079090005678' }), token);
  return { token, rows: count(t, 'audit_log'), bedIds };
}

/** The database file opened by someone outside the app who removes the append-only triggers first. */
function intruder(): Database.Database {
  const db = new Database(path.join(t.dir, 'rehabdesk.sqlite'));
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  return db;
}

function tamper(sql: string, ...params: unknown[]): void {
  const db = intruder();
  db.prepare(sql).run(...params);
  db.close();
}

const verify = (token: string) => t.ok('audit.verify', {}, token);
const kinds = (r: MethodOutput<'audit.verify'>) => r.problems.map((p) => [p.kind, p.id, p.previousId, p.missingFrom, p.missingTo]);

describe('audit.verify: the hash chain of the audit log', () => {
  it('finds the untouched log intact and says how many rows it checked', () => {
    const { token, rows } = auditedFacility();
    const r = verify(token);
    expect(r).toMatchObject({ ok: true, checked: rows, lastId: rows, problems: [], problemCount: 0 });
    expect(r.message).toBe(`Nhật ký toàn vẹn: đã kiểm tra ${rows} dòng, chuỗi mã băm khớp từ dòng #1 đến dòng #${rows}.`);
    expect(r.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is open to the head, and refused to an officer', () => {
    const { token } = auditedFacility();
    t.ok('users.create', { username: 'canbo', fullName: 'Lê Văn Cán', role: 'officer', password: 'can-bo-quan-ly-1' }, token);
    const head = t.ok('auth.login', { username: 'truong', password: 'truong-co-so-1' }).token;
    const officer = t.ok('auth.login', { username: 'canbo', password: 'can-bo-quan-ly-1' }).token;
    expect(verify(head).ok).toBe(true);
    expect(t.call('audit.verify', {}, officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a write that failed and rolled back leaves no false gap', () => {
    const { token, bedIds } = auditedFacility();
    // The admission writes its person and stay audit rows, then fails on the movement: all of it rolls back.
    t.backend.database.sqlite.exec("CREATE TRIGGER break BEFORE INSERT ON movements BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    expect(t.call('admissions.admit', admission({ bedId: bedIds[2]!, citizenId: '079090009999' }), token).ok).toBe(false);
    t.backend.database.sqlite.exec('DROP TRIGGER break');
    t.ok('admissions.admit', admission({ bedId: bedIds[2]!, citizenId: '079090009999', fullName: 'Lê Văn Tư' }), token);
    expect(verify(token)).toMatchObject({ ok: true, checked: count(t, 'audit_log') });
  });

  it('(a) names the row whose content was edited in the file', () => {
    const { token, rows } = auditedFacility();
    const target = rows - 3;
    tamper(`UPDATE audit_log SET after_json = json_set(after_json, '$.fullName', 'Người Khác') WHERE id = ?`, target);
    const r = verify(token);
    expect(r.ok).toBe(false);
    expect(kinds(r)).toEqual([['edited', target, null, null, null]]);
    expect(r.message).toContain(`Dòng #${target} đã bị sửa sau khi ghi`);
  });

  it('(a) an edit whose hash was recomputed still breaks the link of the next row', () => {
    const { token, rows } = auditedFacility();
    const target = rows - 3;
    tamper(`UPDATE audit_log SET reason = 'sửa lén', hash = 'f00d' WHERE id = ?`, target);
    // The row's own hash no longer matches (f00d is not its hash) and the next row points at the old hash.
    expect(kinds(verify(token))).toEqual([
      ['edited', target, null, null, null],
      ['unlinked', target + 1, target, null, null],
    ]);
  });

  it('(b) names the rows either side of a row deleted in the middle', () => {
    const { token, rows } = auditedFacility();
    const target = Math.floor(rows / 2);
    tamper('DELETE FROM audit_log WHERE id = ?', target);
    const r = verify(token);
    expect(r).toMatchObject({ ok: false, checked: rows - 1 });
    expect(kinds(r)).toEqual([
      ['gap', target + 1, target - 1, target, target],
      ['unlinked', target + 1, target - 1, null, null],
    ]);
    expect(r.message).toContain(`Mất 1 dòng (#${target}) giữa dòng #${target - 1} và dòng #${target + 1}: đã bị xóa.`);
  });

  it('finds the first rows deleted', () => {
    const { token } = auditedFacility();
    tamper('DELETE FROM audit_log WHERE id <= 2');
    expect(kinds(verify(token))).toEqual([
      ['gap', 3, null, 1, 2],
      ['unlinked', 3, null, null, null],
    ]);
  });

  it('(c) finds the last row deleted through the id counter, and says a chain alone cannot see it once that is reset', () => {
    const { token, rows } = auditedFacility();
    const before = verify(token);
    tamper('DELETE FROM audit_log WHERE id = ?', rows);
    const r = verify(token);
    expect(r).toMatchObject({ ok: false, checked: rows - 1, lastId: rows - 1 });
    expect(kinds(r)).toEqual([['gap', null, rows - 1, rows, rows]]);
    expect(r.message).toContain(`Mất 1 dòng cuối (#${rows}) sau dòng #${rows - 1}`);

    // An intruder who also lowers the counter leaves a shorter chain that is intact in itself: only a head hash
    // kept elsewhere (the one the last check showed) tells it apart.
    tamper("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_log'");
    const truncated = verify(token);
    expect(truncated).toMatchObject({ ok: true, checked: rows - 1 });
    expect(truncated.headHash).not.toBe(before.headHash);
    expect(truncated.limitation).toMatch(/không phát hiện được, vì mã băm của dòng cuối không được lưu ở nơi nào khác/);
  });
});
