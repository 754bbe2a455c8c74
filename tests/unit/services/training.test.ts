import { afterEach, describe, expect, it } from 'vitest';
import { HEAD } from './discharge-fixture';
import { count } from './test-backend';
import { openTrainingWorld, type TrainingWorld } from './training-fixture';

let w: TrainingWorld;
afterEach(() => w?.t.close());

const audits = (entity: string) => w.row<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE entity = ?', entity).n;

describe('trades', () => {
  it('are added by the administrator only, with unique names whatever the case, active ones listed first', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const may = w.trade('May công nghiệp', 'under_3_months');
    expect(w.t.call('trades.create', { name: 'hàn', level: 'so_cap', durationHours: 300 }, w.admin)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'name', message: 'Đã có nghề "Hàn": đặt tên khác hoặc sửa nghề đó.' },
    });
    expect(w.t.call('trades.create', { name: 'Điện dân dụng', level: 'so_cap', durationHours: 300 }, w.trainer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    w.t.ok('trades.update', { id: han, name: 'Hàn điện', level: 'so_cap', durationHours: 320, active: false }, w.admin);
    expect(w.t.ok('trades.list', {}, w.trainer).trades.map((t) => [t.name, t.active])).toEqual([
      ['May công nghiệp', true],
      ['Hàn điện', false],
    ]);
    expect(w.t.call('trades.update', { id: may, name: 'HÀN ĐIỆN', level: 'so_cap', durationHours: 300, active: true }, w.admin)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('retired, keep their classes but open no new one', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const classId = w.openClass(han, {}, true);
    w.t.ok('trades.update', { id: han, name: 'Hàn', level: 'so_cap', durationHours: 300, active: false }, w.admin);
    expect(w.t.ok('classes.get', { classId }, w.trainer).class).toMatchObject({ tradeName: 'Hàn', status: 'planned' });
    expect(w.t.call('classes.create', w.classInput(han), w.trainer)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'tradeId', message: 'Nghề Hàn đã ngừng dạy: không mở lớp mới.' },
    });
  });
});

