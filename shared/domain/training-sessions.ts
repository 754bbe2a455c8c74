import { addDays, addMonths, formatDateVN } from './dates';
import type { TradeLevel } from './vocabulary';

/** A class's weekly schedule and the sessions it yields (DOMAIN.md §7). */

export interface ScheduleSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: string;
  hours: number;
}

export interface PlannedSession {
  sessionOn: string;
  startTime: string;
  hours: number;
}

export const weekdayNames: Record<number, string> = {
  1: 'thứ Hai',
  2: 'thứ Ba',
  3: 'thứ Tư',
  4: 'thứ Năm',
  5: 'thứ Sáu',
  6: 'thứ Bảy',
  7: 'Chủ nhật',
};

function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Every session from startsOn to endsOn (both included) on the schedule's weekdays, holidays skipped, in order. */
export function sessionDates(schedule: readonly ScheduleSlot[], startsOn: string, endsOn: string, holidays: readonly string[]): PlannedSession[] {
  const off = new Set(holidays);
  const slots = [...schedule].sort((a, b) => a.start.localeCompare(b.start));
  const sessions: PlannedSession[] = [];
  for (let day = startsOn; day <= endsOn; day = addDays(day, 1)) {
    if (off.has(day)) continue;
    const weekday = isoWeekday(day);
    for (const s of slots) if (s.weekday === weekday) sessions.push({ sessionOn: day, startTime: s.start, hours: s.hours });
  }
  return sessions;
}

export interface ScheduleProblem {
  index: number;
  message: string;
}

/** A slot must end within its day, and two slots of one weekday must not overlap. */
export function scheduleProblems(schedule: readonly ScheduleSlot[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  schedule.forEach((slot, index) => {
    const label = `${weekdayNames[slot.weekday] ?? ''} ${slot.start}, ${slot.hours} giờ`;
    if (minutes(slot.start) + slot.hours * 60 > 24 * 60) {
      problems.push({ index, message: `Lịch học: buổi ${label} phải kết thúc trong ngày.` });
      return;
    }
    const clash = schedule.findIndex((other, j) => {
      if (j >= index || other.weekday !== slot.weekday) return false;
      const [a, b] = [minutes(other.start), minutes(slot.start)];
      return a < b + slot.hours * 60 && b < a + other.hours * 60;
    });
    const other = schedule[clash];
    if (other) problems.push({ index, message: `Lịch học: hai buổi ${weekdayNames[slot.weekday] ?? ''} chồng giờ nhau (${other.start}, ${other.hours} giờ và ${slot.start}, ${slot.hours} giờ).` });
  });
  return problems;
}

/**
 * The first day a class of this level may no longer run: a course "under 3 months" ends before start + 3
 * months; a sơ cấp course lasts under one year (Luật Giáo dục nghề nghiệp 2014: sơ cấp từ 3 tháng đến dưới 1 năm).
 */
export function levelEndLimit(level: TradeLevel, startsOn: string): string {
  return addMonths(startsOn, level === 'under_3_months' ? 3 : 12);
}

/** Why a class's dates do not fit its trade's level, or null. */
export function durationProblem(level: TradeLevel, tradeName: string, startsOn: string, endsOn: string): string | null {
  const limit = levelEndLimit(level, startsOn);
  if (endsOn < limit) return null;
  const levelText = level === 'under_3_months' ? 'dưới 3 tháng' : 'trình độ sơ cấp (dưới 1 năm)';
  return `Nghề ${tradeName} dạy ${levelText}: khai giảng ${formatDateVN(startsOn)} thì ngày kết thúc phải trước ${formatDateVN(limit)}.`;
}
