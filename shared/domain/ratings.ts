import { addDays, addMonths } from './dates';

/** Monthly ratings (xếp loại hằng tháng): months are YYYY-MM; the scale lives in settings, best grade first. */

export interface RatingGrade {
  code: string;
  label: string;
  /** Counts towards a reduction (khá or better by default). */
  good: boolean;
}

export interface MonthRating {
  month: string;
  grade: string;
}

/** The month a date falls in: "2026-11-23" → "2026-11". */
export const monthOf = (date: string): string => date.slice(0, 7);

export const monthStart = (month: string): string => `${month}-01`;

export function monthEnd(month: string): string {
  return addDays(monthStart(addMonthsToMonth(month, 1)), -1);
}

export function addMonthsToMonth(month: string, n: number): string {
  return monthOf(addMonths(monthStart(month), n));
}

/** "2026-09" → "09/2026", as officers read it. */
export function formatMonthVN(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}

/** A grade's label in the scale; an unknown code (a scale edited since) is shown as stored. */
export function gradeLabel(scale: readonly RatingGrade[], code: string): string {
  return scale.find((g) => g.code === code)?.label ?? code;
}

export function isGood(scale: readonly RatingGrade[], code: string | null): boolean {
  return code !== null && scale.some((g) => g.code === code && g.good);
}
