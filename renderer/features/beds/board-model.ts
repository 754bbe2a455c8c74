import type { AreaView, BedView, RoomView } from '../../../shared/contract/beds';

/** What a bed cell's colour says: free, taken, taken in a room above its working capacity, or out of service. */
export type BedStatus = 'free' | 'occupied' | 'over' | 'out';

export function bedStatus(bed: BedView, room: Pick<RoomView, 'overCapacity'>): BedStatus {
  if (bed.occupant) return room.overCapacity ? 'over' : 'occupied';
  return bed.inService ? 'free' : 'out';
}

export function bedLabel(area: Pick<AreaView, 'code'>, room: Pick<RoomView, 'code'>, bed: Pick<BedView, 'code'>): string {
  return `${area.code}-${room.code}-${bed.code}`;
}

export interface BedOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** Free, in-service beds to move someone to, grouped by area and room as the board shows them. */
export function freeBedGroups(board: AreaView[], exceptBedId: number | null): BedOptionGroup[] {
  const groups: BedOptionGroup[] = [];
  for (const area of board) {
    for (const room of area.rooms) {
      const items = room.beds
        .filter((b) => b.inService && b.occupant === null && b.id !== exceptBedId)
        .map((b) => ({ value: String(b.id), label: bedLabel(area, room, b) }));
      if (items.length > 0) groups.push({ group: `${area.code} ${area.name} · ${room.code} ${room.name}`, items });
    }
  }
  return groups;
}

/** The whole facility's counts, for the line above the board. */
export function boardTotals(board: AreaView[]): AreaView['counts'] {
  const zero: AreaView['counts'] = { design: 0, working: 0, beds: 0, occupied: 0, present: 0, free: 0, outOfService: 0, overCapacity: 0 };
  return board.reduce((sum, a) => {
    const next = { ...sum };
    for (const k of Object.keys(zero) as (keyof typeof zero)[]) next[k] = sum[k] + a.counts[k];
    return next;
  }, zero);
}

/** Where a bed sits on the board, for the dialog that opens on it. */
export interface BedPlace {
  area: AreaView;
  room: RoomView;
  bed: BedView;
}

export function findBed(board: AreaView[], bedId: number): BedPlace | null {
  for (const area of board) {
    for (const room of area.rooms) {
      const bed = room.beds.find((b) => b.id === bedId);
      if (bed) return { area, room, bed };
    }
  }
  return null;
}
