import { afterEach, describe, expect, it } from 'vitest';
import { columnContext } from '../../../electron/services/reports/engine';
import { calendarNovember, calendarOctober, cutoffNovember, expectDrillAddsUp } from './reports-sections-fixture';
import { trainingSection } from '../../../electron/services/reports/sections/training';
import { workSection } from '../../../electron/services/reports/sections/work';
import type { ReportSectionModule } from '../../../electron/services/reports/types';
import type { DateRange } from '../../../shared/domain/report-period';
import { openTrainingWorld, type TrainingWorld } from './training-fixture';
import { openWorkWorld, type WorkWorld } from './work-fixture';

let close: (() => void) | undefined;
afterEach(() => close?.());



describe('training in the report', () => {
  it('counts classes, enrolments, completions and certificates by trade, and lists the residents behind them', () => {
    const w: TrainingWorld = openTrainingWorld();
    close = () => w.t.close();
    const sqlite = w.t.backend.database.sqlite;
    const han = w.trade('Hàn');
    const may = w.trade('May', 'under_3_months');
    const r = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khoa'].map(
      (given, i) => w.resident(`Nguyễn Văn ${given}`, `07909000300${i}`, { broughtInOn: '2026-06-01' }).stayId,
    ) as [number, number, number, number, number, number, number];
    const enrolmentOf = (classId: number, stayId: number) => w.row<{ id: number }>('SELECT id FROM enrolments WHERE class_id = ? AND stay_id = ?', classId, stayId).id;
    const results = (classId: number, list: [number, 'pass' | 'fail' | 'dropped', string?][]) =>
      w.t.ok(
        'classes.recordResults',
        {
          classId,
          results: list.map(([stayId, result, date]) => ({
            enrolmentId: enrolmentOf(classId, stayId),
            result,
            ...(result === 'pass' ? { certificateNumber: `C-${stayId}`, certificateDate: date } : {}),
            ...(result === 'dropped' ? { reason: 'Bỏ học' } : {}),
          })),
        },
        w.trainer,
      );

    // Hàn H1, 07/09–30/10: An passed (certificate 30/10), Bình failed, Cường withdrew on 10/10.
    const h1 = w.openClass(han, { name: 'H1', startsOn: '2026-09-07', endsOn: '2026-10-30' });
    w.enrol(h1, [r[0], r[1], r[2]], '2026-09-07');
    w.t.ok('classes.withdraw', { enrolmentId: enrolmentOf(h1, r[2]), on: '2026-10-10', reason: 'Chuyển lớp' }, w.trainer);
    results(h1, [[r[0], 'pass', '2026-10-30'], [r[1], 'fail']]);
    w.t.ok('classes.setStatus', { classId: h1, status: 'finished' }, w.trainer);
    // Hàn H2 from 19/10, running: Dũng from 19/10, Giang from 02/11.
    const h2 = w.openClass(han, { name: 'H2', startsOn: '2026-10-19', endsOn: '2026-12-11' });
    w.enrol(h2, [r[3]], '2026-10-19');
    w.enrol(h2, [r[4]], '2026-11-02');
    // May M1, 14/09–06/11: Hải passed (certificate 06/11), Khoa dropped.
    const m1 = w.openClass(may, { name: 'M1', startsOn: '2026-09-14', endsOn: '2026-11-06' });
    w.enrol(m1, [r[5], r[6]], '2026-09-14');
    results(m1, [[r[5], 'pass', '2026-11-06'], [r[6], 'dropped']]);
    w.t.ok('classes.setStatus', { classId: m1, status: 'finished' }, w.trainer);

    const table = (range: DateRange) => trainingSection.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.key, f.itemName ?? 'total', f.value]);
    const tradeRows = trainingSection.figures(sqlite, cutoffNovember, columnContext(sqlite, cutoffNovember)).filter((f) => f.dims.itemId !== undefined);
    expect(new Set(tradeRows.map((f) => `${f.dims.itemId}: ${f.itemName}`))).toEqual(new Set([`${han}: Hàn`, `${may}: May`]));
    // October: H1, H2, M1; An, Bình, Cường (on H1 until 10/10), Dũng; Hải, Khoa; H1 ended: An, Bình; An's certificate.
    expect(table(calendarOctober)).toEqual([
      ['training.classesRunning', 'total', 3],
      ['training.classesRunning', 'Hàn', 2],
      ['training.classesRunning', 'May', 1],
      ['training.enrolled', 'total', 6],
      ['training.enrolled', 'Hàn', 4],
      ['training.enrolled', 'May', 2],
      ['training.completed', 'total', 2],
      ['training.completed', 'Hàn', 2],
      ['training.certificates', 'total', 1],
      ['training.certificates', 'Hàn', 1],
    ]);
    // 15/10–14/11: the same classes; Cường left before it, Giang joined; M1 ended too (Khoa's drop is no completion).
    expect(table(cutoffNovember)).toEqual([
      ['training.classesRunning', 'total', 3],
      ['training.classesRunning', 'Hàn', 2],
      ['training.classesRunning', 'May', 1],
      ['training.enrolled', 'total', 6],
      ['training.enrolled', 'Hàn', 4],
      ['training.enrolled', 'May', 2],
      ['training.completed', 'total', 3],
      ['training.completed', 'Hàn', 2],
      ['training.completed', 'May', 1],
      ['training.certificates', 'total', 2],
      ['training.certificates', 'Hàn', 1],
      ['training.certificates', 'May', 1],
    ]);
    const stays = (range: DateRange, key: 'training.enrolled' | 'training.completed' | 'training.certificates', itemId?: number) =>
      trainingSection.drill(sqlite, range, key, itemId ? { itemId } : {}, columnContext(sqlite, range))!.map((h) => h.stayId).sort((a, b) => a - b);
    expect(stays(calendarOctober, 'training.enrolled', han)).toEqual([r[0], r[1], r[2], r[3]]);
    expect(stays(cutoffNovember, 'training.enrolled', han)).toEqual([r[0], r[1], r[3], r[4]]);
    expect(stays(cutoffNovember, 'training.completed')).toEqual([r[0], r[1], r[5]]);
    expect(trainingSection.drill(sqlite, cutoffNovember, 'training.certificates', { itemId: may }, columnContext(sqlite, cutoffNovember))).toEqual([{ stayId: r[5], date: '2026-11-06', detail: 'May', value: null }]);
    // From 15/12 no class runs: the totals stay, at zero, and no trade has a row.
    expect(table({ from: '2026-12-15', to: '2026-12-31' })).toEqual([
      ['training.classesRunning', 'total', 0],
      ['training.enrolled', 'total', 0],
      ['training.completed', 'total', 0],
      ['training.certificates', 'total', 0],
    ]);
    expect(trainingSection.drill(sqlite, calendarOctober, 'work.hours', {}, columnContext(sqlite, calendarOctober))).toBeNull();
    for (const range of [calendarOctober, cutoffNovember, calendarNovember]) expectDrillAddsUp(sqlite, trainingSection, range);
  });
});

