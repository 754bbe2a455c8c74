import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENDED, openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { admission, admissionOf, openTestBackend, setupFacility, type TestBackend } from './test-backend';

// Now is Monday 23/11/2026, 10:00 in Vietnam: the morning roll (06:30) has passed, the evening one (21:00) not.
let t: TestBackend;
let token: string;
let bedIds: number[];
let areaId: number;

beforeEach(() => {
  t = openTestBackend();
  ({ token, bedIds, areaId } = setupFacility(t));
});
afterEach(() => t.close());

const sqlite = () => t.backend.database.sqlite;
const overview = () => t.ok('alerts.overview', {}, token);

/** A one-room area of the given purpose (the separation rules want assessments and voluntary residents apart). */
function area(code: string, purpose: 'temporary' | 'voluntary'): number[] {
  const id = t.ok('beds.createArea', { code, name: `Khu ${code}`, purpose, sex: 'male' }, token).id;
  return t.ok('beds.createRoom', { areaId: id, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 }, token).bedIds;
}

/** Puts a stay out by a movement, as the movement service would (the state is the movements' cache). */
function sendOut(stayId: number, type: string, state: string, occurredOn: string, expectedReturnOn: string | null) {
  sqlite()
    .prepare(
      `INSERT INTO movements (stay_id, type, occurred_at, occurred_on, recorded_at, expected_return_on, document_number)
       VALUES (?, ?, ?, ?, ?, ?, 'GCV 15/BVĐK')`,
    )
    .run(stayId, type, `${occurredOn}T03:00:00.000Z`, occurredOn, `${occurredOn}T03:00:00.000Z`, expectedReturnOn);
  sqlite().prepare('UPDATE stays SET state = ? WHERE id = ?').run(state, stayId);
}

describe('alerts.overview', () => {
  it('flags the morning roll not taken for an area with residents, until it is saved', () => {
    t.ok('admissions.admit', admission({ bedId: bedIds[0] ?? 0, broughtInOn: '2026-11-02' }), token);
    expect(overview().alerts).toEqual([
      expect.objectContaining({ kind: 'roll_not_taken', area: { id: areaId, code: 'A', name: 'Khu A' }, slot: 'morning', time: '06:30', since: '2026-11-23' }),
    ]);
    sqlite()
      .prepare("INSERT INTO rolls (area_id, roll_date, slot, saved_at, expected_count, present_count) VALUES (?, '2026-11-23', 'morning', ?, 1, 1)")
      .run(areaId, '2026-11-23T00:00:00.000Z');
    expect(overview()).toEqual({
      alerts: [],
      counts: {
        overdue_return: 0,
        assessment_overdue: 0,
        voluntary_self_termination: 0,
        roll_not_taken: 0,
        release_due: 0,
        notice_overdue: 0,
        reduction_review_due: 0,
      },
    });
  });

  it('flags an assessment admitted 6 days ago with its citation, not one admitted 5 days ago', () => {
    const beds = area('T', 'temporary');
    const referral = { documentNumber: '102/CV-CAX', documentDate: '2026-11-16', issuer: 'Công an xã Xuân Tâm' };
    const person = admission({ bedId: 0 }).person;
    const late = t.ok('admissions.admit', { ...admissionOf('assessment', beds[0] ?? 0, '2026-11-17'), referral, person: { ...person, citizenId: '079090000001' } }, token);
    t.ok('admissions.admit', { ...admissionOf('assessment', beds[1] ?? 0, '2026-11-18'), referral, person: { ...person, fullName: 'Lê Văn Tâm', citizenId: '079090000002' } }, token);
    const assessments = overview().alerts.filter((a) => a.kind === 'assessment_overdue');
    expect(assessments).toEqual([
      expect.objectContaining({ stay: expect.objectContaining({ stayId: late.stayId, fullName: 'Nguyễn Văn Hùng' }), since: '2026-11-17', dueOn: '2026-11-22', limit: 5, citation: 'Thông tư 18/2021/TT-BYT, Điều 5' }),
    ]);
  });

  it('flags a resident in hospital past the expected return', () => {
    const { stayId } = t.ok('admissions.admit', admission({ bedId: bedIds[0] ?? 0, broughtInOn: '2026-11-02' }), token);
    sendOut(stayId, 'to_hospital', 'in_hospital', '2026-11-12', '2026-11-20');
    expect(overview().alerts.filter((a) => a.kind === 'overdue_return')).toEqual([
      expect.objectContaining({ stay: expect.objectContaining({ stayId }), since: '2026-11-12', dueOn: '2026-11-20', overdueDays: 3, state: 'in_hospital', citation: 'GCV 15/BVĐK' }),
    ]);
  });

  it('flags a voluntary resident escaped 5 working days ago as self-terminated, not a compulsory one', () => {
    const voluntary = t.ok('admissions.admit', { ...admissionOf('voluntary', area('V', 'voluntary')[0] ?? 0, '2026-11-10'), person: { ...admission({ bedId: 0 }).person, citizenId: '079090000003' } }, token);
    const compulsory = t.ok('admissions.admit', admission({ bedId: bedIds[1] ?? 0, fullName: 'Lê Văn Tâm', citizenId: '079090000004' }), token);
    sendOut(voluntary.stayId, 'escaped', 'escaped', '2026-11-16', null);
    sendOut(compulsory.stayId, 'escaped', 'escaped', '2026-11-16', null);
    expect(overview().alerts.filter((a) => a.kind === 'voluntary_self_termination')).toEqual([
      expect.objectContaining({ stay: expect.objectContaining({ stayId: voluntary.stayId }), since: '2026-11-16', dueOn: '2026-11-23', limit: 5 }),
    ]);
    // A holiday in the week pushes the fifth working day to tomorrow.
    t.ok('settings.setHolidays', { holidays: ['2026-11-19'] }, token);
    expect(overview().alerts.filter((a) => a.kind === 'voluntary_self_termination')).toEqual([]);
  });
});

