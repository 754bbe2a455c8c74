import { afterEach, describe, expect, it } from 'vitest';
import { count } from './test-backend';
import { openTrainingWorld, type TrainingWorld } from './training-fixture';

let w: TrainingWorld;
afterEach(() => w?.t.close());

/**
 * Hùng, Bảo and Chí each served a compulsory stay from 01/11/2025 and took the welding class of early 2026: Hùng
 * and Bảo passed, Chí dropped out. All three were released on 02/11/2026 and came back on 10/11/2026: Hùng and
 * Chí under a new court decision, Bảo on a voluntary contract.
 */
function returningWorld() {
  w = openTrainingWorld();
  const han = w.trade('Hàn');
  const first = [
    ['Nguyễn Văn Hùng', '079090001234'],
    ['Trần Văn Bảo', '079090005555'],
    ['Lê Văn Chí', '079090006666'],
  ].map(([name, id]) => w.resident(name!, id!, { broughtInOn: '2025-11-01', termMonths: 12 }));
  const earlier = w.openClass(han, { name: 'Lớp Hàn K0', startsOn: '2026-01-05', endsOn: '2026-03-27' });
  w.enrol(earlier, first.map((s) => s.stayId), '2026-01-05');
  const [hung, bao, chi] = w.t.ok('classes.get', { classId: earlier }, w.trainer).enrolments.sort((a, b) => a.stayId - b.stayId).map((e) => e.id);
  w.t.ok(
    'classes.recordResults',
    {
      classId: earlier,
      results: [
        { enrolmentId: hung, result: 'pass', certificateNumber: 'K0-01', certificateDate: '2026-03-27' },
        { enrolmentId: bao, result: 'pass', certificateNumber: 'K0-02', certificateDate: '2026-03-27' },
        { enrolmentId: chi, result: 'dropped', reason: 'Ốm dài ngày' },
      ],
    },
    w.trainer,
  );
  w.t.ok('classes.setStatus', { classId: earlier, status: 'finished' }, w.trainer);
  for (const s of first) {
    const r = w.discharge.discharge(s.stayId, 'completed', { occurredAt: '2026-11-02T08:00:00+07:00' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  const again = {
    hung: w.resident('Nguyễn Văn Hùng', '079090001234', { personId: first[0]!.personId }).stayId,
    bao: w.resident('Trần Văn Bảo', '079090005555', { personId: first[1]!.personId, kind: 'voluntary' }).stayId,
    chi: w.resident('Lê Văn Chí', '079090006666', { personId: first[2]!.personId }).stayId,
  };
  return { classId: w.openClass(han, { name: 'Lớp Hàn K1' }), first, again };
}

describe('the one-time funding of vocational training', () => {
  it('flags the returning compulsory resident who completed a course, not the voluntary one nor the one who dropped out', () => {
    const { classId, first, again } = returningWorld();
    const candidates = w.t.ok('classes.candidates', { classId }, w.trainer).candidates;
    expect(candidates.map((c) => [c.fullName, c.kind, c.alreadyTrained])).toEqual([
      ['Trần Văn Bảo', 'voluntary', null],
      ['Lê Văn Chí', 'compulsory_adult', null],
      ['Nguyễn Văn Hùng', 'compulsory_adult', { trade: 'Hàn', className: 'Lớp Hàn K0', fileNumber: first[0]!.fileNumber, result: 'pass' }],
    ]);
    expect(candidates.map((c) => c.stayId)).toEqual([again.bao, again.chi, again.hung]);
  });

  it('refuses to enrol him without a reason, writing nothing, and stores the reason given', () => {
    const { classId, first, again } = returningWorld();
    const enrolments = count(w.t, 'enrolments');
    const audits = count(w.t, 'audit_log');
    const r = w.t.call('classes.enrol', { classId, enrolledOn: '2026-11-16', stays: [{ stayId: again.bao }, { stayId: again.hung }] }, w.trainer);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'stays.1.fundingReason',
        message: `Nguyễn Văn Hùng đã học nghề Hàn ở lượt ${first[0]!.fileNumber} (đạt): ghi lý do vẫn cho học (Thông tư 62/2022/TT-BTC, Điều 5 khoản 6).`,
      },
    });
    expect(count(w.t, 'enrolments')).toBe(enrolments);
    expect(count(w.t, 'audit_log')).toBe(audits);

    const reason = 'Học nghề khác để có việc làm khi về địa phương; gia đình tự chi trả';
    const stays = [{ stayId: again.bao }, { stayId: again.hung, fundingReason: reason }, { stayId: again.chi, fundingReason: 'Không cần' }];
    expect(w.t.ok('classes.enrol', { classId, enrolledOn: '2026-11-16', stays }, w.trainer)).toEqual({ enrolled: 3, waiting: 0 });
    const view = w.t.ok('classes.get', { classId }, w.trainer).enrolments;
    // A reason given for someone not flagged is not kept: it would read as if he were.
    expect(view.map((e) => [e.fullName, e.fundingFlag, e.fundingReason])).toEqual([
      ['Trần Văn Bảo', false, null],
      ['Lê Văn Chí', false, null],
      ['Nguyễn Văn Hùng', true, reason],
    ]);
  });
});

describe('the school-class list', () => {
  it('lists the minors without primary education, or whose education is not known, by name', () => {
    w = openTrainingWorld();
    const minor = { kind: 'compulsory_minor' as const, birthDate: '2010-03-01' };
    const ti = w.resident('Võ Văn Tí', '079210001000', { ...minor, education: '4/12' });
    w.resident('Đỗ Văn Sáu', '079210001001', { ...minor, education: '6/12' });
    const khang = w.resident('Hồ Văn Khang', '079210001002', minor);
    w.resident('Bùi Văn Lực', '079090001003', { education: 'Không biết chữ' });
    expect(w.t.ok('training.schoolList', {}, w.trainer).residents).toEqual([
      { stayId: khang.stayId, fullName: 'Hồ Văn Khang', fileNumber: khang.fileNumber, birthDate: '2010-03-01', education: null },
      { stayId: ti.stayId, fullName: 'Võ Văn Tí', fileNumber: ti.fileNumber, birthDate: '2010-03-01', education: '4/12' },
    ]);
    const classId = w.openClass(w.trade('Hàn'));
    expect(w.t.ok('classes.candidates', { classId, query: 'van' }, w.trainer).candidates.map((c) => [c.fullName, c.needsSchooling])).toEqual([
      ['Hồ Văn Khang', true],
      ['Bùi Văn Lực', false],
      ['Đỗ Văn Sáu', false],
      ['Võ Văn Tí', true],
    ]);
    expect(w.t.ok('classes.candidates', { classId, query: ti.fileNumber }, w.trainer).candidates.map((c) => c.stayId)).toEqual([ti.stayId]);
  });
});
