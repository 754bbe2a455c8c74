import { describe, expect, it } from 'vitest';
import type { FigureRow, ReportPeriodInput } from '../../../shared/contract/reports';
import { periodRange } from '../../../shared/domain/report-period';
import { periodFromSegments } from './report-period-path';
import { headcountValue, printedKeys, printedRows, sectionRows, type ReportFigures } from './report-print-model';
import { reportPrintPath } from './paths';
import { roman } from './report-print-text';

const row = (key: FigureRow['key'], dims: FigureRow['dims'], current: number, previous: number | null = null): FigureRow => ({
  key,
  dims,
  itemName: null,
  itemUnit: null,
  values: { current, previous, lastYear: null, yearToDate: null },
});

const report = (figures: FigureRow[], final: ReportFigures['final'] = null): ReportFigures => ({
  range: { from: '2026-11-01', to: '2026-11-30' },
  columns: [],
  figures,
  balance: { holds: true, problems: [] },
  charts: { daily: [], weekly: [], areas: [] },
  final,
  yearEnd: null,
});

describe('the print route of a report period', () => {
  const periods: ReportPeriodInput[] = [
    { kind: 'month', convention: 'calendar', year: 2026, month: 11 },
    { kind: 'quarter', convention: 'cutoff15', year: 2026, quarter: 2 },
    { kind: 'half', convention: 'calendar', year: 2025, half: 1 },
    { kind: 'year', convention: 'cutoff15', year: 2024 },
    { kind: 'custom', from: '2026-01-05', to: '2026-03-31' },
  ];

  it('reproduces the same period after a reload, for every kind of period', () => {
    for (const p of periods) {
      const path = reportPrintPath(p);
      expect(path.startsWith('/in/bao-cao/')).toBe(true);
      const back = periodFromSegments(path.split('/').filter(Boolean).slice(2));
      expect(back).toEqual(p);
      expect(back && periodRange(back)).toEqual(periodRange(p));
    }
  });

  it('refuses a path that is not a period the back end would accept, rather than printing another one', () => {
    for (const bad of [
      ['thang', 'calendar', '2026', '13'],
      ['thang', 'lunar', '2026', '11'],
      ['thang', 'calendar', '2026'],
      ['nam', 'calendar', '2026', '1'],
      ['tu-ngay', '2026-03-31', '2026-01-05'],
      ['quy', 'calendar', '2026', '2x'],
      [],
    ]) {
      expect(periodFromSegments(bad), bad.join('/')).toBeNull();
    }
  });
});

describe('the figures the paper prints', () => {
  it('prints a finalised report with its finalised figures, beside today\'s comparison columns', () => {
    const live = [row('headcount.end', {}, 12, 10), row('events.escaped', {}, 2, 1)];
    const final = {
      id: 1,
      number: '07',
      signedOn: '2026-12-02',
      signerName: 'Nguyễn Văn Thành',
      signerTitle: 'Giám đốc',
      finalisedAt: '2026-12-02T02:00:00.000Z',
      finalisedBy: 'Nguyễn Văn Thành',
      figures: [
        { key: 'headcount.end' as const, dims: {}, itemName: null, itemUnit: null, value: 11 },
        { key: 'events.escaped' as const, dims: {}, itemName: null, itemUnit: null, value: 2 },
      ],
      differences: [{ key: 'headcount.end' as const, dims: {}, itemName: null, finalised: 11, current: 12 }],
    };
    const rows = printedRows(report(live, final));
    expect(rows.map((r) => [r.key, r.values.current, r.values.previous])).toEqual([
      ['headcount.end', 11, 10],
      ['events.escaped', 2, 1],
    ]);
    expect(printedRows(report(live))).toBe(live);
  });

  it('fills a balance-table total from its kind × sex parts when only the parts came', () => {
    const rows = [
      row('headcount.start', { kind: 'compulsory_adult', sex: 'male' }, 5),
      row('headcount.start', { kind: 'compulsory_adult', sex: 'female' }, 2),
      row('headcount.start', { kind: 'voluntary', sex: 'male' }, 3),
      row('headcount.admitted', {}, 9),
    ];
    expect(headcountValue(rows, 'headcount.start', 'compulsory_adult')).toBe(7);
    expect(headcountValue(rows, 'headcount.start', undefined, 'male')).toBe(8);
    expect(headcountValue(rows, 'headcount.start')).toBe(10);
    expect(headcountValue(rows, 'headcount.start', 'compulsory_minor')).toBe(0);
    // A row given for exactly that cell wins over the sum of parts.
    expect(headcountValue(rows, 'headcount.admitted')).toBe(9);
  });

  it('keeps the kind × sex split out of the content table and lists each printed figure once in the notes', () => {
    const rows = [
      row('events.escaped', {}, 1),
      row('headcount.end', { kind: 'voluntary' }, 3),
      row('headcount.end', {}, 3),
      row('headcount.start', {}, 2),
      row('departures.reason', { code: 'completed' }, 4),
      row('departures.reason', { code: 'reduced' }, 1),
    ];
    expect(sectionRows(rows, 'headcount').map((r) => r.key)).toEqual(['headcount.start', 'headcount.end']);
    expect(sectionRows(rows, 'departures')).toHaveLength(2);
    expect(printedKeys(rows)).toEqual(['headcount.start', 'headcount.end', 'departures.reason', 'events.escaped']);
  });

  it('numbers quarters and parts of the report in Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 13].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIII']);
  });
});
