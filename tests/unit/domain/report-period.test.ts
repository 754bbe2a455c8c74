import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/dates';
import {
  datesOf,
  includesYearEndFields,
  periodConventions,
  periodRange,
  previousPeriod,
  reportYear,
  samePeriodLastYear,
  yearToDate,
  type ReportPeriod,
} from '../../../shared/domain/report-period';

const year = fc.integer({ min: 2001, max: 2099 });
const convention = fc.constantFrom(...periodConventions);
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
const period: fc.Arbitrary<ReportPeriod> = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), convention, year, month }),
  fc.record({ kind: fc.constant('quarter' as const), convention, year, quarter: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('half' as const), convention, year, half: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('year' as const), convention, year }),
  fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([from, n]) => ({ kind: 'custom' as const, from, to: addDays(from, n) })),
);

const months = (convention: (typeof periodConventions)[number], y: number) =>
  Array.from({ length: 12 }, (_, i) => periodRange({ kind: 'month', convention, year: y, month: i + 1 }));

describe('report periods', () => {
  it('twelve months of either convention tile the year with no gap or overlap', () => {
    fc.assert(
      fc.property(convention, year, (c, y) => {
        const list = months(c, y);
        const whole = periodRange({ kind: 'year', convention: c, year: y });
        expect(list[0]!.from).toBe(whole.from);
        expect(list[11]!.to).toBe(whole.to);
        for (let i = 1; i < 12; i++) expect(list[i]!.from).toBe(addDays(list[i - 1]!.to, 1));
      }),
    );
  });

  it('the cut-off year runs 15/12 of the year before to 14/12; the first half to 14/06', () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(periodRange({ kind: 'year', convention: 'cutoff15', year: y })).toEqual({ from: `${y - 1}-12-15`, to: `${y}-12-14` });
        expect(periodRange({ kind: 'half', convention: 'cutoff15', year: y, half: 1 })).toEqual({ from: `${y - 1}-12-15`, to: `${y}-06-14` });
        expect(periodRange({ kind: 'year', convention: 'calendar', year: y })).toEqual({ from: `${y}-01-01`, to: `${y}-12-31` });
      }),
    );
    expect(periodRange({ kind: 'month', convention: 'calendar', year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('a quarter and a half-year are the union of their months', () => {
    fc.assert(
      fc.property(convention, year, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 2 }), (c, y, q, h) => {
        const list = months(c, y);
        expect(periodRange({ kind: 'quarter', convention: c, year: y, quarter: q })).toEqual({ from: list[3 * q - 3]!.from, to: list[3 * q - 1]!.to });
        expect(periodRange({ kind: 'half', convention: c, year: y, half: h })).toEqual({ from: list[6 * h - 6]!.from, to: list[6 * h - 1]!.to });
      }),
    );
  });

  it('the previous period ends the day before, and a custom one keeps its length', () => {
    fc.assert(
      fc.property(period, (p) => {
        const range = periodRange(p);
        const before = periodRange(previousPeriod(p));
        expect(before.to).toBe(addDays(range.from, -1));
        if (p.kind === 'custom') expect(datesOf(before)).toHaveLength(datesOf(range).length);
      }),
    );
  });

  it('the same period last year is one year back; the year to date ends with the period and starts its year', () => {
    fc.assert(
      fc.property(period, (p) => {
        const range = periodRange(p);
        const last = periodRange(samePeriodLastYear(p));
        expect(Number(last.from.slice(0, 4))).toBe(Number(range.from.slice(0, 4)) - 1);
        const ytd = yearToDate(p);
        expect(ytd.to).toBe(range.to);
        expect(ytd.from <= range.from || p.kind === 'custom').toBe(true);
        if (p.kind !== 'custom') expect(ytd.from).toBe(periodRange({ kind: 'year', convention: p.convention, year: p.year }).from);
        expect(reportYear(p)).toBe(p.kind === 'custom' ? Number(range.to.slice(0, 4)) : p.year);
      }),
    );
  });

  it('lists every date of a range once, in order', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, n) => {
        const dates = datesOf({ from, to: addDays(from, n) });
        expect(dates).toHaveLength(n + 1);
        expect(new Set(dates).size).toBe(n + 1);
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });

  it('staff and funding figures belong to December and the year only', () => {
    expect(includesYearEndFields({ kind: 'month', convention: 'cutoff15', year: 2026, month: 12 })).toBe(true);
    expect(includesYearEndFields({ kind: 'year', convention: 'calendar', year: 2026 })).toBe(true);
    expect(includesYearEndFields({ kind: 'month', convention: 'calendar', year: 2026, month: 11 })).toBe(false);
    expect(includesYearEndFields({ kind: 'half', convention: 'calendar', year: 2026, half: 2 })).toBe(false);
  });
});
