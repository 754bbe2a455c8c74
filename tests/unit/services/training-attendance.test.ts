import { afterEach, describe, expect, it } from 'vitest';
import { count } from './test-backend';
import { openTrainingWorld, type TrainingWorld } from './training-fixture';

let w: TrainingWorld;
afterEach(() => w?.t.close());

/**
 * A running welding class on Mondays, Wednesdays and Fridays at 13:30. An and Bình joined on 10/11, Cường on
 * 19/11; An went to hospital on Friday 20/11 at 08:00, before that day's session.
 */
function world() {
  w = openTrainingWorld();
  const classId = w.openClass(w.trade('Hàn'));
  const an = w.resident('Nguyễn Văn An', '079090001000').stayId;
  const binh = w.resident('Trần Văn Bình', '079090001001').stayId;
  const cuong = w.resident('Lê Văn Cường', '079090001002').stayId;
  w.enrol(classId, [an, binh], '2026-11-10');
  w.enrol(classId, [cuong], '2026-11-19');
  w.t.ok('movements.record', { stayId: an, type: 'to_hospital', occurredAt: '2026-11-20T08:00:00+07:00', destination: 'Bệnh viện tỉnh' }, w.admin);
  const enrolment = (stayId: number) => w.row<{ id: number }>('SELECT id FROM enrolments WHERE stay_id = ?', stayId).id;
  return { classId, an: enrolment(an), binh: enrolment(binh), cuong: enrolment(cuong) };
}

