import type Database from 'better-sqlite3';
import { statusAfter, statusMovementTypes, type CensusStatus } from '../../../shared/domain/census';
import { datesOf, type DateRange } from '../../../shared/domain/report-period';
import type { MovementType } from '../../../shared/domain/vocabulary';
import { rangeInstants } from './instants';
import type { EventMove, LifeMove, Register, StayLife } from './register';

/** One stay's part in one column: the balance terms, and the days it was on the books at a day's end. */
export interface StayFacts {
  life: StayLife;
  start: 0 | 1;
  admitted: LifeMove[];
  left: LifeMove[];
  end: 0 | 1;
  days: number;
}

export interface EndStatus {
  status: CensusStatus;
  since: string;
  bedId: number | null;
}

export interface ColumnFacts {
  range: DateRange;
  /** Stays with any part in the column (on the books at some point of it, or moved in it). */
  stays: StayFacts[];
  /** Census at the end of each day of the range. */
  daily: { date: string; census: number }[];
  events: EventMove[];
  /** Status and bed at the end instant of every stay on the books then. */
  endStatus: Map<number, EndStatus>;
}

/** On the books just before an instant: the last admission or discharge before it was an admission. */
export function onBooksAt(life: StayLife, instant: string): boolean {
  let on = life.onAtSpanStart;
  for (const m of life.moves) {
    if (m.at >= instant) break;
    on = m.type === 'admitted';
  }
  return on;
}

/** The register's list of cancelled movements (see register.ts). */
const effective = `m.id NOT IN (SELECT value FROM json_each(@reversed))`;
const statusTypes = statusMovementTypes.map((t) => `'${t}'`).join(', ');

/** The SQL twin of censusAt for given stays: last effective status movement and last bed before the instant. */
const endStatusSql = `
  SELECT t.stayId, sm.type, sm.occurred_on AS since, t.bedId FROM (
    SELECT j.value AS stayId,
      (SELECT m.id FROM movements m WHERE m.stay_id = j.value AND m.occurred_at < @end AND m.type IN (${statusTypes}) AND ${effective}
       ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1) AS movementId,
      (SELECT m.to_bed_id FROM movements m WHERE m.stay_id = j.value AND m.occurred_at < @end AND m.to_bed_id IS NOT NULL
         AND m.type <> 'reversal' AND ${effective}
       ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1) AS bedId
    FROM json_each(@ids) j) t
  JOIN movements sm ON sm.id = t.movementId`;

export function endStatuses(sqlite: Database.Database, stayIds: number[], end: string, reversed: string): Map<number, EndStatus> {
  const rows = sqlite.prepare(endStatusSql).all({ ids: JSON.stringify(stayIds), end, reversed }) as { stayId: number; type: MovementType; since: string; bedId: number | null }[];
  const out = new Map<number, EndStatus>();
  for (const r of rows) {
    const status = statusAfter[r.type];
    // A stay the movements keep on the books always has a status; 'discharged' here would be a broken sequence the balance reports.
    out.set(r.stayId, { status: status === undefined || status === 'discharged' ? 'present' : status, since: r.since, bedId: r.bedId });
  }
  return out;
}

/**
 * One column of the report from the span's register, in one pass over each stay's moves: the balance terms, and
 * the daily census as a difference array over the range's days (a stay adds one from the day it is admitted to
 * the day before it leaves), so a year costs the same handful of passes as a month.
 */
export function columnFacts(sqlite: Database.Database, register: Register, range: DateRange): ColumnFacts {
  const { start, end } = rangeInstants(range);
  const dates = datesOf(range);
  const index = new Map(dates.map((d, i) => [d, i]));
  const diff = new Array<number>(dates.length + 1).fill(0);
  const stays: StayFacts[] = [];
  for (const life of register.stays.values()) {
    const first = onBooksAt(life, start);
    let on = first;
    let since = 0;
    let days = 0;
    const admitted: LifeMove[] = [];
    const left: LifeMove[] = [];
    const add = (a: number, b: number) => {
      diff[a]! += 1;
      diff[b]! -= 1;
      days += b - a;
    };
    for (const m of life.moves) {
      if (m.at < start || m.at >= end) continue;
      (m.type === 'admitted' ? admitted : left).push(m);
      const k = index.get(m.on) ?? (m.on < range.from ? 0 : dates.length);
      if (on) add(since, k);
      on = m.type === 'admitted';
      since = k;
    }
    if (on) add(since, dates.length);
    const last = on;
    if (first || last || admitted.length > 0 || left.length > 0) {
      stays.push({ life, start: first ? 1 : 0, admitted, left, end: last ? 1 : 0, days });
    }
  }
  let census = 0;
  const daily = dates.map((date, i) => ({ date, census: (census += diff[i]!) }));
  const events = register.events.filter((e) => e.on >= range.from && e.on <= range.to);
  const endIds = stays.filter((s) => s.end === 1).map((s) => s.life.stayId);
  return { range, stays, daily, events, endStatus: endStatuses(sqlite, endIds, end, register.reversed) };
}
