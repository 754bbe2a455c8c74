/**
 * The planner counts in whole days (days since 1970-01-01) because it does hundreds of thousands of date
 * steps; dates leave it as YYYY-MM-DD text and instants as ISO UTC, as the schema stores them.
 */
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const VN_UTC_OFFSET_HOURS = 7;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC instant of a Vietnamese wall-clock time on a day (Vietnam is UTC+7 all year). */
export function vnInstant(day: number, hour: number, minute = 0): string {
  return new Date(day * MS_PER_DAY + (hour - VN_UTC_OFFSET_HOURS) * MS_PER_HOUR + minute * 60_000).toISOString();
}