describe('creating a class', () => {
  it('generates every Monday, Wednesday and Friday from 02/11 to 31/12/2026 but the holiday, with one audit row for them', () => {
    w = openTrainingWorld();
    w.t.ok('settings.setHolidays', { holidays: ['2026-12-25'] }, w.admin);
    const han = w.trade('Hàn');
    const before = count(w.t, 'audit_log');
    // November: Mondays 2, 9, 16, 23, 30, Wednesdays 4, 11, 18, 25, Fridays 6, 13, 20, 27 = 13; December: Mondays
    // 7, 14, 21, 28, Wednesdays 2, 9, 16, 23, 30, Fridays 4, 11, 18, 25 = 13; less Friday 25/12 = 25.
    const r = w.t.ok('classes.create', w.classInput(han), w.trainer);
    expect(r.sessions).toBe(25);
    expect(count(w.t, 'training_sessions')).toBe(25);
    expect(w.row('SELECT count(*) AS n FROM training_sessions WHERE session_on = ?', '2026-12-25')).toEqual({ n: 0 });
    expect(count(w.t, 'audit_log') - before).toBe(2);
    expect(audits('training_sessions')).toBe(1);
    const view = w.t.ok('classes.get', { classId: r.id }, w.trainer);
    expect(view.class).toMatchObject({ status: 'planned', trainerName: 'Lê Thị Giáo', enrolled: 0, waiting: 0, partnerSchool: null });
    expect(view.sessions[0]).toEqual({ id: expect.any(Number), sessionOn: '2026-11-02', startTime: '13:30', hours: 4, takenAt: null, takenBy: null, present: null, expected: null });
  });

  it('with two slots on one weekday gives two sessions that day', () => {
    w = openTrainingWorld();
    const schedule = [
      { weekday: 2, start: '07:30', hours: 4 },
      { weekday: 2, start: '13:30', hours: 3 },
    ];
    // Tuesdays 1, 8 and 15/12/2026, twice each.
    expect(w.t.ok('classes.create', w.classInput(w.trade('May'), { startsOn: '2026-12-01', endsOn: '2026-12-15', schedule }), w.trainer).sessions).toBe(6);
  });

  it('refuses, before writing anything, a non-trainer as trainer, reversed or too long dates, overlapping slots, no session at all', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const may = w.trade('May', 'under_3_months');
    const headId = w.row<{ id: number }>('SELECT id FROM users WHERE username = ?', HEAD.username).id;
    const before = count(w.t, 'audit_log');
    const refusals: [Record<string, unknown>, string, string][] = [
      [w.classInput(han, { trainerId: headId }), 'trainerId', 'Đặng Văn Trưởng là trưởng cơ sở: chỉ tài khoản giáo viên dạy nghề mới phụ trách lớp.'],
      [w.classInput(han, { endsOn: '2026-11-01' }), 'endsOn', 'Ngày kết thúc 01/11/2026 trước ngày khai giảng 02/11/2026.'],
      [w.classInput(may, { endsOn: '2027-02-02' }), 'endsOn', 'Nghề May dạy dưới 3 tháng: khai giảng 02/11/2026 thì ngày kết thúc phải trước 02/02/2027.'],
      [
        w.classInput(han, { schedule: [{ weekday: 1, start: '07:30', hours: 4 }, { weekday: 1, start: '10:00', hours: 2 }] }),
        'schedule.1',
        'Lịch học: hai buổi thứ Hai chồng giờ nhau (07:30, 4 giờ và 10:00, 2 giờ).',
      ],
      [
        w.classInput(han, { startsOn: '2026-12-01', endsOn: '2026-12-04', schedule: [{ weekday: 6, start: '07:30', hours: 4 }] }),
        'schedule',
        'Lịch học không có buổi nào từ 01/12/2026 đến 04/12/2026 (đã trừ ngày lễ): chọn lại ngày hoặc thứ học.',
      ],
    ];
    for (const [input, field, message] of refusals) expect(w.t.call('classes.create', input, w.trainer)).toMatchObject({ ok: false, error: { field, message } });
    expect(count(w.t, 'training_classes')).toBe(0);
    expect(count(w.t, 'training_sessions')).toBe(0);
    expect(count(w.t, 'audit_log')).toBe(before);
  });

  it('is not for an officer', () => {
    w = openTrainingWorld();
    expect(w.t.call('classes.create', w.classInput(w.trade('Hàn')), w.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(count(w.t, 'training_classes')).toBe(0);
  });

  it('offers the head every active trainer account, and no other role', () => {
    w = openTrainingWorld();
    w.t.ok('users.create', { username: 'giaovien2', fullName: 'Trần Văn Dạy', role: 'trainer', password: 'giao-vien-thu-hai' }, w.admin);
    expect(w.t.ok('training.trainers', {}, w.discharge.head).trainers.map((u) => u.fullName)).toEqual(['Lê Thị Giáo', 'Trần Văn Dạy']);
    expect(w.t.call('training.trainers', {}, w.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('a class’s status', () => {
  it('starts from a week before its first day, cancels only with a reason and refuses other moves', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const later = w.openClass(han, { startsOn: '2026-12-07', endsOn: '2026-12-31' }, true);
    expect(w.t.call('classes.setStatus', { classId: later, status: 'running' }, w.trainer)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'Lớp khai giảng ngày 07/12/2026: chỉ bắt đầu được từ 30/11/2026 (7 ngày trước khai giảng).' },
    });
    const soon = w.openClass(han, { startsOn: '2026-11-30', endsOn: '2026-12-31' }, true);
    w.t.ok('classes.setStatus', { classId: soon, status: 'running' }, w.trainer);
    expect(w.t.call('classes.setStatus', { classId: later, status: 'finished' }, w.trainer)).toMatchObject({
      ok: false,
      error: { message: 'Lớp Lớp Hàn K1 chưa khai giảng: không thể chuyển sang "đã kết thúc".' },
    });
    expect(w.t.call('classes.setStatus', { classId: later, status: 'cancelled' }, w.trainer)).toMatchObject({ ok: false, error: { field: 'reason' } });
    w.t.ok('classes.setStatus', { classId: later, status: 'cancelled', reason: 'Không đủ học viên' }, w.trainer);
    expect(w.t.call('classes.setStatus', { classId: later, status: 'running' }, w.trainer)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    const audit = w.row<{ b: string; a: string; reason: string }>("SELECT before_json AS b, after_json AS a, reason FROM audit_log WHERE entity = 'training_class' ORDER BY id DESC LIMIT 1");
    expect(audit).toEqual({ b: '{"status":"planned"}', a: '{"status":"cancelled"}', reason: 'Không đủ học viên' });
  });
});

describe('enrolment and the waiting list', () => {
  it('fills the places in order, queues the rest, and gives a freed place to the first waiting', () => {
    w = openTrainingWorld();
    const classId = w.openClass(w.trade('Hàn'), { capacity: 2 });
    const [an, binh, cuong, dung] = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'].map((name, i) => w.resident(name, `07909000100${i}`).stayId);
    expect(w.enrol(classId, [binh!, an!, dung!, cuong!], '2026-11-10')).toEqual({ enrolled: 2, waiting: 2 });
    expect(w.t.call('classes.enrol', { classId, enrolledOn: '2026-11-12', stays: [{ stayId: an }] }, w.trainer)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'stays.0.stayId', message: 'Nguyễn Văn An (2026/0001) đã có trong lớp Lớp Hàn K1.' },
    });
    let view = w.t.ok('classes.get', { classId }, w.trainer);
    // Those on the class by name, then the waiting list in its order (Dũng was put on it before Cường).
    expect(view.enrolments.map((e) => [e.fullName, e.status])).toEqual([
      ['Nguyễn Văn An', 'enrolled'],
      ['Trần Văn Bình', 'enrolled'],
      ['Phạm Văn Dũng', 'waiting'],
      ['Lê Văn Cường', 'waiting'],
    ]);
    const binhEnrolment = view.enrolments[1]!.id;
    expect(w.t.ok('classes.withdraw', { enrolmentId: binhEnrolment, on: '2026-11-16', reason: 'Chuyển sang lớp May' }, w.trainer)).toEqual({ promotedStayId: dung });
    view = w.t.ok('classes.get', { classId }, w.trainer);
    expect(view.enrolments.map((e) => [e.fullName, e.status, e.enrolledOn, e.withdrawnOn])).toEqual([
      ['Nguyễn Văn An', 'enrolled', '2026-11-10', null],
      ['Phạm Văn Dũng', 'enrolled', '2026-11-16', null],
      ['Lê Văn Cường', 'waiting', '2026-11-10', null],
      ['Trần Văn Bình', 'withdrawn', '2026-11-10', '2026-11-16'],
    ]);
    expect(view.class).toMatchObject({ enrolled: 2, waiting: 1 });
    // Leaving the waiting list frees no place.
    const cuongEnrolment = view.enrolments[2]!.id;
    expect(w.t.ok('classes.withdraw', { enrolmentId: cuongEnrolment, on: '2026-11-17', reason: 'Không muốn học' }, w.trainer)).toEqual({ promotedStayId: null });
    expect(w.t.call('classes.withdraw', { enrolmentId: cuongEnrolment, on: '2026-11-18', reason: 'Lần nữa' }, w.trainer)).toMatchObject({
      ok: false,
      error: { message: 'Lê Văn Cường đã rời lớp ngày 17/11/2026.' },
    });
    // One who left may come back (a candidate again), here on the waiting list since the class is full.
    expect(w.t.ok('classes.candidates', { classId, query: 'tran van' }, w.trainer).candidates.map((c) => c.stayId)).toEqual([binh]);
    expect(w.enrol(classId, [binh!], '2026-11-20')).toEqual({ enrolled: 0, waiting: 1 });
    expect(w.t.ok('classes.get', { classId }, w.trainer).enrolments.find((e) => e.stayId === binh)).toMatchObject({ status: 'waiting', enrolledOn: '2026-11-20', withdrawnOn: null });
    // Four enrolled, two withdrawn, one promoted, one back.
    expect(audits('enrolment')).toBe(8);
  });

  it('refuses a day to come or one before the resident was admitted', () => {
    w = openTrainingWorld();
    const classId = w.openClass(w.trade('Hàn'));
    const an = w.resident('Nguyễn Văn An', '079090001000').stayId;
    const refuse = (enrolledOn: string) => w.t.call('classes.enrol', { classId, enrolledOn, stays: [{ stayId: an }] }, w.trainer);
    expect(refuse('2026-11-24')).toMatchObject({ ok: false, error: { field: 'enrolledOn', message: 'Ngày vào lớp 24/11/2026 chưa đến: chỉ ghi từ hôm nay trở về trước.' } });
    expect(refuse('2026-11-09')).toMatchObject({ ok: false, error: { field: 'stays.0.stayId', message: 'Nguyễn Văn An (2026/0001) được tiếp nhận ngày 10/11/2026, sau ngày vào lớp 09/11/2026.' } });
    expect(count(w.t, 'enrolments')).toBe(0);
  });
});

describe('results', () => {
  it('need a certificate for a pass and a reason for a drop, refuse a certificate number twice, and let the class finish once all are in', () => {
    w = openTrainingWorld();
    const classId = w.openClass(w.trade('Hàn'));
    const stays = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường'].map((name, i) => w.resident(name, `07909000100${i}`).stayId);
    w.enrol(classId, stays, '2026-11-10');
    const [an, binh, cuong] = w.t.ok('classes.get', { classId }, w.trainer).enrolments.map((e) => e.id);
    expect(w.t.call('classes.setStatus', { classId, status: 'finished' }, w.trainer)).toMatchObject({
      ok: false,
      error: { message: 'Chưa ghi kết quả cho Nguyễn Văn An, Trần Văn Bình, Lê Văn Cường: ghi kết quả (đạt, không đạt hoặc bỏ học) trước khi kết thúc lớp.' },
    });
    const pass = (enrolmentId: number | undefined, certificateNumber: string) => ({ enrolmentId, result: 'pass', certificateNumber, certificateDate: '2026-11-20' });
    const record = (results: unknown[]) => w.t.call('classes.recordResults', { classId, results }, w.trainer);
    const before = count(w.t, 'audit_log');
    expect(record([pass(an, '001/2026'), pass(binh, '001/2026')])).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'results.1.certificateNumber', message: 'Số chứng chỉ 001/2026 đã dùng cho Nguyễn Văn An trong lớp này.' },
    });
    expect(record([{ enrolmentId: an, result: 'pass', certificateNumber: '001/2026' }])).toMatchObject({ ok: false, error: { field: 'results.0.certificateDate' } });
    expect(record([{ ...pass(an, '001/2026'), certificateDate: '2026-11-24' }])).toMatchObject({ ok: false, error: { field: 'results.0.certificateDate' } });
    expect(record([{ enrolmentId: cuong, result: 'dropped' }])).toMatchObject({ ok: false, error: { field: 'results.0.reason', message: 'Lê Văn Cường bỏ học: ghi lý do.' } });
    expect(count(w.t, 'audit_log')).toBe(before);
    expect(w.t.ok('classes.recordResults', { classId, results: [pass(an, '001/2026'), { enrolmentId: cuong, result: 'dropped', reason: 'Bỏ trốn' }] }, w.trainer)).toEqual({ saved: 2 });
    // A number already given in the class is refused for another resident too.
    expect(record([pass(binh, '001/2026')])).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Số chứng chỉ 001/2026 đã dùng cho Nguyễn Văn An trong lớp này.' } });
    expect(w.t.call('classes.setStatus', { classId, status: 'finished' }, w.trainer)).toMatchObject({ ok: false, error: { message: /Trần Văn Bình:/ } });
    w.t.ok('classes.recordResults', { classId, results: [{ enrolmentId: binh, result: 'fail' }] }, w.trainer);
    w.t.ok('classes.setStatus', { classId, status: 'finished' }, w.trainer);
    const audit = w.row<{ b: string; a: string }>("SELECT before_json AS b, after_json AS a FROM audit_log WHERE entity = 'enrolment' AND entity_id = ? ORDER BY id DESC LIMIT 1", String(an));
    expect(JSON.parse(audit.b)).toEqual({ result: null, resultReason: null, certificateNumber: null, certificateDate: null });
    expect(JSON.parse(audit.a)).toEqual({ result: 'pass', resultReason: null, certificateNumber: '001/2026', certificateDate: '2026-11-20' });
  });
});

