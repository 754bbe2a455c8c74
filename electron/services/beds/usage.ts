import type Database from 'better-sqlite3';

/** Which beds a check covers: one bed, a room's or an area's. */
export type BedScope = { bedId: number } | { roomId: number } | { areaId: number };

function scopeSql(scope: BedScope): { sql: string; param: number } {
  if ('bedId' in scope) return { sql: 'SELECT id FROM beds WHERE id = ?', param: scope.bedId };
  if ('roomId' in scope) return { sql: 'SELECT id FROM beds WHERE room_id = ?', param: scope.roomId };
  return { sql: 'SELECT b.id FROM beds b JOIN rooms r ON r.id = b.room_id WHERE r.area_id = ?', param: scope.areaId };
}

export interface BedUsage {
  /** Residents whose bed is in the scope now. */
  residents: number;
  /** Stays that were ever placed in or moved out of a bed in the scope. */
  pastStays: number;
}

/**
 * Whether beds may be deleted or an area's rules changed: residents living there now, and any history that
 * "who was in bed X on date D" still needs.
 */
export function bedUsage(sqlite: Database.Database, scope: BedScope): BedUsage {
  const { sql, param } = scopeSql(scope);
  const residents = sqlite
    .prepare(`SELECT count(*) AS n FROM stays WHERE state <> 'discharged' AND current_bed_id IN (${sql})`)
    .get(param) as { n: number };
  const past = sqlite
    .prepare(
      `SELECT count(DISTINCT stay_id) AS n FROM (
         SELECT stay_id FROM movements WHERE to_bed_id IN (${sql}) OR from_bed_id IN (${sql})
         UNION ALL SELECT id FROM stays WHERE current_bed_id IN (${sql}))`,
    )
    .get(param, param, param) as { n: number };
  return { residents: residents.n, pastStays: past.n };
}
