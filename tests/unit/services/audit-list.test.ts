import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract';
import { admission, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

// The clock the back end reads; moved between writes so rows fall either side of a Vietnamese midnight.
const clock = new Date();

/** The administrator sets up and admits Hùng late on the 22nd; after midnight the head moves him and admits Nam. */
function history() {
  clock.setTime(Date.parse('2026-11-22T16:30:00.000Z')); // 22/11/2026 23:30 in Vietnam, still the 22nd.
  t = openTestBackend(clock);
  const { token, bedIds } = setupFacility(t);
  t.ok('users.create', { username: 'truong', fullName: 'Nguyễn Văn Thành', role: 'head', password: 'truong-co-so-1' }, token);
  const hung = t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
  clock.setTime(Date.parse('2026-11-22T17:30:00.000Z')); // 23/11 00:30 in Vietnam, the 22nd in UTC.
  const head = t.ok('auth.login', { username: 'truong', password: 'truong-co-so-1' }).token;
  t.ok('beds.move', { stayId: hung.stayId, toBedId: bedIds[5]!, reason: 'Theo yêu cầu của tổ y tế' }, head);
  const nam = t.ok('admissions.admit', admission({ bedId: bedIds[1]!, fullName: 'Trần Văn Nam', citizenId: '079090005678' }), head);
  return { token, head, hung, nam };
}

type Rows = MethodOutput<'audit.list'>['rows'];
const methods = (rows: Rows) => [...new Set(rows.map((r) => r.method))].sort();

describe('audit.list: the viewer’s filters and paging', () => {
  it('filters by user and by method, counting every match', () => {
    const { token } = history();
    const byHead = t.ok('audit.list', { username: 'truong' }, token);
    expect(methods(byHead.rows)).toEqual(['admissions.admit', 'auth.login', 'beds.move']);
    expect(byHead.total).toBe(byHead.rows.length);
    const admits = t.ok('audit.list', { method: 'admissions.admit' }, token);
    expect(admits.rows.every((r) => r.method === 'admissions.admit')).toBe(true);
    expect(admits.rows.filter((r) => r.entity === 'stay')).toHaveLength(2);
    // An empty text filter is no filter: the viewer sends what the officer left blank.
    expect(t.ok('audit.list', { username: '', method: '' }, token).total).toBe(count(t, 'audit_log'));
  });

  it('takes dates as Vietnamese calendar days, not UTC ones', () => {
    const { token } = history();
    const on23 = t.ok('audit.list', { from: '2026-11-23', to: '2026-11-23' }, token);
    expect(methods(on23.rows)).toEqual(['admissions.admit', 'auth.login', 'beds.move']);
    expect(on23.rows.every((r) => r.username === 'truong')).toBe(true);
    const on22 = t.ok('audit.list', { to: '2026-11-22' }, token);
    expect(on22.rows.some((r) => r.method === 'beds.move')).toBe(false);
    expect(on22.total + on23.total).toBe(count(t, 'audit_log'));
    expect(t.call('audit.list', { from: '2026-11-23', to: '2026-11-22' }, token)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to', message: 'Đến ngày: không được trước "Từ ngày"' },
    });
  });

  it("finds a resident's rows: the stay, the person and the records naming the stay, not another resident's", () => {
    const { token, hung, nam } = history();
    const rows = t.ok('audit.list', { stayId: hung.stayId }, token).rows;
    const personId = t.ok('residents.get', { stayId: hung.stayId }, token).person.id;
    const entities = new Set(rows.map((r) => r.entity));
    for (const e of ['stay', 'person', 'movement', 'court_decision', 'health_record']) expect(entities).toContain(e);
    expect(rows.filter((r) => r.entity === 'movement').map((r) => r.method).sort()).toEqual(['admissions.admit', 'beds.move']);
    expect(rows.filter((r) => r.entity === 'stay').every((r) => r.entityId === String(hung.stayId))).toBe(true);
    expect(rows.filter((r) => r.entity === 'person').every((r) => r.entityId === String(personId))).toBe(true);
    const namRows = t.ok('audit.list', { stayId: nam.stayId }, token).rows;
    expect(namRows.map((r) => r.id).filter((id) => rows.some((r) => r.id === id))).toEqual([]);
  });

  it('filters by entity and entity id', () => {
    const { token, hung } = history();
    const r = t.ok('audit.list', { entity: 'stay', entityId: String(hung.stayId) }, token);
    expect(r.total).toBeGreaterThan(0);
    expect(r.rows.every((row) => row.entity === 'stay' && row.entityId === String(hung.stayId))).toBe(true);
  });

  it('pages newest first with the total unchanged, and keeps before/after as written', () => {
    const { token } = history();
    const all = t.ok('audit.list', {}, token);
    const page = t.ok('audit.list', { limit: 3, offset: 3 }, token);
    expect(page.total).toBe(all.total);
    expect(page.rows.map((r) => r.id)).toEqual(all.rows.slice(3, 6).map((r) => r.id));
    expect(all.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].sort((a, b) => b - a));
    const move = all.rows.find((r) => r.method === 'beds.move' && r.entity === 'movement');
    expect(move?.after).toMatchObject({ type: 'bed_move', reason: 'Theo yêu cầu của tổ y tế' });
  });
});
