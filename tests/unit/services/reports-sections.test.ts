import { afterEach, describe, expect, it } from 'vitest';
import { columnContext } from '../../../electron/services/reports/engine';
import { calendarNovember, calendarOctober, cutoffNovember, expectDrillAddsUp } from './reports-sections-fixture';
import type Database from 'better-sqlite3';
import { healthSection } from '../../../electron/services/reports/sections/health';
import { reportSections } from '../../../electron/services/reports/sections';
import { noticesSection } from '../../../electron/services/reports/sections/notices';
import type { ReportSectionModule } from '../../../electron/services/reports/types';
import { figureKeys, reportFigures } from '../../../shared/domain/report-figures';
import type { DateRange } from '../../../shared/domain/report-period';
import { sectionLabels } from '../../../shared/domain/report-labels-sections';
import { openDischargeWorld, type DischargeWorld } from './discharge-fixture';
import { vn } from './movements-fixture';
import { admission } from './test-backend';

let w: DischargeWorld;
afterEach(() => w?.t.close());



const values = (sqlite: Database.Database, section: ReportSectionModule, range: DateRange) => section.figures(sqlite, range, columnContext(sqlite, range)).map((f) => [f.key, f.value]);

describe('the sections beyond the headcount', () => {
  it('each figure key of health, training, work, ratings, conduct, reductions and notices belongs to one section and has its label', () => {
    w = openDischargeWorld();
    const sqlite = w.t.backend.database.sqlite;
    const keys = figureKeys.filter((k) => ['health', 'training', 'work', 'ratings', 'conduct', 'reductions', 'notices'].includes(reportFigures[k].section));
    expect(Object.keys(sectionLabels).sort()).toEqual([...keys].sort());
    for (const key of figureKeys) {
      const owners = reportSections.filter((s) => s.drill(sqlite, calendarOctober, key, {}, columnContext(sqlite, calendarOctober)) !== null);
      expect(owners.length, key).toBe(keys.includes(key) ? 1 : 0);
    }
    // An empty register still shows every total, at zero (work.output has rows per product only).
    const totals = reportSections.flatMap((s) => s.figures(sqlite, calendarOctober, columnContext(sqlite, calendarOctober))).filter((f) => Object.keys(f.dims).length === 0);
    expect(totals.map((f) => f.key).sort()).toEqual(keys.filter((k) => k !== 'work.output').sort());
    expect(totals.every((f) => f.value === 0)).toBe(true);
  });
});

describe('health in the report', () => {
  it('counts the flags of the latest health record of those on the books at the end of the period', () => {
    w = openDischargeWorld();
    const sqlite = w.t.backend.database.sqlite;
    let n = 0;
    const admit = (fullName: string, broughtInOn: string, flags: Partial<Record<'hiv' | 'tuberculosis' | 'hepatitis' | 'mentalDisorder', boolean>>) => {
      const a = admission({ fullName, citizenId: `07919000${String(n).padStart(4, '0')}`, broughtInOn, decisionDate: '2026-08-20', bedId: w.beds.compulsory[n++]! });
      return w.t.ok('admissions.admit', { ...a, confirmNewPerson: true, health: { ...a.health, ...flags } }, w.token).stayId;
    };
    const hung = admit('Nguyễn Văn Hùng', '2026-09-01', { hiv: true, tuberculosis: true });
    const nam = admit('Trần Văn Nam', '2026-09-01', { hepatitis: true });
    const an = admit('Lê Văn An', '2026-09-01', { mentalDisorder: true });
    const binh = admit('Phạm Văn Bình', '2026-11-10', { hiv: true });
    const cuong = admit('Đỗ Văn Cường', '2026-09-01', { tuberculosis: true });
    admit('Vũ Văn Dũng', '2026-09-01', {});
    // Nam escaped on 25/10 and is still on the books; An left on 05/11.
    w.t.ok('movements.record', { stayId: nam, type: 'escaped', occurredAt: vn('2026-10-25', '21:00') }, w.token);
    const left = w.discharge(an, 'transferred', { occurredAt: '2026-11-05T08:00:00+07:00', destination: 'Cơ sở cai nghiện ma túy số 2', decisionNumber: '9/QĐ-SLĐ' });
    expect(left.ok).toBe(true);
    // Cường's TB treated: the medical record of 01/11 says so (no screen writes later records yet).
    sqlite
      .prepare("INSERT INTO health_records (person_id, recorded_on, tuberculosis, note) VALUES ((SELECT person_id FROM stays WHERE id = ?), '2026-11-01', 0, 'Điều trị lao xong')")
      .run(cuong);

    // End of October: Hùng, Nam, An, Cường, Dũng on the books.
    expect(values(sqlite, healthSection, calendarOctober)).toEqual([
      ['health.hiv', 1],
      ['health.tuberculosis', 2],
      ['health.hepatitis', 1],
      ['health.mentalDisorder', 1],
    ]);
    // 14/11: An gone, Bình arrived, Cường's latest record clears TB.
    expect(values(sqlite, healthSection, cutoffNovember)).toEqual([
      ['health.hiv', 2],
      ['health.tuberculosis', 1],
      ['health.hepatitis', 1],
      ['health.mentalDisorder', 0],
    ]);
    expect(healthSection.drill(sqlite, cutoffNovember, 'health.hiv', {}, columnContext(sqlite, cutoffNovember))).toEqual([
      { stayId: hung, date: '2026-09-01', detail: null, value: null },
      { stayId: binh, date: '2026-11-10', detail: null, value: null },
    ]);
    expect(healthSection.drill(sqlite, calendarOctober, 'health.tuberculosis', {}, columnContext(sqlite, calendarOctober))!.map((h) => h.stayId)).toEqual([hung, cuong]);
    expect(healthSection.drill(sqlite, calendarOctober, 'notices.late', {}, columnContext(sqlite, calendarOctober))).toBeNull();
    for (const range of [calendarOctober, cutoffNovember]) expectDrillAddsUp(sqlite, healthSection, range);
  });
});

