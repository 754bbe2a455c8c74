import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { addDays } from '../../../shared/domain/dates';
import type { ColumnFacts } from './column';

/** The Monday a date's week starts on, clipped to the range's first day. */
function weekStartOf(date: string, from: string): string {
  const d = dayjs(date);
  const monday = d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
  return monday < from ? from : monday;
}

/** Admissions and departures per week (Monday to Sunday), every week of the range even when nothing moved. */
export function weeklyChart(facts: ColumnFacts): { weekStart: string; admitted: number; left: number }[] {
  const weeks = new Map<string, { weekStart: string; admitted: number; left: number }>();
  for (let d = facts.range.from; d <= facts.range.to; d = addDays(d, 1)) {
    const w = weekStartOf(d, facts.range.from);
    if (!weeks.has(w)) weeks.set(w, { weekStart: w, admitted: 0, left: 0 });
  }
  for (const s of facts.stays) {
    for (const m of s.admitted) {
      const w = weeks.get(weekStartOf(m.on, facts.range.from));
      if (w) w.admitted++;
    }
    for (const m of s.left) {
      const w = weeks.get(weekStartOf(m.on, facts.range.from));
      if (w) w.left++;
    }
  }
  return [...weeks.values()];
}

export interface AreaBeds {
  areaId: number;
  code: string;
  name: string;
  beds: number;
  workingCapacity: number;
}

/** Every active area with its beds in service and its rooms' working capacity. */
export function areaBeds(sqlite: Database.Database): AreaBeds[] {
  return sqlite
    .prepare(
      `SELECT a.id AS areaId, a.code, a.name,
              (SELECT count(*) FROM beds b JOIN rooms r ON r.id = b.room_id WHERE r.area_id = a.id AND b.in_service = 1) AS beds,
              (SELECT coalesce(sum(r.working_capacity), 0) FROM rooms r WHERE r.area_id = a.id) AS workingCapacity
       FROM areas a WHERE a.active = 1 ORDER BY a.code`,
    )
    .all() as AreaBeds[];
}

/** Bed → area of every bed. */
export function bedAreas(sqlite: Database.Database): Map<number, number> {
  const rows = sqlite.prepare('SELECT b.id, r.area_id AS areaId FROM beds b JOIN rooms r ON r.id = b.room_id').raw().all() as [number, number][];
  return new Map(rows);
}

/** Beds per area and how many are held by a stay on the books at the end of the range (away residents keep theirs). */
export function areasChart(sqlite: Database.Database, facts: ColumnFacts) {
  const areaOf = bedAreas(sqlite);
  const occupied = new Map<number, number>();
  for (const e of facts.endStatus.values()) {
    const area = e.bedId === null ? undefined : areaOf.get(e.bedId);
    if (area !== undefined) occupied.set(area, (occupied.get(area) ?? 0) + 1);
  }
  return areaBeds(sqlite).map((a) => ({ areaId: a.areaId, code: a.code, name: a.name, beds: a.beds, occupied: occupied.get(a.areaId) ?? 0 }));
}
