import { effectiveMovements, type MovementFact } from './movements';
import type { MovementType } from './vocabulary';

/**
 * Who was where, and under which status, at any instant: computed from the effective movements alone (a
 * reversal and the row it cancels drop out; a late entry counts from when it happened, not when it was written),
 * so the roll, the census and the reports never disagree. Hospital, leave, court, escape and suspension keep the
 * bed; a discharge takes the stay off the books.
 */
export const censusStatuses = ['present', 'in_hospital', 'on_leave', 'at_court', 'escaped', 'suspended'] as const;
export type CensusStatus = (typeof censusStatuses)[number];

/** The status each movement leaves a stay in; a bed move changes the bed only. */
export const statusAfter: Partial<Record<MovementType, CensusStatus | 'discharged'>> = {
  admitted: 'present',
  to_hospital: 'in_hospital',
  from_hospital: 'present',
  funeral_leave: 'on_leave',
  funeral_return: 'present',
  to_court: 'at_court',
  from_court: 'present',
  escaped: 'escaped',
  returned: 'present',
  suspended: 'suspended',
  suspension_return: 'present',
  discharged: 'discharged',
};

/** Movement types that set a status, for the SQL twin of this function. */
export const statusMovementTypes = Object.keys(statusAfter) as MovementType[];

export interface CensusFact extends MovementFact {
  stayId: number;
  toBedId: number | null;
}

export interface CensusRow {
  stayId: number;
  status: CensusStatus;
  /** The bed the stay holds (kept while away); null if it was never placed. */
  bedId: number | null;
  /** The movement that set the status (the escape, the transfer to hospital…), and when it happened. */
  movementId: number;
  since: string;
}

/** Every stay on the books at `instant` (ISO), ordered by stay id. */
export function censusAt(facts: CensusFact[], instant: string): CensusRow[] {
  const byStay = new Map<number, CensusFact[]>();
  for (const f of facts) {
    const list = byStay.get(f.stayId);
    if (list) list.push(f);
    else byStay.set(f.stayId, [f]);
  }
  const rows: CensusRow[] = [];
  for (const [stayId, moves] of byStay) {
    let status: CensusStatus | 'discharged' | null = null;
    let bedId: number | null = null;
    let movementId = 0;
    let since = '';
    for (const m of effectiveMovements(moves)) {
      if (m.occurredAt > instant) break;
      if (m.toBedId !== null) bedId = m.toBedId;
      const next = statusAfter[m.type as MovementType];
      if (next) {
        status = next;
        movementId = m.id;
        since = m.occurredAt;
      }
    }
    if (status !== null && status !== 'discharged') rows.push({ stayId, status, bedId, movementId, since });
  }
  return rows.sort((a, b) => a.stayId - b.stayId);
}

/** A roll time ("06:30") of a Vietnamese calendar day as an ISO instant (Vietnam is UTC+7 all year). */
export function vnInstantOf(date: string, time: string): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}
