import { afterEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../electron/router/router';
import { featureHandlers } from '../../../electron/services';
import { contract } from '../../../shared/contract';
import { admission, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

describe('router registration', () => {
  it('covers every contract method exactly once', () => {
    expect([...registerHandlers(featureHandlers).keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a method handled twice, a handler outside the contract, and a method without a handler', () => {
    expect(() => registerHandlers([...featureHandlers, { 'system.health': () => ({}) }])).toThrow(/handled twice: system.health/);
    expect(() => registerHandlers([...featureHandlers, { 'nope.nothing': () => ({}) }])).toThrow(/not in the contract/);
    expect(() => registerHandlers(featureHandlers.slice(1))).toThrow(/without a handler: system.health/);
  });
});

describe('the gate every call passes', () => {
  it('refuses a call without a session, in Vietnamese, before touching data', () => {
    t = openTestBackend();
    setupFacility(t);
    const r = t.call('residents.list', {}, null);
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(t.call('residents.list', {}, 'forged-token')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('refuses a role without the permission and writes nothing', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    t.ok('users.create', { username: 'gv.lan', fullName: 'Lê Thị Lan', role: 'trainer', password: 'giao-vien-123' }, token);
    const trainer = t.ok('auth.login', { username: 'gv.lan', password: 'giao-vien-123' }).token;
    const audits = count(t, 'audit_log');
    const r = t.call('admissions.admit', admission({ bedId: bedIds[0]! }), trainer);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(count(t, 'stays')).toBe(0);
    expect(count(t, 'audit_log')).toBe(audits);
    expect(t.call('users.list', {}, trainer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names each bad field in Vietnamese and writes nothing', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const bad = admission({ bedId: bedIds[0]!, citizenId: '12ab', birthDate: '1990-02-30' });
    bad.person.fullName = '   ';
    const r = t.call('admissions.admit', bad, token);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    const fields = Object.fromEntries((r.error.issues ?? []).map((i) => [i.field, i.message]));
    expect(fields['person.fullName']).toMatch(/Họ và tên: không được để trống/);
    expect(fields['person.citizenId']).toMatch(/12 chữ số/);
    expect(fields['person.birthDate']).toMatch(/ngày không có thật/);
    expect(count(t, 'persons')).toBe(0);
  });

  it('answers wrong-typed and missing input with invalid_input, not a crash', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    for (const input of [null, 'text', 42, [], { person: 'x' }]) {
      const r = t.call('admissions.admit', input, token);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(t.call('residents.list', { limit: 100000 }, token)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.call('no.such.method', {}, token)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('leaves an audit row, chained to the previous one, for every write', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const before = count(t, 'audit_log');
    t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
    const rows = t.backend.database.sqlite
      .prepare('SELECT method, entity, username, prev_hash AS prevHash, hash FROM audit_log ORDER BY id')
      .all() as { method: string; entity: string; username: string; prevHash: string; hash: string }[];
    const added = rows.slice(before);
    expect(added.map((r) => r.entity).sort()).toEqual(['court_decision', 'handover_record', 'health_record', 'movement', 'person', 'stay']);
    expect(added.every((r) => r.method === 'admissions.admit' && r.username === 'admin')).toBe(true);
    rows.forEach((r, i) => expect(r.prevHash).toBe(i === 0 ? '' : rows[i - 1]!.hash));
  });

  it('rolls back the whole write when a step fails midway, and keeps stacks out of the answer', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    // Break the last step (the movement insert) so the person and stay inserts before it must roll back.
    t.backend.database.sqlite.exec(
      "CREATE TRIGGER break_movements BEFORE INSERT ON movements BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    );
    const r = t.call('admissions.admit', admission({ bedId: bedIds[0]! }), token);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toMatch(/disk full|at .*\.ts/);
    expect(count(t, 'persons')).toBe(0);
    expect(count(t, 'stays')).toBe(0);
    expect(count(t, 'file_number_counters')).toBe(0);
  });

  it('the database itself refuses edits and deletes of movements and audit rows', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
    const db = t.backend.database.sqlite;
    expect(() => db.exec("UPDATE movements SET type = 'escaped'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM movements')).toThrow(/append-only/);
    expect(() => db.exec("UPDATE audit_log SET username = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });
});