describe('notices in the report', () => {
  it('counts notices due in the period sent on time or late, and those overdue at its end; cancelled ones never', () => {
    w = openDischargeWorld();
    const sqlite = w.t.backend.database.sqlite;
    // Each voluntary admission owes the commune a notice within 5 working days.
    const voluntary = (on: string) => w.admit({ kind: 'voluntary', broughtInOn: on }).stayId;
    const send = (stayId: number, kind: string, sentOn: string) => w.t.ok('notices.markSent', { stayId, kind, recipient: 'commune', sentOn, reference: `${stayId}/TB` }, w.token);
    const v1 = voluntary('2026-10-05');
    const v2 = voluntary('2026-10-08');
    const v3 = voluntary('2026-10-26');
    const v4 = voluntary('2026-11-02');
    const v5 = voluntary('2026-06-01');
    expect(w.rows('SELECT stay_id AS s, due_on AS d FROM notices ORDER BY stay_id')).toEqual([
      { s: v1, d: '2026-10-12' },
      { s: v2, d: '2026-10-15' },
      { s: v3, d: '2026-11-02' },
      { s: v4, d: '2026-11-09' },
      { s: v5, d: '2026-06-08' },
    ]);
    send(v1, 'voluntary_admission', '2026-10-12');
    send(v2, 'voluntary_admission', '2026-10-20');
    send(v3, 'voluntary_admission', '2026-11-16');
    send(v5, 'voluntary_admission', '2026-06-03');
    // V5 broke off on 16/11 (the commune to be told by 23/11), then the head undid it: that notice is cancelled.
    expect(w.discharge(v5, 'self_terminated', { occurredAt: '2026-11-16T08:00:00+07:00', note: 'Tự ý bỏ về' }).ok).toBe(true);
    w.t.ok('discharge.undo', { stayId: v5, reason: 'Ghi nhầm học viên' }, w.head);
    expect(w.rows("SELECT due_on AS d, cancelled_at IS NOT NULL AS c FROM notices WHERE kind = 'voluntary_end'")).toEqual([{ d: '2026-11-23', c: 1 }]);

    // October: V1 on time (sent on its due day, 12/10), V2 late (due 15/10, sent 20/10), nothing unsent at 31/10.
    expect(values(sqlite, noticesSection, calendarOctober)).toEqual([['notices.onTime', 1], ['notices.late', 1], ['notices.overdue', 0]]);
    // 15/10–14/11: V2 and V3 (sent 16/11) late; V3 and V4 not sent by 14/11.
    expect(values(sqlite, noticesSection, cutoffNovember)).toEqual([['notices.onTime', 0], ['notices.late', 2], ['notices.overdue', 2]]);
    // November: V3 late; V4 still unsent; V5's cancelled notice is not owed.
    expect(values(sqlite, noticesSection, calendarNovember)).toEqual([['notices.onTime', 0], ['notices.late', 1], ['notices.overdue', 1]]);
    expect(noticesSection.drill(sqlite, cutoffNovember, 'notices.overdue', {}, columnContext(sqlite, cutoffNovember))).toEqual([
      { stayId: v3, date: '2026-11-02', detail: 'commune', value: null },
      { stayId: v4, date: '2026-11-09', detail: 'commune', value: null },
    ]);
    for (const range of [calendarOctober, cutoffNovember, calendarNovember]) expectDrillAddsUp(sqlite, noticesSection, range);
  });
});
