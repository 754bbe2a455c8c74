import { addDays, daysBetween } from './dates';

/**
 * The report's period (DOMAIN.md §9). Two conventions: the sector's statistical report counts calendar months
 * (TT 05/2011); the administrative reporting regime cuts off from the 15th of the previous month to the 14th
 * (NĐ 09/2019 Điều 12), so its year runs 15/12 of the year before to 14/12.
 */
export const periodConventions = ['calendar', 'cutoff15'] as const;
export type PeriodConvention = (typeof periodConventions)[number];

export const periodKinds = ['month', 'quarter', 'half', 'year', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type ReportPeriod =
  | { kind: 'month'; convention: PeriodConvention; year: number; month: number }
  | { kind: 'quarter'; convention: PeriodConvention; year: number; quarter: number }
  | { kind: 'half'; convention: PeriodConvention; year: number; half: number }
  | { kind: 'year'; convention: PeriodConvention; year: number }
  | { kind: 'custom'; from: string; to: string };

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months `first`..`last` of `year` (1-based; `first` may be ≤ 0 for the year before) under a convention. */
function monthSpan(convention: PeriodConvention, year: number, first: number, last: number): DateRange {
  if (convention === 'calendar') {
    return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
  }
  // Cut-off: from the 15th of the month before the first to the 14th of the last.
  const before = first - 1 <= 0 ? { y: year - 1, m: first - 1 + 12 } : { y: year, m: first - 1 };
  return { from: `${before.y}-${pad(before.m)}-15`, to: `${year}-${pad(last)}-14` };
}

export function periodRange(p: ReportPeriod): DateRange {
  switch (p.kind) {
    case 'month':
      return monthSpan(p.convention, p.year, p.month, p.month);
    case 'quarter':
      return monthSpan(p.convention, p.year, 3 * p.quarter - 2, 3 * p.quarter);
    case 'half':
      return monthSpan(p.convention, p.year, 6 * p.half - 5, 6 * p.half);
    case 'year':
      return monthSpan(p.convention, p.year, 1, 12);
    case 'custom':
      return { from: p.from, to: p.to };
  }
}

/** The period just before: last month, last quarter…; a custom range moves back by its own length. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  switch (p.kind) {
    case 'month':
      return p.month === 1 ? { ...p, year: p.year - 1, month: 12 } : { ...p, month: p.month - 1 };
    case 'quarter':
      return p.quarter === 1 ? { ...p, year: p.year - 1, quarter: 4 } : { ...p, quarter: p.quarter - 1 };
    case 'half':
      return p.half === 1 ? { ...p, year: p.year - 1, half: 2 } : { ...p, half: p.half - 1 };
    case 'year':
      return { ...p, year: p.year - 1 };
    case 'custom': {
      const length = daysBetween(p.from, p.to) + 1;
      return { kind: 'custom', from: addDays(p.from, -length), to: addDays(p.from, -1) };
    }
  }
}

/** The same period one year earlier (a custom range by calendar year, 29/02 falling back to 28/02). */
export function samePeriodLastYear(p: ReportPeriod): ReportPeriod {
  if (p.kind !== 'custom') return { ...p, year: p.year - 1 };
  return { kind: 'custom', from: yearEarlier(p.from), to: yearEarlier(p.to) };
}

function yearEarlier(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y - 1}-${pad(m)}-${pad(Math.min(d, lastDay(y - 1, m)))}`;
}

/** From the start of the reporting year the period ends in to the period's end. */
export function yearToDate(p: ReportPeriod): DateRange {
  const { to } = periodRange(p);
  if (p.kind === 'custom') return { from: `${to.slice(0, 4)}-01-01`, to };
  return { from: periodRange({ kind: 'year', convention: p.convention, year: p.year }).from, to };
}

/** Every calendar date of a range, in order. */
export function datesOf(range: DateRange): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Staff and the year's funding are reported in December only: the December month and the whole-year report. */
export function includesYearEndFields(p: ReportPeriod): boolean {
  return (p.kind === 'month' && p.month === 12) || p.kind === 'year';
}

/** The reporting year a period belongs to (a custom range: the year of its last day). */
export function reportYear(p: ReportPeriod): number {
  return p.kind === 'custom' ? Number(p.to.slice(0, 4)) : p.year;
}
