/**
 * Room capacity (NĐ 116/2021 Điều 6): the working capacity defaults to the floor area divided by the m² norm per
 * person (6 m², 8 m² in a 24-hour-care room); the administrator may set another figure. Placing above it is
 * allowed, as real facilities are often full, but flagged and counted.
 */
export interface RoomNorm {
  /** m² per person in an ordinary room. */
  standard: number;
  /** m² per person in a room for 24-hour care. */
  care24h: number;
}

/** People the floor area holds at the norm, rounded down: 50 m² at 6 m² per person holds 8. */
export function defaultWorkingCapacity(floorAreaM2: number, care24h: boolean, norm: RoomNorm): number {
  const perPerson = care24h ? norm.care24h : norm.standard;
  // A small epsilon so 48 m² ÷ 6 gives 8 even when the area was typed as 47,99999.
  return Math.floor(floorAreaM2 / perPerson + 1e-9);
}

/** Residents above the working capacity (0 when within it). */
export function overCapacityBy(occupied: number, workingCapacity: number): number {
  return Math.max(0, occupied - workingCapacity);
}
