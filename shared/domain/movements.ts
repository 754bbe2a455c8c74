import type { CountedAbsence, EscapePeriod } from './term-clock';

export interface MovementFact {
  id: number;
  type: string;
  occurredOn: string;
  occurredAt: string;
  reversesId: number | null;
}

/** Movements still in effect: reversal rows and the rows they cancel drop out. */
export function effectiveMovements<T extends MovementFact>(all: T[]): T[] {
  const reversed = new Set(all.filter((m) => m.type === 'reversal' && m.reversesId !== null).map((m) => m.reversesId));
  return all
    .filter((m) => m.type !== 'reversal' && !reversed.has(m.id))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id);
}

/** Pairs each start movement with the one that ends it; a period not ended yet stays open. */
function periods(all: MovementFact[], start: string, end: string): EscapePeriod[] {
  const found: EscapePeriod[] = [];
  let open: string | null = null;
  for (const m of effectiveMovements(all)) {
    if (m.type === start && open === null) open = m.occurredOn;
    else if (m.type === end && open !== null) {
      found.push({ from: open, to: m.occurredOn });
      open = null;
    }
  }
  if (open !== null) found.push({ from: open, to: null });
  return found;
}

/** Each escape with the return that ends it: these days do not count (NĐ 116 Điều 56 k4). */
export function escapePeriods(all: MovementFact[]): EscapePeriod[] {
  return periods(all, 'escaped', 'returned');
}

/** Days in hospital and on funeral leave: away from the facility, yet served (NĐ 116 Điều 67, Điều 70). */
export function countedAbsences(all: MovementFact[]): CountedAbsence[] {
  return [
    ...periods(all, 'to_hospital', 'from_hospital').map((p) => ({ ...p, cause: 'hospital' as const })),
    ...periods(all, 'funeral_leave', 'funeral_return').map((p) => ({ ...p, cause: 'funeral_leave' as const })),
  ].sort((a, b) => a.from.localeCompare(b.from));
}
