import { afterEach, describe, expect, it } from 'vitest';
import { openTrainingWorld, type TrainingWorld } from './training-fixture';

let w: TrainingWorld;
afterEach(() => w?.t.close());

describe('training figures for the report', () => {
  it('count, for October 2026 by trade, classes running, residents enrolled, completed and certificates', () => {
    w = openTrainingWorld();
    const han = w.trade('Hàn');
    const may = w.trade('May', 'under_3_months');
    const r = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khoa', 'Long', 'Minh'].map(
      (given, i) => w.resident(`Nguyễn Văn ${given}`, `07909000200${i}`, { broughtInOn: '2026-06-01' }).stayId,
    );
    const enrolmentOf = (classId: number, stayId: number | undefined) =>
      w.row<{ id: number }>('SELECT id FROM enrolments WHERE class_id = ? AND stay_id = ?', classId, stayId).id;
    const results = (classId: number, list: [number | undefined, string, string?][]) =>
      w.t.ok(
        'classes.recordResults',
        {
          classId,
          results: list.map(([stayId, result, date]) => ({
            enrolmentId: enrolmentOf(classId, stayId),
            result,
            ...(result === 'pass' ? { certificateNumber: `C-${stayId}-${classId}`, certificateDate: date } : {}),
            ...(result === 'dropped' ? { reason: 'Bỏ học' } : {}),
          })),
        },
        w.trainer,
      );
    const finish = (classId: number) => w.t.ok('classes.setStatus', { classId, status: 'finished' }, w.trainer);

    // Hàn H0 ended in September, its certificate dated 02/10: one certificate in October, nothing else.
    const h0 = w.openClass(han, { name: 'H0', startsOn: '2026-07-06', endsOn: '2026-09-25' });
    w.enrol(h0, [r[7]!], '2026-07-06');
    results(h0, [[r[7], 'pass', '2026-10-02']]);
    finish(h0);
    // Hàn H1 from September to 30/10: An passed (certificate 30/10), Bình failed, Cường left in September.
    const h1 = w.openClass(han, { name: 'H1', startsOn: '2026-09-07', endsOn: '2026-10-30' });
    w.enrol(h1, [r[0]!, r[1]!, r[2]!], '2026-09-07');
    w.t.ok('classes.withdraw', { enrolmentId: enrolmentOf(h1, r[2]), on: '2026-09-20', reason: 'Chuyển lớp' }, w.trainer);
    results(h1, [[r[0], 'pass', '2026-10-30'], [r[1], 'fail']]);
    finish(h1);
    // Hàn H2 from 19/10, still running: Dũng joined on 19/10, Giang in November (not October's).
    const h2 = w.openClass(han, { name: 'H2', startsOn: '2026-10-19', endsOn: '2026-12-11' });
    w.enrol(h2, [r[3]!], '2026-10-19');
    w.enrol(h2, [r[4]!], '2026-11-02');
    // Hàn H3 starts in November: not October's.
    w.openClass(han, { name: 'H3', startsOn: '2026-11-02', endsOn: '2026-12-30' });
    // May M1 from September to 16/10: Hải passed (16/10), Khoa dropped, Minh left on 05/10 (on it in October).
    const m1 = w.openClass(may, { name: 'M1', startsOn: '2026-09-14', endsOn: '2026-10-16' });
    w.enrol(m1, [r[5]!, r[6]!, r[8]!], '2026-09-14');
    w.t.ok('classes.withdraw', { enrolmentId: enrolmentOf(m1, r[8]), on: '2026-10-05', reason: 'Nằm viện dài ngày' }, w.trainer);
    results(m1, [[r[5], 'pass', '2026-10-16'], [r[6], 'dropped']]);
    finish(m1);
    // May M2 in October, cancelled before it started: counts nowhere.
    const m2 = w.openClass(may, { name: 'M2', startsOn: '2026-10-05', endsOn: '2026-10-30' }, true);
    w.enrol(m2, [r[4]!], '2026-10-05');
    w.t.ok('classes.setStatus', { classId: m2, status: 'cancelled', reason: 'Không có giáo viên' }, w.trainer);

    expect(w.t.ok('training.figures', { from: '2026-10-01', to: '2026-10-31' }, w.trainer)).toEqual({
      rows: [
        // H1 and H2; An, Bình, Dũng; An and Bình; An's and Long's certificates.
        { tradeId: han, tradeName: 'Hàn', classesRunning: 2, enrolled: 3, completed: 2, certificates: 2 },
        // M1; Hải, Khoa, Minh; Hải (a drop is not a completion); Hải's certificate.
        { tradeId: may, tradeName: 'May', classesRunning: 1, enrolled: 3, completed: 1, certificates: 1 },
      ],
      total: { classesRunning: 3, enrolled: 6, completed: 3, certificates: 3 },
    });
    // November: H2 and H3 (Dũng and Giang on H2), nothing completed or certified.
    expect(w.t.ok('training.figures', { from: '2026-11-01', to: '2026-11-30' }, w.trainer)).toEqual({
      rows: [{ tradeId: han, tradeName: 'Hàn', classesRunning: 2, enrolled: 2, completed: 0, certificates: 0 }],
      total: { classesRunning: 2, enrolled: 2, completed: 0, certificates: 0 },
    });
    expect(w.t.call('training.figures', { from: '2026-10-31', to: '2026-10-01' }, w.trainer)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
  });
});
