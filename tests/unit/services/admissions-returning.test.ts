import { afterEach, describe, expect, it } from 'vitest';
import { admission, admissionOf, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

let t: TestBackend;
afterEach(() => t?.close());

/** A first stay, closed as the discharge issue will (directly here), so the person can come back. */
function pastStay(token: string, bedId: number) {
  const first = t.ok('admissions.admit', admission({ bedId, broughtInOn: '2024-01-10', decisionDate: '2024-01-02', termMonths: 12 }), token);
  t.backend.database.sqlite
    .prepare("UPDATE stays SET state = 'discharged', current_bed_id = NULL, discharged_on = '2025-01-10' WHERE id = ?")
    .run(first.stayId);
  return first;
}

describe('returning people', () => {
  it('finds a person by citizen ID, or by the name without accents and the birth date or year, with their stays', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const first = pastStay(token, bedIds[0]!);
    const byId = t.ok('admissions.findReturning', { citizenId: '079090001234' }, token);
    expect(byId).toEqual([
      expect.objectContaining({
        personId: first.personId,
        fullName: 'Nguyễn Văn Hùng',
        reasons: ['citizen_id'],
        stays: [expect.objectContaining({ stayId: first.stayId, fileNumber: '2024/0001', state: 'discharged', dischargedOn: '2025-01-10' })],
      }),
    ]);
    expect(t.ok('admissions.findReturning', { fullName: 'nguyen van hung', birthDate: '1990-05-01' }, token)[0]?.reasons).toEqual(['name_birth_date']);
    expect(t.ok('admissions.findReturning', { fullName: 'NGUYỄN VĂN HÙNG', birthYear: 1990 }, token)[0]?.reasons).toEqual(['name_birth_year']);
    expect(t.ok('admissions.findReturning', { fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-02' }, token)).toEqual([]);
    expect(t.ok('admissions.findReturning', { citizenId: '0790900' }, token)).toEqual([]);
  });

  it('only admission staff may look people up', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    t.ok('users.create', { username: 'yte', fullName: 'Lê Thị Y', role: 'medical', password: 'y-te-rat-dai-1' }, token);
    const medical = t.ok('auth.login', { username: 'yte', password: 'y-te-rat-dai-1' }).token;
    expect(t.call('admissions.findReturning', { citizenId: '079090001234' }, medical)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('attaches the confirmed person’s new stay to their history, updating their details from this admission', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const first = pastStay(token, bedIds[0]!);
    const again = admission({ bedId: bedIds[1]! });
    const person = { ...again.person, citizenId: undefined, residence: { province: 'Tỉnh Lâm Đồng', commune: 'Xã Đạ Huoai' } };
    const moved = { ...again, personId: first.personId, person };
    const r = t.ok('admissions.admit', moved, token);
    expect(r).toMatchObject({ personId: first.personId, isReadmission: true, fileNumber: '2026/0001' });
    expect(count(t, 'persons')).toBe(1);
    // What was given changes; what was left empty this time (the citizen ID here) stays as the register knew it.
    expect(t.backend.database.sqlite.prepare('SELECT permanent_province AS p, citizen_id AS id FROM persons').get()).toEqual({ p: 'Tỉnh Lâm Đồng', id: '079090001234' });
    const audit = t.backend.database.sqlite.prepare("SELECT before_json AS b, reason FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1").get() as { b: string; reason: string };
    expect(JSON.parse(audit.b)).toMatchObject({ permanentProvince: 'Đồng Nai' });
    expect(audit.reason).toMatch(/Tiếp nhận lại/);
    const profile = t.ok('residents.get', { stayId: r.stayId }, token);
    expect(profile.stay.isReadmission).toBe(true);
    expect(profile.otherStays.map((s) => s.stayId)).toEqual([first.stayId]);
  });

  it('refuses to create a second person with a citizen ID already in the register, naming its holder', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    pastStay(token, bedIds[0]!);
    const r = t.call('admissions.admit', admission({ bedId: bedIds[1]!, fullName: 'Phạm Văn Khác' }), token);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', field: 'person.citizenId' } });
    if (!r.ok) expect(r.error.message).toMatch(/Nguyễn Văn Hùng \(sinh 01\/05\/1990, hồ sơ 2024\/0001\)/);
    expect(count(t, 'persons')).toBe(1);
    expect(count(t, 'stays')).toBe(1);
  });

  it('asks before creating a namesake with the same birth date, and creates them once the officer confirms', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    pastStay(token, bedIds[0]!);
    const namesake = admission({ bedId: bedIds[1]!, citizenId: '001090009999' });
    const asked = t.call('admissions.admit', namesake, token);
    expect(asked).toMatchObject({ ok: false, error: { code: 'conflict', field: 'personId' } });
    if (!asked.ok) expect(asked.error.message).toMatch(/cùng họ tên và ngày\/năm sinh/);
    expect(count(t, 'persons')).toBe(1);
    const r = t.ok('admissions.admit', { ...namesake, confirmNewPerson: true }, token);
    expect(r.isReadmission).toBe(false);
    expect(count(t, 'persons')).toBe(2);
  });

  it('refuses a second open stay of a person still in the facility, and another person’s citizen ID', () => {
    t = openTestBackend();
    const { token, bedIds } = setupFacility(t);
    const present = t.ok('admissions.admit', admission({ bedId: bedIds[0]! }), token);
    const twice = t.call('admissions.admit', { ...admission({ bedId: bedIds[1]! }), personId: present.personId }, token);
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', field: 'personId' } });
    if (!twice.ok) expect(twice.error.message).toContain('2026/0001');
    const other = t.ok('admissions.admit', admission({ bedId: bedIds[1]!, fullName: 'Trần Văn Bảy', citizenId: '079090007777' }), token);
    t.backend.database.sqlite.prepare("UPDATE stays SET state = 'discharged', current_bed_id = NULL WHERE id = ?").run(other.stayId);
    const stolen = t.call('admissions.admit', { ...admission({ bedId: bedIds[1]!, fullName: 'Trần Văn Bảy' }), personId: other.personId }, token);
    expect(stolen).toMatchObject({ ok: false, error: { code: 'conflict', field: 'person.citizenId' } });
    expect(count(t, 'stays')).toBe(2);
  });

  it('keeps an open assessment stay from being doubled by a pending-decision admission', () => {
    t = openTestBackend();
    const { token } = setupFacility(t);
    const areaId = t.ok('beds.createArea', { code: 'T', name: 'Khu tạm', purpose: 'temporary', sex: 'male' }, token).id;
    const beds = t.ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 }, token).bedIds;
    const a = t.ok('admissions.admit', admissionOf('assessment', beds[0]!, '2026-11-20'), token);
    const pending = admissionOf('pending_decision', beds[1]!, '2026-11-21');
    const r = t.call('admissions.admit', { ...pending, personId: a.personId }, token);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', field: 'personId' } });
  });
});
