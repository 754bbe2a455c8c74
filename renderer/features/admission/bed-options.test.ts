import { describe, expect, it } from 'vitest';
import type { AreaView, BedView, RoomView } from '../../../shared/contract/beds';
import type { ResidentForPlacement } from '../../../shared/domain/placement';
import { freeBedOptions } from './bed-options';

const counts = { design: 0, working: 0, beds: 0, occupied: 0, present: 0, free: 0, outOfService: 0, overCapacity: 0 };
const bed = (id: number, code: string, over: Partial<BedView> = {}): BedView => ({ id, code, inService: true, outOfServiceReason: null, outOfServiceSince: null, occupant: null, ...over });
const room = (id: number, code: string, beds: BedView[], over: Partial<RoomView> = {}): RoomView => ({
  id, code, name: `Phòng ${code}`, floorAreaM2: null, designCapacity: 4, workingCapacity: 4, separateRoom: false, care24h: false, occupied: 0, overCapacity: false, beds, ...over,
});
const area = (id: number, code: string, purpose: AreaView['purpose'], sex: AreaView['sex'], rooms: RoomView[]): AreaView => ({ id, code, name: `Khu ${code}`, purpose, sex, counts, rooms });

const occupant = { stayId: 5, fullName: 'Trần Văn An', initials: 'T.V.A', state: 'present' as const, override: false, overrideReason: null };
const board: AreaView[] = [
  area(1, 'A', 'compulsory', 'male', [
    room(10, 'P01', [bed(100, 'G01', { occupant }), bed(101, 'G02'), bed(102, 'G03', { inService: false })], { occupied: 1 }),
    room(11, 'P02', [bed(110, 'G01')], { separateRoom: true }),
  ]),
  area(2, 'B', 'compulsory', 'female', [room(20, 'P01', [bed(200, 'G01')])]),
  area(3, 'TN', 'minors', 'male', [room(30, 'P01', [bed(300, 'G01')])]),
  area(4, 'TN', 'infectious', 'male', [room(40, 'P01', [bed(400, 'G01')])]),
  area(5, 'T', 'temporary', 'male', [room(50, 'P01', [bed(500, 'G01')])]),
];
const rules = { on: '2026-11-10', adultAge: 18 };
const man: ResidentForPlacement = { sex: 'male', kind: 'compulsory_adult', birthDate: '1990-05-01', birthYear: 1990, infectiousGroupAB: false, physicalSexDiffers: false };
const ids = (groups: ReturnType<typeof freeBedOptions>) => groups.flatMap((g) => g.items.map((i) => i.value));

describe('free beds offered on admission', () => {
  it('offers a compulsory adult man only free, in-service beds of men’s compulsory rooms, grouped by area and room', () => {
    expect(freeBedOptions(board, man, rules)).toEqual([{ group: 'A Khu A · Phòng P01', items: [{ value: 101, label: 'A-P01-G02' }] }]);
  });

  it('follows the kind, the age, the sex and the infectious flag', () => {
    expect(ids(freeBedOptions(board, { ...man, kind: 'compulsory_minor', birthDate: '2011-01-01', birthYear: 2011 }, rules))).toEqual([300]);
    expect(ids(freeBedOptions(board, { ...man, kind: 'pending_decision' }, rules))).toEqual([500]);
    expect(ids(freeBedOptions(board, { ...man, sex: 'female' }, rules))).toEqual([200]);
    expect(ids(freeBedOptions(board, { ...man, infectiousGroupAB: true }, rules))).toEqual([400]);
    expect(ids(freeBedOptions(board, { ...man, physicalSexDiffers: true, sex: 'female' }, rules))).toEqual([110]);
  });

  it('offers the head every free bed when placing against the rules', () => {
    expect(ids(freeBedOptions(board, man, rules, true))).toEqual([101, 110, 200, 300, 400, 500]);
  });
});
