import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../../db/paths';
import { createBackend, type Backend } from '../../../electron/backend';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { ADMIN, FIXED_NOW, openTestBackend } from './test-backend';

let w: DischargeWorld;
let other: Backend | null = null;
afterEach(() => {
  other?.close();
  other = null;
  w?.t.close();
});

/** A second back end on the same database file: another connection, its own sessions. */
function secondBackend(): { backend: Backend; token: string } {
  const backend = createBackend({
    dbFile: path.join(w.t.dir, 'rehabdesk.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
    appVersion: '0.0.0-test',
    now: () => FIXED_NOW,
    logger: { error: () => {} },
  });
  const login = backend.router.call('auth.login', { username: ADMIN.username, password: ADMIN.password }, null);
  if (!login.ok) throw new Error('login failed');
  return { backend, token: (login.data as { token: string }).token };
}

describe('the certificate register', () => {
  it('numbers discharges from two connections in turn with no gap and no repeat, per kind', () => {
    w = openDischargeWorld(openTestBackend());
    const second = secondBackend();
    other = second.backend;
    const compulsory = Array.from({ length: 14 }, () => w.admit().stayId);
    const voluntary = Array.from({ length: 6 }, () => w.admit({ kind: 'voluntary', broughtInOn: '2026-04-01', termMonths: 6 }).stayId);
    const all = [...compulsory.map((s) => [s, 'completed'] as const), ...voluntary.map((s) => [s, 'voluntary_completed'] as const)];
    // Interleave the two kinds, and alternate the connection that records each one.
    all.sort((a, b) => (a[0] * 7) % 11 - (b[0] * 7) % 11 || a[0] - b[0]);
    all.forEach(([stayId, reason], i) => {
      const input = w.input(stayId, reason);
      const r = i % 2 === 0 ? w.t.call('discharge.record', input, w.token) : second.backend.router.call('discharge.record', input, second.token);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });

    const list = w.t.ok('certificates.list', { year: 2026 }, w.token).certificates;
    const mau46 = list.filter((c) => c.kind === 'mau46');
    const mau26b = list.filter((c) => c.kind === 'mau26b');
    expect(mau46.map((c) => c.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(mau46.map((c) => c.number)).toEqual(Array.from({ length: 14 }, (_, i) => `${String(i + 1).padStart(4, '0')}/2026/GCN`));
    expect(mau26b.map((c) => c.number)).toEqual(Array.from({ length: 6 }, (_, i) => `${String(i + 1).padStart(4, '0')}/2026/GCN-TN`));
    expect(new Set(list.map((c) => c.stayId)).size).toBe(20);
    expect(w.row('SELECT last FROM certificate_counters WHERE kind = ? AND year = 2026', 'mau46')).toEqual({ last: 14 });
  });

  it('the database itself refuses a repeated number or sequence', () => {
    w = openDischargeWorld(openTestBackend());
    const { stayId } = w.admit();
    w.discharge(stayId, 'completed');
    const insert = w.t.backend.database.sqlite.prepare(
      "INSERT INTO certificates (kind, year, seq, number, stay_id, issued_on) VALUES ('mau46', 2026, ?, ?, ?, '2026-11-23')",
    );
    expect(() => insert.run(1, '9999/2026/GCN', stayId)).toThrow(/UNIQUE/);
    expect(() => insert.run(2, '0001/2026/GCN', stayId)).toThrow(/UNIQUE/);
    expect(() => w.t.backend.database.sqlite.prepare("UPDATE certificates SET number = 'x'").run()).toThrow(/never changes/);
  });

  it('takes the year of the discharge day, and a refused discharge takes no number', () => {
    w = openDischargeWorld(openTestBackend());
    const late = w.admit({ broughtInOn: '2024-12-01', termMonths: 12 }).stayId;
    const r = w.t.ok('discharge.record', w.input(late, 'completed', { occurredAt: '2025-12-31T10:00:00+07:00' }), w.token);
    expect(r.certificateNumber).toBe('0001/2025/GCN');

    const refused = w.admit().stayId;
    expect(w.discharge(refused, 'completed', { settlement: { roadMealDays: 9 } }).ok).toBe(false);
    expect(w.t.ok('discharge.record', w.input(refused, 'completed'), w.token).certificateNumber).toBe('0001/2026/GCN');
    expect(w.t.ok('certificates.list', { year: 2025 }, w.token).certificates).toMatchObject([{ number: '0001/2025/GCN', stayId: late, issuedOn: '2025-12-31' }]);
  });
});
