import { afterEach, describe, expect, it } from 'vitest';
import { admission, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

/** The facility plus a head of facility signed in, and a men's minors' area with free beds. */
function withHead() {
  const f = setupFacility(t);
  t.ok('users.create', { username: 'truongcs', fullName: 'Đặng Văn Trưởng', role: 'head', password: 'truong-co-so-1' }, f.token);
  const head = t.ok('auth.login', { username: 'truongcs', password: 'truong-co-so-1' }).token;
  const areaId = t.ok('beds.createArea', { code: 'TN', name: 'Khu người chưa thành niên', purpose: 'minors', sex: 'male' }, f.token).id;
  const minorsBed = t.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 }, f.token).bedIds[0]!;
  return { ...f, head, minorsBed };
}

describe('placing a new resident against the separation rules', () => {
  it('lets the head place with a reason: the admission movement carries the override and its reason', () => {
    t = openTestBackend();
    const { head, minorsBed } = withHead();
    const reason = 'Khu người lớn hết giường; chuyển lại khi có chỗ';
    const r = t.ok('admissions.admit', { ...admission({ bedId: minorsBed }), placementOverride: { reason } }, head);
    const moved = t.backend.database.sqlite.prepare("SELECT override, reason FROM movements WHERE stay_id = ? AND type = 'admitted'").get(r.stayId);
    expect(moved).toEqual({ override: 1, reason });
    const audit = t.backend.database.sqlite.prepare("SELECT reason FROM audit_log WHERE entity = 'placement_override'").all();
    expect(audit).toEqual([{ reason }]);
  });

  it('refuses the same override from an officer, and writes nothing', () => {
    t = openTestBackend();
    const { token, minorsBed } = withHead();
    t.ok('users.create', { username: 'canbo', fullName: 'Phạm Thị Thu', role: 'officer', password: 'can-bo-tiep-nhan-1' }, token);
    const officer = t.ok('auth.login', { username: 'canbo', password: 'can-bo-tiep-nhan-1' }).token;
    const r = t.call('admissions.admit', { ...admission({ bedId: minorsBed }), placementOverride: { reason: 'Hết giường' } }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'bedId' } });
    expect(count(t, 'stays') + count(t, 'persons')).toBe(0);
  });
});
