import type Database from 'better-sqlite3';
import type { AreaPurpose } from '../../../shared/domain/vocabulary';

export interface BedRow {
  bedId: number;
  bedCode: string;
  inService: number;
  roomId: number;
  roomCode: string;
  areaId: number;
  areaCode: string;
  areaSex: 'male' | 'female';
  areaPurpose: AreaPurpose;
  occupantStayId: number | null;
  occupantName: string | null;
}

const bedSelect = `
  SELECT b.id AS bedId, b.code AS bedCode, b.in_service AS inService,
         r.id AS roomId, r.code AS roomCode, a.id AS areaId, a.code AS areaCode, a.sex AS areaSex, a.purpose AS areaPurpose,
         s.id AS occupantStayId, p.full_name AS occupantName
  FROM beds b
  JOIN rooms r ON r.id = b.room_id
  JOIN areas a ON a.id = r.area_id
  LEFT JOIN stays s ON s.current_bed_id = b.id AND s.state <> 'discharged'
  LEFT JOIN persons p ON p.id = s.person_id`;

export function bedById(sqlite: Database.Database, bedId: number): BedRow | undefined {
  return sqlite.prepare(`${bedSelect} WHERE b.id = ?`).get(bedId) as BedRow | undefined;
}

export function allBeds(sqlite: Database.Database): BedRow[] {
  return sqlite.prepare(`${bedSelect} ORDER BY a.code, r.code, b.code`).all() as BedRow[];
}

/** "A1-P03-G12": area, room and bed codes, the label officers write on paper. */
export function bedLabel(b: { areaCode: string; roomCode: string; bedCode: string }): string {
  return `${b.areaCode}-${b.roomCode}-${b.bedCode}`;
}
