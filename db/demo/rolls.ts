import type Database from 'better-sqlite3';
import { statusAfter, vnInstantOf, type CensusStatus } from '../../shared/domain/census';
import { parseRollTimes } from '../../shared/domain/roll-rules';
import type { MovementType } from '../../shared/domain/vocabulary';
import { dayOf, isoOf } from './days';
import { minutesLater } from './movements';

/**
 * The morning and evening rolls (slots and times from settings 'roll.times') of every area for a range of days,
 * as officers would have saved them: one roll per area, day and slot where the area had residents, one entry
 * per resident the census expects there (present; away by the movement that explains it; escaped at the first
 * roll after a night escape, which is when it was found). Built by one forward sweep over the effective
 * movements, applying the same rules as shared/domain/census.ts censusAt, and written row by row (about ten
 * million entries for ten years), so nothing but the live census of one instant is held in memory.
 */
export interface DemoRollsOptions {
  /** First roll day (YYYY-MM-DD). */
  from: string;
  /** First day not rolled: today's rolls are left for the officer to take. */
  until: string;
  /** The officer the rolls are saved by. */
  officerId: number;
}

export interface DemoRollsSummary {
  from: string;
  until: string;
  rolls: number;
  entries: number;
  seconds: number;
}

interface Move {
  id: number;
  stayId: number;
  type: MovementType;
  at: string;
  toBedId: number | null;
}

interface Held {
  status: CensusStatus;
  bedId: number | null;
  movementId: number;
  since: string;
}

/** Reversal rows and the rows they cancel drop out, as in effectiveMovements. */
const effectiveSql = `
  SELECT m.id, m.stay_id AS stayId, m.type, m.occurred_at AS at, m.to_bed_id AS toBedId FROM movements m
  WHERE m.type <> 'reversal'
    AND NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = m.stay_id AND x.type = 'reversal' AND x.reverses_id = m.id)
  ORDER BY m.occurred_at, m.id`;

/** Writes the rolls on the open handle; the caller owns the transaction. */
export function writeDemoRolls(sqlite: Database.Database, options: DemoRollsOptions): DemoRollsSummary {
  const started = performance.now();
  const setting = sqlite.prepare("SELECT value_json AS v FROM settings WHERE key = 'roll.times'").get() as { v: string } | undefined;
  const times = parseRollTimes(setting?.v);
  const areaOfBed = new Map(
    (sqlite.prepare('SELECT b.id, r.area_id AS areaId FROM beds b JOIN rooms r ON r.id = b.room_id').all() as { id: number; areaId: number }[]).map(
      (b) => [b.id, b.areaId],
    ),
  );
  // A few movements per stay (about 100.000 for ten years): small next to the entries, which are streamed.
  const moves = sqlite.prepare(effectiveSql).all() as Move[];
  const insertRoll = sqlite.prepare(
    `INSERT INTO rolls (area_id, roll_date, slot, taken_by, saved_at, expected_count, present_count)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertEntry = sqlite.prepare('INSERT INTO roll_entries (roll_id, stay_id, status, movement_id) VALUES (?, ?, ?, ?)');

  const held = new Map<number, Held>();
  let next = 0;
  const lastTime = times[times.length - 1]?.time ?? '23:59';
  // An escape is 'escaped' at the first roll after it (when it was found), 'away' at every later one.
  let previousInstant = vnInstantOf(isoOf(dayOf(options.from) - 1), lastTime);
  let rolls = 0;
  let entries = 0;
  for (let day = dayOf(options.from); day < dayOf(options.until); day++) {
    const date = isoOf(day);
    for (const { slot, time } of times) {
      const instant = vnInstantOf(date, time);
      for (let m = moves[next]; m !== undefined && m.at <= instant; m = moves[++next]) {
        const h = held.get(m.stayId);
        const status = statusAfter[m.type];
        if (status === 'discharged') {
          held.delete(m.stayId);
          continue;
        }
        const bedId = m.toBedId ?? h?.bedId ?? null;
        if (status) held.set(m.stayId, { status, bedId, movementId: m.id, since: m.at });
        else if (h) h.bedId = bedId;
      }
      const byArea = new Map<number, [number, Held][]>();
      for (const [stayId, h] of held) {
        const areaId = h.bedId === null ? undefined : areaOfBed.get(h.bedId);
        if (areaId === undefined) continue;
        const list = byArea.get(areaId);
        if (list) list.push([stayId, h]);
        else byArea.set(areaId, [[stayId, h]]);
      }
      const savedAt = minutesLater(instant, 20);
      for (const areaId of [...byArea.keys()].sort((a, b) => a - b)) {
        const list = (byArea.get(areaId) ?? []).sort((a, b) => a[0] - b[0]);
        const present = list.filter(([, h]) => h.status === 'present').length;
        const { id } = insertRoll.get(areaId, date, slot, options.officerId, savedAt, list.length, present) as { id: number };
        for (const [stayId, h] of list) {
          const status = h.status === 'present' ? 'present' : h.status === 'escaped' && h.since > previousInstant ? 'escaped' : 'away';
          insertEntry.run(id, stayId, status, status === 'present' ? null : h.movementId);
        }
        rolls++;
        entries += list.length;
      }
      previousInstant = instant;
    }
  }
  return { from: options.from, until: options.until, rolls, entries, seconds: (performance.now() - started) / 1000 };
}