describe('the trainer’s lists', () => {
  it('put the trainer’s own classes first, and give his day: sessions today, attendance not taken, classes ending soon', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const other = w.t.ok('users.create', { username: 'giaovien2', fullName: 'Võ Văn Hai', role: 'trainer', password: 'giao-vien-hai-12' }, w.admin).id;
    const others = w.openClass(han, { name: 'Lớp Hàn K2', trainerId: other, startsOn: '2026-11-16', endsOn: '2026-12-04' });
    const mine = w.openClass(han, { name: 'Lớp Hàn K1', startsOn: '2026-11-02' });
    const planned = w.openClass(han, { name: 'Lớp Hàn K3', startsOn: '2026-12-28', endsOn: '2027-02-26' }, true);
    expect(w.t.ok('classes.list', {}, w.trainer).classes.map((c) => c.id)).toEqual([planned, mine, others]);
    expect(w.t.ok('classes.list', {}, w.admin).classes.map((c) => c.id)).toEqual([planned, others, mine]);
    expect(w.t.ok('classes.list', { status: 'planned' }, w.trainer).classes.map((c) => c.id)).toEqual([planned]);

    const home = w.t.ok('training.home', {}, w.trainer);
    expect(home.today.map((s) => [s.className, s.sessionOn])).toEqual([['Lớp Hàn K1', '2026-11-23']]);
    // Mondays, Wednesdays and Fridays from 02/11 to 20/11: nine sessions, none taken.
    expect(home.untaken).toHaveLength(9);
    expect(home.endingSoon).toEqual([]);
    const all = w.t.ok('training.home', {}, w.admin);
    expect(all.today).toHaveLength(2);
    expect(all.endingSoon.map((c) => c.id)).toEqual([others]);
  });
});