describe('alerts.overview: release planning', () => {
  let w: DischargeWorld;
  beforeEach(() => {
    w = openDischargeWorld();
  });
  afterEach(() => w.t.close());

  const planning = () =>
    w.t.ok('alerts.overview', {}, w.token).alerts.filter((a) => ['release_due', 'notice_overdue', 'reduction_review_due'].includes(a.kind));

  it('flags a term ended with the resident still here and its release notices not sent, until sent and discharged', () => {
    // Brought in 01/11/2025 for 12 months: released 01/11/2026, the 15-day notices due 17/10/2026.
    const ended = w.admit({ broughtInOn: ENDED.broughtInOn });
    w.admit({ broughtInOn: '2026-01-05' });
    const notice = (recipient: string) =>
      expect.objectContaining({
        kind: 'notice_overdue',
        stay: expect.objectContaining({ stayId: ended.stayId }),
        noticeKind: 'release',
        recipient,
        dueOn: '2026-10-17',
        overdueDays: 37,
        citation: 'Nghị định 116/2021/NĐ-CP (thông báo trước khi chấp hành xong)',
      });
    expect(planning()).toEqual([
      expect.objectContaining({
        kind: 'release_due',
        stay: expect.objectContaining({ stayId: ended.stayId }),
        since: '2025-11-01',
        dueOn: '2026-11-01',
        overdueDays: 22,
        state: 'present',
        recipient: null,
        citation: '12/2025/QĐ-TA',
      }),
      // As the notices screen lists them: soonest due, then by recipient.
      notice('commune'),
      notice('court'),
      notice('family'),
    ]);
    expect(w.t.ok('alerts.overview', {}, w.token).counts).toMatchObject({ release_due: 1, notice_overdue: 3, reduction_review_due: 0 });

    w.t.ok('notices.markSent', { stayId: ended.stayId, kind: 'release', recipient: 'court', sentOn: '2026-11-20', reference: '45/TB-CSCN' }, w.token);
    expect(planning().map((a) => `${a.kind} ${a.recipient ?? ''}`)).toEqual(['release_due ', 'notice_overdue commune', 'notice_overdue family']);

    expect(w.discharge(ended.stayId, 'completed')).toMatchObject({ ok: true });
    expect(planning()).toEqual([]);
  });

  it('reminds of the reduction review three months after the latest one, linking no resident', () => {
    expect(planning()).toEqual([]);
    const review = w.t.backend.database.sqlite.prepare("INSERT INTO reduction_reviews (title, review_on, status) VALUES (?, ?, 'approved')");
    review.run('Đợt xét quý III/2026', '2026-08-24');
    expect(planning()).toEqual([]);
    review.run('Đợt xét bổ sung', '2026-08-23');
    review.run('Đợt xét quý II/2026', '2026-05-20');
    // The latest review day counts, not the latest row written.
    expect(planning()).toEqual([]);
    w.t.backend.database.sqlite.prepare("UPDATE reduction_reviews SET review_on = '2026-08-23' WHERE title = 'Đợt xét quý III/2026'").run();
    expect(planning()).toEqual([
      expect.objectContaining({ kind: 'reduction_review_due', stay: null, area: null, since: '2026-08-23', dueOn: '2026-11-23', overdueDays: 0, limit: 3 }),
    ]);
  });
});
