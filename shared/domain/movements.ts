import type { EscapePeriod } from './term-clock';

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

/** Pairs each escape with the return that ends it; an escape with no return yet stays open. */
export function escapePeriods(all: MovementFact[]): EscapePeriod[] {
  const periods: EscapePeriod[] = [];
  let open: string | null = null;
  for (const m of effectiveMovements(all)) {
    if (m.type === 'escaped' && open === null) open = m.occurredOn;
    else if (m.type === 'returned' && open !== null) {
      periods.push({ from: open, to: m.occurredOn });
      open = null;
    }
  }
  if (open !== null) periods.push({ from: open, to: null });
  return periods;
}
