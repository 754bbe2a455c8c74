import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract';
import type { FigureDims } from '../../../shared/contract/reports';
import { reportFigures, type FigureKey } from '../../../shared/domain/report-figures';
import { october, octoberCutoff, openReportWorld, type ReportWorld } from './reports-fixture';

let r: ReportWorld;
afterEach(() => r?.w.t.close());

type Report = MethodOutput<'reports.figures'>;
const value = (report: Report, key: FigureKey, dims: FigureDims = {}, column: 'current' | 'previous' | 'lastYear' | 'yearToDate' = 'current') =>
  report.figures.find((f) => f.key === key && JSON.stringify(f.dims) === JSON.stringify(dims))?.values[column];

const headcount = (report: Report, dims: FigureDims = {}) =>
  (['start', 'admitted', 'left', 'end', 'turns'] as const).map((k) => value(report, `headcount.${k}`, dims));

describe('the report of a period, counted by hand', () => {
  it('October 2026, calendar month (01/10–31/10)', () => {
    r = openReportWorld();
    const report = r.w.t.ok('reports.figures', { period: october }, r.w.head);
    expect(report.range).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(report.balance).toEqual({ holds: true, problems: [] });
    // Start: An, Cường, Đức, Phúc, Mai; in: Bình, Dũng; out: Phúc (died), Bình (transferred).
    expect(headcount(report)).toEqual([5, 2, 2, 5, 7]);
    expect(headcount(report, { sex: 'female' })).toEqual([1, 0, 0, 1, 1]);
    expect(headcount(report, { sex: 'male' })).toEqual([4, 2, 2, 4, 6]);
    expect(headcount(report, { kind: 'voluntary' })).toEqual([1, 0, 0, 1, 1]);
    expect(headcount(report, { kind: 'compulsory_adult', sex: 'male' })).toEqual([4, 2, 2, 4, 6]);
    expect(headcount(report, { kind: 'assessment', sex: 'female' })).toEqual([0, 0, 0, 0, 0]);
    expect(value(report, 'admissions.new')).toBe(1);
    expect(value(report, 'admissions.readmitted')).toBe(1);
    expect(value(report, 'departures.reason')).toBe(2);
    expect(value(report, 'departures.reason', { code: 'died' })).toBe(1);
    expect(value(report, 'departures.reason', { code: 'transferred' })).toBe(1);
    expect(value(report, 'events.deaths')).toBe(1);
    expect(value(report, 'events.escaped')).toBe(1);
    expect(value(report, 'events.returned')).toBe(0);
    expect(value(report, 'events.toHospital')).toBe(1);
    // Cường escaped on 25/10 and came back in November: on the books at the end, away as escaped.
    expect(value(report, 'outside.end')).toBe(1);
    expect(value(report, 'outside.end', { code: 'escaped' })).toBe(1);
    expect(value(report, 'outside.end', { code: 'in_hospital' })).toBe(0);
    // Day ends: 5 (1–4/10), 6 (5–7), 5 (8–9), 6 (10–19), 5 (20–31) = 168 person-days over 31 days.
    expect(value(report, 'occupancy.bedDays')).toBe(168);
    expect(value(report, 'occupancy.averageDaily')).toBe(5.4);
    expect(value(report, 'occupancy.peak')).toBe(6);
    expect(value(report, 'occupancy.overCapacityDays')).toBe(0);
    expect(value(report, 'occupancy.designCapacity')).toBe(300);
    expect(value(report, 'occupancy.workingCapacity')).toBe(90);
    expect(report.charts.daily).toHaveLength(31);
    expect(report.charts.daily[4]).toEqual({ date: '2026-10-05', census: 6, designCapacity: 300 });
    // Weeks from Monday, the first clipped to 01/10 (a Thursday).
    expect(report.charts.weekly.slice(0, 3)).toEqual([
      { weekStart: '2026-10-01', admitted: 0, left: 0 },
      { weekStart: '2026-10-05', admitted: 2, left: 1 },
      { weekStart: '2026-10-12', admitted: 0, left: 0 },
    ]);
    // Beds held at the end: An, Cường, Đức, Dũng in A; Mai in the women's area.
    expect(report.charts.areas.find((a) => a.code === 'A')).toMatchObject({ beds: 50, occupied: 4 });
    expect(report.charts.areas.find((a) => a.code === 'NU')).toMatchObject({ beds: 10, occupied: 1 });
    // September (previous): An, Cường, Đức, Phúc at the start; Hải and Mai in; Hải out; its end is October's start.
    expect(headcount(report).map((_, i) => report.figures.find((f) => f.key === `headcount.${['start', 'admitted', 'left', 'end', 'turns'][i]}` && Object.keys(f.dims).length === 0)?.values.previous)).toEqual([4, 2, 1, 5, 6]);
    expect(value(report, 'events.escaped', {}, 'lastYear')).toBe(0);
    expect(value(report, 'headcount.admitted', {}, 'yearToDate')).toBe(8);
    expect(report.columns.map((c) => c.range)).toEqual([
      { from: '2026-10-01', to: '2026-10-31' },
      { from: '2026-09-01', to: '2026-09-30' },
      { from: '2025-10-01', to: '2025-10-31' },
      { from: '2026-01-01', to: '2026-10-31' },
    ]);
    expect(report.yearEnd).toBeNull();
    expect(report.final).toBeNull();
  });

  it('October 2026, cut-off month (15/09–14/10)', () => {
    r = openReportWorld();
    const report = r.w.t.ok('reports.figures', { period: octoberCutoff }, r.w.head);
    expect(report.range).toEqual({ from: '2026-09-15', to: '2026-10-14' });
    expect(report.balance.holds).toBe(true);
    // Start: An, Cường, Đức, Phúc, Hải; in: Mai, Bình, Dũng; out: Hải (30/09), Phúc (08/10).
    expect(headcount(report)).toEqual([5, 3, 2, 6, 8]);
    expect(headcount(report, { sex: 'female' })).toEqual([0, 1, 0, 1, 1]);
    expect(headcount(report, { kind: 'voluntary', sex: 'female' })).toEqual([0, 1, 0, 1, 1]);
    expect(value(report, 'admissions.new')).toBe(2);
    expect(value(report, 'admissions.readmitted')).toBe(1);
    expect(value(report, 'departures.reason', { code: 'transferred' })).toBe(1);
    expect(value(report, 'events.deaths')).toBe(1);
    // Cường's escape is after the period; Đức was in hospital at the end of 14/10.
    expect(value(report, 'events.escaped')).toBe(0);
    expect(value(report, 'events.toHospital')).toBe(1);
    expect(value(report, 'outside.end', { code: 'in_hospital' })).toBe(1);
    expect(value(report, 'outside.end', { code: 'escaped' })).toBe(0);
    // 30 days: An, Cường, Đức 30 each; Phúc 23; Hải 15; Mai 25; Bình 10; Dũng 5.
    expect(value(report, 'occupancy.bedDays')).toBe(168);
    expect(value(report, 'occupancy.averageDaily')).toBe(5.6);
    expect(value(report, 'occupancy.peak')).toBe(6);
    expect(report.columns[1]?.range).toEqual({ from: '2026-08-15', to: '2026-09-14' });
    expect(report.columns[3]?.range).toEqual({ from: '2025-12-15', to: '2026-10-14' });
  });

  it('every list of residents adds up to its figure, for both conventions', () => {
    r = openReportWorld();
    for (const period of [october, octoberCutoff]) {
      const report = r.w.t.ok('reports.figures', { period, compare: false }, r.w.head);
      for (const f of report.figures.filter((x) => reportFigures[x.key].drill && reportFigures[x.key].section !== 'health')) {
        const list = r.w.t.ok('reports.drill', { period, key: f.key, dims: f.dims }, r.w.head);
        const sum = list.rows.reduce((n, row) => n + (f.key === 'occupancy.bedDays' ? (row.value ?? 0) : 1), 0);
        if (['headcount', 'admissions', 'departures', 'events', 'outside', 'occupancy'].includes(reportFigures[f.key].section)) {
          expect(sum, `${f.key} ${JSON.stringify(f.dims)}`).toBe(f.values.current);
        }
        expect(list.total, `${f.key} ${JSON.stringify(f.dims)}`).toBe(f.values.current);
      }
    }
    const deaths = r.w.t.ok('reports.drill', { period: october, key: 'events.deaths' }, r.w.head);
    expect(deaths.rows).toEqual([expect.objectContaining({ stayId: r.stays.phuc, date: '2026-10-08', detail: 'died', dischargedOn: '2026-10-08', kind: 'compulsory_adult', sex: 'male' })]);
    const peak = r.w.t.ok('reports.drill', { period: october, key: 'occupancy.peak' }, r.w.head);
    // The first peak day is 05/10: Bình joined An, Cường, Đức, Phúc and Mai.
    const byId = (a: number, b: number) => a - b;
    expect(peak.rows.map((x) => x.stayId).sort(byId)).toEqual([r.stays.an, r.stays.cuong, r.stays.duc, r.stays.phuc, r.stays.mai, r.stays.binh].sort(byId));
    expect(peak.rows.every((x) => x.date === '2026-10-05')).toBe(true);
    const escaped = r.w.t.ok('reports.drill', { period: october, key: 'outside.end', dims: { code: 'escaped' } }, r.w.head);
    expect(escaped.rows).toEqual([expect.objectContaining({ stayId: r.stays.cuong, date: '2026-10-25', detail: 'escaped' })]);
    const back = r.w.t.ok('reports.drill', { period: october, key: 'admissions.readmitted' }, r.w.head);
    expect(back.rows).toEqual([expect.objectContaining({ stayId: r.stays.dung2, fullName: 'Lê Văn Dũng', date: '2026-10-10' })]);
  });
});
