import dayjs from 'dayjs';
import { addDays, ageOn, formatDateVN } from './dates';

/**
 * Hour caps of work therapy (NĐ 116/2021 Điều 68, 74; figures in settings, key work.hour_caps): the band is the
 * resident's age ON THE WORK DATE (12 to under 15, 15 to under the adult age, else adult); a day and an ISO week
 * (Monday–Sunday) are capped separately.
 */
export const ageBands = ['adult', 'age15to18', 'age12to15'] as const;
export type AgeBand = (typeof ageBands)[number];
export type HourCaps = Record<AgeBand, { day: number; week: number }>;

/** The age at which the middle band starts; fixed by the law, not in settings. */
export const YOUTH_FROM_AGE = 15;

export function ageBandOf(age: number, adultAge: number): AgeBand {
  if (age >= adultAge) return 'adult';
  return age >= YOUTH_FROM_AGE ? 'age15to18' : 'age12to15';
}

export function ageBandOn(birthDate: string, workOn: string, adultAge: number): { age: number; band: AgeBand } {
  const age = ageOn(birthDate, workOn);
  return { age, band: ageBandOf(age, adultAge) };
}

/** The ISO week (Monday to Sunday) holding a date. */
export function isoWeekOf(date: string): { monday: string; sunday: string } {
  const monday = addDays(date, -((dayjs(date).day() + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

/** Hours kept to two decimals so sums of fractions (0,1 + 0,2) compare as officers expect. */
export const roundHours = (h: number): number => Math.round(h * 100) / 100;

const hoursVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatHours = (h: number): string => hoursVi.format(roundHours(h));

/** "của người …" for each band, as the refusal names it. */
export function bandPhrase(band: AgeBand, adultAge: number): string {
  if (band === 'adult') return `người từ đủ ${adultAge} tuổi trở lên`;
  if (band === 'age15to18') return `người từ đủ ${YOUTH_FROM_AGE} đến dưới ${adultAge} tuổi`;
  return `người từ đủ 12 đến dưới ${YOUTH_FROM_AGE} tuổi`;
}

export interface CapCheck {
  fullName: string;
  age: number;
  band: AgeBand;
  workOn: string;
  /** Totals including the new hours. */
  hoursDay: number;
  hoursWeek: number;
  caps: HourCaps;
  adultAge: number;
  citation: string;
}

/** The first cap a resident's day or week total goes over, as the Vietnamese refusal; null when within both. */
export function capProblem(c: CapCheck): string | null {
  const cap = c.caps[c.band];
  const who = `${c.fullName} (${c.age} tuổi)`;
  const of = `của ${bandPhrase(c.band, c.adultAge)} (${c.citation}).`;
  if (roundHours(c.hoursDay) > cap.day) {
    return `${who}: ${formatHours(c.hoursDay)} giờ ngày ${formatDateVN(c.workOn)} vượt giới hạn ${formatHours(cap.day)} giờ/ngày ${of}`;
  }
  if (roundHours(c.hoursWeek) > cap.week) {
    const w = isoWeekOf(c.workOn);
    return `${who}: ${formatHours(c.hoursWeek)} giờ trong tuần ${formatDateVN(w.monday)}–${formatDateVN(w.sunday)} vượt giới hạn ${formatHours(cap.week)} giờ/tuần ${of}`;
  }
  return null;
}

/** Why nothing more can be entered for the day when a cap is already reached, or null. */
export function capReached(c: Omit<CapCheck, 'fullName' | 'age'>): string | null {
  const cap = c.caps[c.band];
  const of = `của ${bandPhrase(c.band, c.adultAge)} (${c.citation})`;
  if (roundHours(c.hoursDay) >= cap.day) return `Đã đủ ${formatHours(cap.day)} giờ/ngày ${of}.`;
  if (roundHours(c.hoursWeek) >= cap.week) return `Đã đủ ${formatHours(cap.week)} giờ/tuần ${of}.`;
  return null;
}
