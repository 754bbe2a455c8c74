import type Database from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { headcountOf } from '../../../shared/domain/roll-rules';
import type { Ctx } from '../../router/types';
import { censusInstant, censusRows, workingCapacities } from '../census/census';

/** Headcount per area and for the facility at an instant, from the census, with the rolls taken that day. */
export function rollHeadcount(input: MethodInput<'roll.headcount'>, ctx: Ctx): MethodOutput<'roll.headcount'> {
  const sqlite: Database.Database = ctx.sqlite;
  const now = ctx.now().toISOString();
  const asked = censusInstant(input.date, input.time);
  // Today without a time means now, not tonight: the evening's returns have not happened yet.
  const instant = !input.time && input.date === ctx.today() && now < asked ? now : asked;
  const rows = censusRows(sqlite, instant, null);
  const working = workingCapacities(sqlite);
  const areas = sqlite.prepare('SELECT id, code, name FROM areas WHERE active = 1 ORDER BY code').all() as { id: number; code: string; name: string }[];
  const taken = sqlite.prepare('SELECT area_id AS areaId, slot FROM rolls WHERE roll_date = ?').all(input.date) as { areaId: number; slot: string }[];
  return {
    instant,
    facility: headcountOf(rows, working),
    areas: areas.map((a) => ({
      areaId: a.id,
      code: a.code,
      name: a.name,
      counts: headcountOf(rows.filter((r) => r.areaId === a.id), working),
      rollsTaken: taken.filter((t) => t.areaId === a.id).map((t) => t.slot),
    })),
  };
}
