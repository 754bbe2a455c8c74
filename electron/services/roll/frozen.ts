import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import type { RollEntryView } from '../../../shared/contract/roll';
import { statusAfter, type CensusStatus } from '../../../shared/domain/census';
import type { RollStatus } from '../../../shared/domain/roll-rules';
import type { MovementType } from '../../../shared/domain/vocabulary';

type RollHeader = NonNullable<MethodOutput<'roll.expected'>['roll']>;

export function savedRoll(sqlite: Database.Database, areaId: number, date: string, slot: string): RollHeader | null {
  const row = sqlite
    .prepare(
      `SELECT r.id, r.saved_at AS savedAt, u.full_name AS takenBy, r.expected_count AS expectedCount, r.present_count AS presentCount
       FROM rolls r LEFT JOIN users u ON u.id = r.taken_by WHERE r.area_id = ? AND r.roll_date = ? AND r.slot = ?`,
    )
    .get(areaId, date, slot) as RollHeader | undefined;
  return row ?? null;
}

interface EntryRow {
  stayId: number;
  fullName: string;
  fileNumber: string;
  status: RollStatus;
  reason: string | null;
  mId: number | null;
  mType: MovementType | null;
  mAt: string | null;
  mReason: string | null;
  mDestination: string | null;
  mDocument: string | null;
  bedLabel: string | null;
}

interface AmendmentRow {
  id: number;
  stayId: number;
  fromStatus: RollStatus;
  toStatus: RollStatus;
  reason: string;
  amendedBy: string | null;
  createdAt: string;
}

/**
 * A saved roll's entries exactly as frozen, with the bed each resident held at the roll instant and the
 * amendments made since, oldest first, to show beside the original.
 */
export function frozenEntries(sqlite: Database.Database, rollId: number, instant: string): RollEntryView[] {
  const rows = sqlite
    .prepare(
      `SELECT e.stay_id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, e.status, e.reason,
              m.id AS mId, m.type AS mType, m.occurred_at AS mAt, m.reason AS mReason, m.destination AS mDestination,
              m.document_number AS mDocument,
              (SELECT a.code || '-' || r.code || '-' || b.code FROM movements bm
                 JOIN beds b ON b.id = bm.to_bed_id JOIN rooms r ON r.id = b.room_id JOIN areas a ON a.id = r.area_id
               WHERE bm.stay_id = e.stay_id AND bm.occurred_at <= @at AND bm.to_bed_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM movements x WHERE x.stay_id = bm.stay_id AND x.type = 'reversal' AND x.reverses_id = bm.id)
               ORDER BY bm.occurred_at DESC, bm.id DESC LIMIT 1) AS bedLabel
       FROM roll_entries e JOIN stays s ON s.id = e.stay_id JOIN persons p ON p.id = s.person_id
       LEFT JOIN movements m ON m.id = e.movement_id
       WHERE e.roll_id = @rollId ORDER BY bedLabel, e.stay_id`,
    )
    .all({ rollId, at: instant }) as EntryRow[];
  const amendments = sqlite
    .prepare(
      `SELECT am.id, am.stay_id AS stayId, am.from_status AS fromStatus, am.to_status AS toStatus, am.reason,
              u.full_name AS amendedBy, am.created_at AS createdAt
       FROM roll_amendments am LEFT JOIN users u ON u.id = am.amended_by WHERE am.roll_id = ? ORDER BY am.id`,
    )
    .all(rollId) as AmendmentRow[];
  const byStay = new Map<number, AmendmentRow[]>();
  for (const a of amendments) byStay.set(a.stayId, [...(byStay.get(a.stayId) ?? []), a]);
  return rows.map((r) => ({
    stayId: r.stayId,
    fullName: r.fullName,
    fileNumber: r.fileNumber,
    bedLabel: r.bedLabel,
    expected: r.status === 'away' ? 'away' : 'present',
    awayStatus: r.status === 'away' && r.mType ? ((statusAfter[r.mType] as CensusStatus | undefined) ?? null) : null,
    movement:
      r.mId !== null && r.mType !== null && r.mAt !== null
        ? { id: r.mId, type: r.mType, occurredAt: r.mAt, reason: r.mReason, destination: r.mDestination, documentNumber: r.mDocument }
        : null,
    status: r.status,
    reason: r.reason,
    amendments: byStay.get(r.stayId) ?? [],
  }));
}

/** The status an entry has now: the last amendment's, or the original. */
export function currentStatus(sqlite: Database.Database, rollId: number, stayId: number): RollStatus | null {
  const row = sqlite
    .prepare(
      `SELECT coalesce((SELECT to_status FROM roll_amendments WHERE roll_id = @rollId AND stay_id = @stayId ORDER BY id DESC LIMIT 1),
                       e.status) AS status
       FROM roll_entries e WHERE e.roll_id = @rollId AND e.stay_id = @stayId`,
    )
    .get({ rollId, stayId }) as { status: RollStatus } | undefined;
  return row?.status ?? null;
}