describe('work in the report', () => {
  it('counts participants, days, hours, output by product and the money, and lists each resident’s share', () => {
    const w: WorkWorld = openWorkWorld();
    close = () => w.t.close();
    const sqlite = w.t.backend.database.sqlite;
    const hung = w.member('Nguyễn Văn Hùng');
    const tam = w.member('Lê Văn Tâm');
    const an = w.member('Phạm Văn An');
    const nuts = w.t.ok('products.create', { name: 'Bóc hạt điều', unit: 'kg', rateDong: 5000, validFrom: '2026-01-01' }, w.tokens.head).id;
    const record = (date: string, entries: Parameters<WorkWorld['record']>[1]) => expect(w.record(date, entries).ok).toBe(true);
    record('2026-10-14', [{ stayId: hung, quantity: 10, hours: 4 }, { stayId: tam, productId: nuts, quantity: 2.5, hours: 3 }]);
    record('2026-10-20', [{ stayId: hung, quantity: 6, hours: 3.5 }, { stayId: an, quantity: 4, hours: 4 }]);
    record('2026-11-03', [{ stayId: tam, quantity: 8, hours: 4 }, { stayId: hung, productId: nuts, quantity: 1.5, hours: 2 }]);
    const anLine = w.sql<{ id: number }>('SELECT id FROM work_lines WHERE stay_id = ?', an)[0]!.id;
    w.t.ok('work.reverse', { lineId: anLine, reason: 'Nhập nhầm người' }, w.tokens.officer);
    // October's pay, credited today 23/11: Hùng 16 giỏ × 1.500 = 24.000 đ, Tâm 2,5 kg × 5.000 = 12.500 đ.
    w.t.ok('pay.draft', { month: '2026-10' }, w.tokens.officer);
    expect(w.t.ok('pay.approve', { month: '2026-10' }, w.tokens.head)).toEqual({ credited: 2, totalDong: 36_500 });
    const deposit = (stayId: number, kind: 'handed_in' | 'purchase', amountDong: number, lineOn: string) =>
      w.t.ok('deposit.record', { stayId, kind, amountDong, lineOn, description: kind === 'handed_in' ? 'Gia đình gửi' : 'Mua đồ dùng' }, w.tokens.officer);
    deposit(an, 'handed_in', 50_000, '2026-10-05');
    deposit(tam, 'handed_in', 200_000, '2026-11-10');
    deposit(hung, 'purchase', 4_000, '2026-11-23');

    const table = (range: DateRange) => workSection.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.key, f.itemName ?? 'total', f.itemUnit, f.value]);
    // October: Hùng on 14 and 20/10, Tâm on 14/10 (An's line reversed); 4 + 3 + 3,5 hours; An's 50.000 đ handed in.
    expect(table(calendarOctober)).toEqual([
      ['work.participants', 'total', null, 2],
      ['work.workdays', 'total', null, 3],
      ['work.hours', 'total', null, 10.5],
      ['work.output', 'Bóc hạt điều', 'kg', 2.5],
      ['work.output', 'Đan giỏ', 'piece', 16],
      ['work.earnings', 'total', null, 0],
      ['work.handedIn', 'total', null, 50_000],
      ['work.balanceHeld', 'total', null, 50_000],
    ]);
    // 15/10–14/11: Hùng on 20/10 and 03/11, Tâm on 03/11; 3,5 + 4 + 2 hours; Tâm's 200.000 đ; An's and Tâm's money held.
    expect(table(cutoffNovember)).toEqual([
      ['work.participants', 'total', null, 2],
      ['work.workdays', 'total', null, 3],
      ['work.hours', 'total', null, 9.5],
      ['work.output', 'Bóc hạt điều', 'kg', 1.5],
      ['work.output', 'Đan giỏ', 'piece', 14],
      ['work.earnings', 'total', null, 0],
      ['work.handedIn', 'total', null, 200_000],
      ['work.balanceHeld', 'total', null, 250_000],
    ]);
    // November: the 03/11 lines; October's pay credited; held 50.000 + 212.500 + 20.000 đ.
    expect(table(calendarNovember)).toEqual([
      ['work.participants', 'total', null, 2],
      ['work.workdays', 'total', null, 2],
      ['work.hours', 'total', null, 6],
      ['work.output', 'Bóc hạt điều', 'kg', 1.5],
      ['work.output', 'Đan giỏ', 'piece', 8],
      ['work.earnings', 'total', null, 36_500],
      ['work.handedIn', 'total', null, 200_000],
      ['work.balanceHeld', 'total', null, 282_500],
    ]);

    const shares = (range: DateRange, key: Parameters<ReportSectionModule['drill']>[2], itemId?: number) =>
      workSection.drill(sqlite, range, key, itemId ? { itemId } : {}, columnContext(sqlite, range))!.map((h) => [h.stayId, h.value]);
    expect(shares(calendarOctober, 'work.participants')).toEqual([[hung, null], [tam, null]]);
    expect(shares(calendarOctober, 'work.workdays')).toEqual([[hung, 2], [tam, 1]]);
    expect(shares(cutoffNovember, 'work.hours')).toEqual([[hung, 5.5], [tam, 4]]);
    expect(shares(cutoffNovember, 'work.output', w.productId)).toEqual([[hung, 6], [tam, 8]]);
    expect(shares(calendarNovember, 'work.earnings')).toEqual([[hung, 24_000], [tam, 12_500]]);
    expect(shares(calendarNovember, 'work.balanceHeld')).toEqual([[hung, 20_000], [tam, 212_500], [an, 50_000]]);
    expect(shares(cutoffNovember, 'work.handedIn')).toEqual([[tam, 200_000]]);
    expect(workSection.drill(sqlite, calendarOctober, 'training.enrolled', {}, columnContext(sqlite, calendarOctober))).toBeNull();
    for (const range of [calendarOctober, cutoffNovember, calendarNovember]) expectDrillAddsUp(sqlite, workSection, range);
  });
});
