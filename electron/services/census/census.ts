import type Database from 'better-sqlite3';
import type { CensusRowView } from '../../../shared/contract/roll';
import { statusAfter, statusMovementTypes, vnInstantOf, type CensusStatus } from '../../../shared/domain/census';
import type { MovementType } from '../../../shared/domain/vocabulary';

export interface CensusSqlRow extends CensusRowView {
  roomId: number | null;
  areaCode: string | null;
}

const notReversed = `NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = m.stay_id AND x.type = 'reversal' AND x.reverses_id = m.id)`;
const statusTypes = statusMovementTypes.map((t) => `'${t}'`).join(', ');

/**
 * The SQL twin of shared/domain/census.ts censusAt (tested against it on random data): per stay admitted by that
 * day, the last effective status movement and the last effective bed at the instant, each one seek on the
 * movements(stay_id, occurred_at) index, so a date years back costs the same as today.
 */
const censusSql = `
  SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.bed_id AS bedId,
         CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel,
         a.id AS areaId, a.code AS areaCode, r.id AS roomId,
         sm.id AS mId, sm.type AS mType, sm.occurred_at AS mAt, sm.reason AS mReason, sm.destination AS mDestination,
         sm.document_number AS mDocument
  FROM (
    SELECT s.id, s.person_id, s.file_number,
      (SELECT m.id FROM movements m
       WHERE m.stay_id = s.id AND m.occurred_at <= @at AND m.type IN (${statusTypes}) AND ${notReversed}
       ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1) AS status_movement,
      (SELECT m.to_bed_id FROM movements m
       WHERE m.stay_id = s.id AND m.occurred_at <= @at AND m.to_bed_id IS NOT NULL AND m.type <> 'reversal' AND ${notReversed}
       ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1) AS bed_id
    FROM stays s
    -- Stays discharged before the day are off the books; skipping them keeps a roll from reading 30.000 stays.
    WHERE s.admitted_on <= @date AND (s.discharged_on IS NULL OR s.discharged_on >= @date)
  ) s
  JOIN movements sm ON sm.id = s.status_movement
  JOIN persons p ON p.id = s.person_id
  LEFT JOIN beds b ON b.id = s.bed_id LEFT JOIN rooms r ON r.id = b.room_id LEFT JOIN areas a ON a.id = r.area_id
  WHERE sm.type <> 'discharged' AND (@areaId IS NULL OR a.id = @areaId)
  ORDER BY a.code, r.code, b.code, s.id`;

interface RawRow {
  stayId: number;
  fullName: string;
  fileNumber: string;
  bedId: number | null;
  bedLabel: string | null;
  areaId: number | null;
  areaCode: string | null;
  roomId: number | null;
  mId: number;
  mType: MovementType;
  mAt: string;
  mReason: string | null;
  mDestination: string | null;
  mDocument: string | null;
}

/** Everyone on the books at an ISO instant (optionally one area's beds), in bed order. */
export function censusRows(sqlite: Database.Database, instant: string, areaId: number | null): CensusSqlRow[] {
  const date = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);
  const rows = sqlite.prepare(censusSql).all({ at: instant, date, areaId }) as RawRow[];
  return rows.map((r) => ({
    stayId: r.stayId,
    fullName: r.fullName,
    fileNumber: r.fileNumber,
    status: statusAfter[r.mType] as CensusStatus,
    bedId: r.bedId,
    bedLabel: r.bedLabel,
    areaId: r.areaId,
    areaCode: r.areaCode,
    roomId: r.roomId,
    movement: { id: r.mId, type: r.mType, occurredAt: r.mAt, reason: r.mReason, destination: r.mDestination, documentNumber: r.mDocument },
  }));
}

/** The instant a census or headcount is taken: the time given, or the end of the day (23:59) if none. */
export function censusInstant(date: string, time: string | undefined): string {
  return vnInstantOf(date, time ?? '23:59');
}

/** Working capacity of every room, for the over-capacity count. */
export function workingCapacities(sqlite: Database.Database): Map<number, number> {
  const rows = sqlite.prepare('SELECT id, working_capacity AS w FROM rooms').all() as { id: number; w: number }[];
  return new Map(rows.map((r) => [r.id, r.w]));
}