describe('a session’s attendance sheet', () => {
  it('lists only those on the class that day, present by default, the one in hospital marked by his movement', () => {
    const { classId } = world();
    const wednesday = w.t.ok('sessions.sheet', { sessionId: w.sessionOn(classId, '2026-11-18') }, w.trainer);
    expect(wednesday.className).toBe('Lớp Hàn K1');
    expect(wednesday.classId).toBe(classId);
    // In order of tên. Cường joined on the 19th: not on the 18th's sheet, so never counted absent for it.
    expect(wednesday.lines.map((l) => [l.fullName, l.present, l.reason, l.awayByMovement])).toEqual([
      ['Nguyễn Văn An', true, null, false],
      ['Trần Văn Bình', true, null, false],
    ]);
    const friday = w.t.ok('sessions.sheet', { sessionId: w.sessionOn(classId, '2026-11-20') }, w.trainer);
    expect(friday.lines.map((l) => [l.fullName, l.present, l.reason, l.awayByMovement])).toEqual([
      ['Nguyễn Văn An', false, 'hospital', true],
      ['Trần Văn Bình', true, null, false],
      ['Lê Văn Cường', true, null, false],
    ]);
  });

  it('refuses the one in hospital as present, an absence without a reason, a missing or extra resident, writing nothing', () => {
    const { classId, an, binh, cuong } = world();
    const friday = w.sessionOn(classId, '2026-11-20');
    const take = (sessionId: number, lines: unknown[]) => w.t.call('sessions.take', { sessionId, lines }, w.trainer);
    const before = count(w.t, 'audit_log');
    expect(take(friday, [{ enrolmentId: an, present: true }, { enrolmentId: binh, present: true }, { enrolmentId: cuong, present: true }])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'lines.0.present', message: 'Nguyễn Văn An đang nằm viện lúc 13:30 ngày 20/11/2026: không thể ghi có mặt.' },
    });
    expect(take(friday, [{ enrolmentId: an, present: false, reason: 'hospital' }, { enrolmentId: binh, present: false }, { enrolmentId: cuong, present: true }])).toMatchObject({
      ok: false,
      error: { field: 'lines.1.reason', message: 'Trần Văn Bình vắng: chọn lý do vắng.' },
    });
    expect(take(friday, [{ enrolmentId: an, present: false, reason: 'hospital' }, { enrolmentId: binh, present: true }])).toMatchObject({
      ok: false,
      error: { field: 'lines', message: 'Danh sách điểm danh còn thiếu: Lê Văn Cường (2026/0003).' },
    });
    const wednesday = w.sessionOn(classId, '2026-11-18');
    expect(take(wednesday, [{ enrolmentId: an, present: true }, { enrolmentId: binh, present: true }, { enrolmentId: cuong, present: true }])).toMatchObject({
      ok: false,
      error: { field: 'lines.2.enrolmentId' },
    });
    expect(take(w.sessionOn(classId, '2026-11-25'), [])).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'Buổi học ngày 25/11/2026 chưa diễn ra: chỉ điểm danh từ ngày học.' },
    });
    expect(count(w.t, 'session_attendance')).toBe(0);
    expect(count(w.t, 'audit_log')).toBe(before);
  });

  it('saves the sheet, counts it on the class, and keeps a correction with the marks before', () => {
    const { classId, an, binh, cuong } = world();
    const wednesday = w.sessionOn(classId, '2026-11-18');
    const friday = w.sessionOn(classId, '2026-11-20');
    w.t.ok('sessions.take', { sessionId: wednesday, lines: [{ enrolmentId: an, present: true }, { enrolmentId: binh, present: true }] }, w.trainer);
    const lines = [
      { enrolmentId: an, present: false, reason: 'hospital' },
      { enrolmentId: binh, present: false, reason: 'sick', note: 'Sốt cao' },
      { enrolmentId: cuong, present: true, reason: 'other' },
    ];
    expect(w.t.ok('sessions.take', { sessionId: friday, lines }, w.trainer)).toEqual({ present: 1, absent: 2 });
    const sheet = w.t.ok('sessions.sheet', { sessionId: friday }, w.trainer);
    expect(sheet.session).toMatchObject({ takenAt: '2026-11-23T03:00:00.000Z', takenBy: 'Lê Thị Giáo', present: 1, expected: 3 });
    expect(sheet.lines.map((l) => [l.fullName, l.present, l.reason, l.note, l.awayByMovement])).toEqual([
      ['Nguyễn Văn An', false, 'hospital', null, true],
      ['Trần Văn Bình', false, 'sick', 'Sốt cao', false],
      ['Lê Văn Cường', true, null, null, false],
    ]);
    const view = w.t.ok('classes.get', { classId }, w.trainer);
    expect(view.enrolments.map((e) => [e.fullName, e.attended, e.held])).toEqual([
      ['Nguyễn Văn An', 1, 2],
      ['Trần Văn Bình', 1, 2],
      ['Lê Văn Cường', 1, 1],
    ]);
    expect(view.sessions.filter((s) => s.takenAt).map((s) => [s.sessionOn, s.present, s.expected])).toEqual([
      ['2026-11-18', 2, 2],
      ['2026-11-20', 1, 3],
    ]);

    w.t.ok('sessions.take', { sessionId: friday, lines: [lines[0], { enrolmentId: binh, present: true }, lines[2]] }, w.trainer);
    const audit = w.row<{ b: string; a: string }>("SELECT before_json AS b, after_json AS a FROM audit_log WHERE entity = 'training_session' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit.b).lines.find((l: { enrolmentId: number }) => l.enrolmentId === binh)).toMatchObject({ present: false, reason: 'sick' });
    expect(JSON.parse(audit.a).lines.find((l: { enrolmentId: number }) => l.enrolmentId === binh)).toEqual({ enrolmentId: binh, present: true, reason: null, note: null });
    expect(count(w.t, 'session_attendance')).toBe(5);
  });

  it('leaves out, from a withdrawal, those who left before the session', () => {
    const { classId, binh } = world();
    w.t.ok('classes.withdraw', { enrolmentId: binh, on: '2026-11-20', reason: 'Chuyển lớp' }, w.trainer);
    const names = (date: string) => w.t.ok('sessions.sheet', { sessionId: w.sessionOn(classId, date) }, w.trainer).lines.map((l) => l.fullName);
    expect(names('2026-11-18')).toEqual(['Nguyễn Văn An', 'Trần Văn Bình']);
    expect(names('2026-11-20')).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
  });
});
