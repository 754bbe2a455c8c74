import type Database from 'better-sqlite3';
import type { AreaPurpose, StayState } from '../../../shared/domain/vocabulary';

export interface BedRow {
  bedId: number;
  bedCode: string;
  inService: number;
  outOfServiceReason: string | null;
  outOfServiceSince: string | null;
  roomId: number;
  roomCode: string;
  separateRoom: number;
  workingCapacity: number;
  areaId: number;
  areaCode: string;
  areaSex: 'male' | 'female';
  areaPurpose: AreaPurpose;
  occupantStayId: number | null;
  occupantName: string | null;
  occupantState: StayState | null;
  /** The movement that put the occupant in this bed was the head's override (1), with its reason. */
  override: number | null;
  overrideReason: string | null;
}

/**
 * Each bed with its room and area and the stay whose cached current bed it is; the override mark comes from the
 * latest movement that put that stay in this bed (a reversed movement does not count).
 */
const bedSelect = `
  SELECT b.id AS bedId, b.code AS bedCode, b.in_service AS inService,
         b.out_of_service_reason AS outOfServiceReason, b.out_of_service_since AS outOfServiceSince,
         r.id AS roomId, r.code AS roomCode, r.separate_room AS separateRoom, r.working_capacity AS workingCapacity,
         a.id AS areaId, a.code AS areaCode, a.sex AS areaSex, a.purpose AS areaPurpose,
         s.id AS occupantStayId, p.full_name AS occupantName, s.state AS occupantState,
         pm.override AS override, CASE WHEN pm.override = 1 THEN pm.reason END AS overrideReason
  FROM beds b
  JOIN rooms r ON r.id = b.room_id
  JOIN areas a ON a.id = r.area_id
  LEFT JOIN stays s ON s.current_bed_id = b.id AND s.state <> 'discharged'
  LEFT JOIN persons p ON p.id = s.person_id
  LEFT JOIN movements pm ON pm.id = (
    SELECT m.id FROM movements m
    WHERE m.stay_id = s.id AND m.to_bed_id = b.id AND m.type IN ('admitted', 'bed_move')
      AND NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = s.id AND x.type = 'reversal' AND x.reverses_id = m.id)
    ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1)`;

export function bedById(sqlite: Database.Database, bedId: number): BedRow | undefined {
  return sqlite.prepare(`${bedSelect} WHERE b.id = ?`).get(bedId) as BedRow | undefined;
}

export function allBeds(sqlite: Database.Database): BedRow[] {
  return sqlite.prepare(`${bedSelect} ORDER BY a.code, r.code, b.code`).all() as BedRow[];
}

/** Residents whose current bed is in the room, leaving out one stay (the one being moved). */
export function roomOccupancy(sqlite: Database.Database, roomId: number, exceptStayId: number | null): number {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS n FROM stays s JOIN beds b ON b.id = s.current_bed_id
       WHERE b.room_id = ? AND s.state <> 'discharged' AND s.id IS NOT ?`,
    )
    .get(roomId, exceptStayId) as { n: number };
  return row.n;
}

/** "A1-P03-G12": area, room and bed codes, the label officers write on paper. */
export function bedLabel(b: { areaCode: string; roomCode: string; bedCode: string }): string {
  return `${b.areaCode}-${b.roomCode}-${b.bedCode}`;
}
