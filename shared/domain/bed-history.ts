import { effectiveMovements, type MovementFact } from './movements';

/**
 * Who was in which bed when, computed from the append-only movements alone (never from the cached current
 * bed), so the board, the history and the reports agree: an admission opens a stay's time in a bed, a bed move
 * closes it and opens the next, a discharge closes it. Hospital, leave, court and escape keep the bed.
 */
export interface BedMovementFact extends MovementFact {
  stayId: number;
  fromBedId: number | null;
  toBedId: number | null;
  override: boolean;
  reason: string | null;
}

export interface BedInterval {
  bedId: number;
  stayId: number;
  /** Instant and Vietnamese date the stay came into the bed. */
  fromAt: string;
  fromOn: string;
  /** Instant and date it left; null while it is still there. */
  toAt: string | null;
  toOn: string | null;
  /** The movement that put it there: how (admitted or moved), on an override or not, and why. */
  startMovementId: number;
  startType: 'admitted' | 'bed_move';
  override: boolean;
  reason: string | null;
  /** What ended it: a move to another bed or a discharge; null while open. */
  endType: 'bed_move' | 'discharged' | null;
}

/** Every stay's time in each bed, in the order it began. */
export function bedIntervals(all: BedMovementFact[]): BedInterval[] {
  const byStay = new Map<number, BedMovementFact[]>();
  for (const m of all) {
    const list = byStay.get(m.stayId);
    if (list) list.push(m);
    else byStay.set(m.stayId, [m]);
  }
  const out: BedInterval[] = [];
  for (const moves of byStay.values()) {
    let open: BedInterval | null = null;
    const close = (m: BedMovementFact, endType: 'bed_move' | 'discharged') => {
      if (!open) return;
      open.toAt = m.occurredAt;
      open.toOn = m.occurredOn;
      open.endType = endType;
      open = null;
    };
    for (const m of effectiveMovements(moves)) {
      if (m.type === 'bed_move' || m.type === 'discharged') close(m, m.type);
      if ((m.type === 'admitted' || m.type === 'bed_move') && m.toBedId !== null) {
        open = {
          bedId: m.toBedId,
          stayId: m.stayId,
          fromAt: m.occurredAt,
          fromOn: m.occurredOn,
          toAt: null,
          toOn: null,
          startMovementId: m.id,
          startType: m.type,
          override: m.override,
          reason: m.reason,
          endType: null,
        };
        out.push(open);
      }
    }
  }
  return out.sort((a, b) => a.fromAt.localeCompare(b.fromAt) || a.startMovementId - b.startMovementId);
}

/**
 * Who was in a bed on a calendar date: the stays whose time in it touches that day, both ends included, so the
 * day one moved out and another moved in names both.
 */
export function occupantsOn(intervals: BedInterval[], bedId: number, date: string): BedInterval[] {
  return intervals.filter((i) => i.bedId === bedId && i.fromOn <= date && (i.toOn === null || i.toOn >= date));
}

/** Who was in a bed at an instant (at most one when the register is consistent). */
export function occupantAt(intervals: BedInterval[], bedId: number, instant: string): BedInterval | null {
  return intervals.find((i) => i.bedId === bedId && i.fromAt <= instant && (i.toAt === null || i.toAt > instant)) ?? null;
}
