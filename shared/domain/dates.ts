import dayjs from 'dayjs';

/** Calendar dates are YYYY-MM-DD strings; instants are ISO-8601 UTC and shown in Vietnam's time zone. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam at a given instant. */
export function vnDate(instant: Date): string {
  return isoDay.format(instant);
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

export function addMonths(date: string, months: number): string {
  return dayjs(date).add(months, 'month').format('YYYY-MM-DD');
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayjs(b).diff(dayjs(a), 'day');
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Age in whole years on a date (birthdays count on the day itself). */
export function ageOn(birthDate: string, on: string): number {
  return dayjs(on).diff(dayjs(birthDate), 'year');
}

/** "2026-03-05" → "05/03/2026", the form officers read and type. */
export function formatDateVN(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "5/3/2026" or "05/03/2026" → "2026-03-05"; null when it is not a real date. */
export function parseDateVN(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  const d = dayjs(iso);
  return d.isValid() && d.format('YYYY-MM-DD') === iso ? iso : null;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
function isoWeekday(date: string): number {
  const d = dayjs(date).day();
  return d === 0 ? 7 : d;
}

/** The date `n` working days after `date` (Monday–Friday, skipping the given public holidays). */
export function addWorkingDays(date: string, n: number, holidays: readonly string[] = []): string {
  const off = new Set(holidays);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isoWeekday(current) <= 5 && !off.has(current)) left--;
  }
  return current;
}
