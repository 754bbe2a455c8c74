import type Database from 'better-sqlite3';
import { bedIntervals, occupantsOn, type BedInterval, type BedMovementFact } from '../../../shared/domain/bed-history';
import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';
import { bedById, bedLabel } from './queries';

interface FactRow extends Omit<BedMovementFact, 'override'> {
  override: number;
  recordedBy: string | null;
}

/**
 * The movements that place stays in or take them out of beds, for every stay that was ever in this bed (its
 * whole bed history is needed to know when it left this one).
 */
export function bedMovementFacts(sqlite: Database.Database, bedId: number): (BedMovementFact & { recordedBy: string | null })[] {
  const rows = sqlite
    .prepare(
      `SELECT m.id, m.stay_id AS stayId, m.type, m.occurred_on AS occurredOn, m.occurred_at AS occurredAt,
              m.reverses_id AS reversesId, m.from_bed_id AS fromBedId, m.to_bed_id AS toBedId, m.override, m.reason,
              u.full_name AS recordedBy
       FROM movements m LEFT JOIN users u ON u.id = m.recorded_by
       WHERE m.type IN ('admitted', 'bed_move', 'discharged', 'reversal')
         AND m.stay_id IN (SELECT stay_id FROM movements WHERE to_bed_id = @bedId OR from_bed_id = @bedId)`,
    )
    .all({ bedId }) as FactRow[];
  return rows.map((r) => ({ ...r, override: r.override === 1 }));
}

/** The bed's own intervals, oldest first. */
export function intervalsOfBed(sqlite: Database.Database, bedId: number): BedInterval[] {
  return bedIntervals(bedMovementFacts(sqlite, bedId)).filter((i) => i.bedId === bedId);
}

export const bedHistoryHandlers: HandlerMap<'beds.history'> = {
  'beds.history': (input, ctx) => {
    const bed = bedById(ctx.sqlite, input.bedId);
    if (!bed) throw new AppError('not_found', 'Không tìm thấy giường.', { field: 'bedId' });
    const facts = bedMovementFacts(ctx.sqlite, input.bedId);
    const recordedBy = new Map(facts.map((f) => [f.id, f.recordedBy]));
    const intervals = bedIntervals(facts).filter((i) => i.bedId === input.bedId);
    const stays = new Map(
      (
        ctx.sqlite
          .prepare(
            `SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber
             FROM stays s JOIN persons p ON p.id = s.person_id
             WHERE s.id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify([...new Set(intervals.map((i) => i.stayId))])) as { stayId: number; fullName: string; fileNumber: string }[]
      ).map((s) => [s.stayId, s]),
    );
    const entry = (i: BedInterval) => ({
      stayId: i.stayId,
      fullName: stays.get(i.stayId)?.fullName ?? '',
      fileNumber: stays.get(i.stayId)?.fileNumber ?? '',
      fromAt: i.fromAt,
      fromOn: i.fromOn,
      toAt: i.toAt,
      toOn: i.toOn,
      startType: i.startType,
      endType: i.endType,
      override: i.override,
      reason: i.reason,
      recordedBy: recordedBy.get(i.startMovementId) ?? null,
    });
    return {
      bed: { id: bed.bedId, label: bedLabel(bed), inService: bed.inService === 1, outOfServiceReason: bed.outOfServiceReason },
      timeline: intervals.map(entry).reverse(),
      on: input.on ?? null,
      occupantsOn: input.on ? occupantsOn(intervals, input.bedId, input.on).map(entry) : [],
    };
  },
};
