import type Database from 'better-sqlite3';
import { vnInstantOf } from '../../../shared/domain/census';
import { parseRollTimes, type RollTime } from '../../../shared/domain/roll-rules';
import { AppError } from '../../../shared/errors';

/** The day's roll times from settings ('roll.times'), earliest first. */
export function rollTimes(sqlite: Database.Database): RollTime[] {
  const row = sqlite.prepare("SELECT value_json AS v FROM settings WHERE key = 'roll.times'").get() as { v: string } | undefined;
  return parseRollTimes(row?.v);
}

/** The instant of one roll, refusing a roll time the settings do not have. */
export function rollMoment(sqlite: Database.Database, date: string, slot: string): { time: string; instant: string } {
  const time = rollTimes(sqlite).find((t) => t.slot === slot)?.time;
  if (!time) throw new AppError('invalid_input', `Buổi điểm danh "${slot}" không có trong cài đặt giờ điểm danh.`, { field: 'slot' });
  return { time, instant: vnInstantOf(date, time) };
}
