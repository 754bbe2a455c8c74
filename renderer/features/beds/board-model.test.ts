import { describe, expect, it } from 'vitest';
import type { AreaView, BedView, RoomView } from '../../../shared/contract/beds';
import { bedStatus, boardTotals, findBed, freeBedGroups } from './board-model';

const bed = (id: number, extra: Partial<BedView> = {}): BedView => ({
  id,
  code: `G0${id}`,
  inService: true,
  outOfServiceReason: null,
  outOfServiceSince: null,
  occupant: null,
  ...extra,
});
const occupant = { stayId: 9, fullName: 'Nguyễn Văn Hùng', initials: 'N.V.H.', state: 'present' as const, override: false, overrideReason: null };
const room = (beds: BedView[], overCapacity = false): RoomView => ({
  id: 1,
  code: 'P01',
  name: 'Phòng 1',
  floorAreaM2: 48,
  designCapacity: 8,
  workingCapacity: 8,
  separateRoom: false,
  care24h: false,
  occupied: beds.filter((b) => b.occupant).length,
  overCapacity,
  beds,
});
const counts = { design: 8, working: 8, beds: 3, occupied: 1, present: 1, free: 1, outOfService: 1, overCapacity: 0 };
const area: AreaView = {
  id: 1,
  code: 'A',
  name: 'Khu A',
  purpose: 'compulsory',
  sex: 'male',
  rooms: [room([bed(1, { occupant }), bed(2), bed(3, { inService: false })])],
  counts,
};

describe('the bed board model', () => {
  it('colours a bed free, occupied, over capacity or out of service', () => {
    expect(bedStatus(bed(1), room([]))).toBe('free');
    expect(bedStatus(bed(1, { occupant }), room([]))).toBe('occupied');
    expect(bedStatus(bed(1, { occupant }), room([], true))).toBe('over');
    expect(bedStatus(bed(1, { inService: false }), room([], true))).toBe('out');
  });

  it('offers only free beds in service as places to move to, grouped by room', () => {
    expect(freeBedGroups([area], null)).toEqual([{ group: 'A Khu A · P01 Phòng 1', items: [{ value: '2', label: 'A-P01-G02' }] }]);
    expect(freeBedGroups([area], 2)).toEqual([]);
  });

  it('adds up the areas and finds a bed', () => {
    expect(boardTotals([area, area])).toMatchObject({ beds: 6, occupied: 2, free: 2, outOfService: 2 });
    expect(findBed([area], 3)?.bed.inService).toBe(false);
    expect(findBed([area], 7)).toBeNull();
  });
});
