import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bedIntervals, occupantAt, occupantsOn, type BedMovementFact } from '../../../shared/domain/bed-history';

let nextId = 1;
function mv(stayId: number, type: string, on: string, bed: { from?: number; to?: number } = {}, extra: Partial<BedMovementFact> = {}): BedMovementFact {
  return {
    id: nextId++,
    stayId,
    type,
    occurredOn: on,
    occurredAt: `${on}T03:00:00.000Z`,
    reversesId: null,
    fromBedId: bed.from ?? null,
    toBedId: bed.to ?? null,
    override: false,
    reason: null,
    ...extra,
  };
}

describe('who was in which bed, from the movements', () => {
  // Stay 1 admitted to bed 10, moved to bed 11 on 01/03, discharged 01/06; stay 2 takes bed 10 from 05/03.
  const moves = [
    mv(1, 'admitted', '2026-01-10', { to: 10 }),
    mv(1, 'to_hospital', '2026-02-01'),
    mv(1, 'from_hospital', '2026-02-05'),
    mv(1, 'bed_move', '2026-03-01', { from: 10, to: 11 }, { override: true, reason: 'Trưởng Cơ sở quyết định' }),
    mv(2, 'admitted', '2026-03-05', { to: 10 }),
    mv(1, 'discharged', '2026-06-01', { from: 11 }),
  ];
  const intervals = bedIntervals(moves);

  it('opens a stay in a bed on admission, moves it, and closes it at discharge; hospital keeps the bed', () => {
    expect(intervals.map((i) => [i.stayId, i.bedId, i.fromOn, i.toOn, i.endType])).toEqual([
      [1, 10, '2026-01-10', '2026-03-01', 'bed_move'],
      [1, 11, '2026-03-01', '2026-06-01', 'discharged'],
      [2, 10, '2026-03-05', null, null],
    ]);
    expect(intervals[1]).toMatchObject({ startType: 'bed_move', override: true, reason: 'Trưởng Cơ sở quyết định' });
  });

  it('answers who was in bed X on date D', () => {
    expect(occupantsOn(intervals, 10, '2026-02-03').map((i) => i.stayId)).toEqual([1]);
    expect(occupantsOn(intervals, 10, '2026-03-03')).toEqual([]);
    expect(occupantsOn(intervals, 10, '2026-04-01').map((i) => i.stayId)).toEqual([2]);
    expect(occupantsOn(intervals, 11, '2026-06-01').map((i) => i.stayId)).toEqual([1]);
    expect(occupantsOn(intervals, 11, '2026-06-02')).toEqual([]);
    expect(occupantsOn(intervals, 10, '2026-01-09')).toEqual([]);
    // The day of a move names the stay in both beds.
    expect(occupantsOn(intervals, 10, '2026-03-01').map((i) => i.stayId)).toEqual([1]);
    expect(occupantsOn(intervals, 11, '2026-03-01').map((i) => i.stayId)).toEqual([1]);
  });

  it('answers at an instant with at most one stay', () => {
    expect(occupantAt(intervals, 10, '2026-03-01T02:59:59.000Z')?.stayId).toBe(1);
    expect(occupantAt(intervals, 10, '2026-03-01T03:00:00.000Z')).toBeNull();
    expect(occupantAt(intervals, 11, '2026-03-01T03:00:00.000Z')?.stayId).toBe(1);
  });

  it('ignores a movement that was reversed as entered in error', () => {
    const wrong = mv(3, 'bed_move', '2026-04-01', { from: 12, to: 13 });
    const facts = [mv(3, 'admitted', '2026-03-20', { to: 12 }), wrong, mv(3, 'reversal', '2026-04-02', {}, { reversesId: wrong.id })];
    expect(bedIntervals(facts).map((i) => [i.bedId, i.toOn])).toEqual([[12, null]]);
  });

  it('gives every stay at most one open bed and never overlapping time in two beds', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
    const stayArb = fc.record({ start: fc.nat({ max: 100 }), hops: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 30 }), bed: fc.nat({ max: 5 }) }), { maxLength: 5 }), discharged: fc.boolean() });
    fc.assert(
      fc.property(fc.array(stayArb, { minLength: 1, maxLength: 6 }), (stays) => {
        const facts: BedMovementFact[] = [];
        stays.forEach((s, stayId) => {
          let t = s.start;
          let bed = 0;
          facts.push(mv(stayId, 'admitted', day(t), { to: bed }));
          for (const h of s.hops) {
            t += h.gap;
            facts.push(mv(stayId, 'bed_move', day(t), { from: bed, to: h.bed }));
            bed = h.bed;
          }
          if (s.discharged) facts.push(mv(stayId, 'discharged', day(t + 1), { from: bed }));
        });
        const all = bedIntervals(facts);
        stays.forEach((s, stayId) => {
          const mine = all.filter((i) => i.stayId === stayId);
          expect(mine).toHaveLength(s.hops.length + 1);
          expect(mine.filter((i) => i.toAt === null)).toHaveLength(s.discharged ? 0 : 1);
          for (let k = 1; k < mine.length; k++) expect(mine[k]!.fromAt).toBe(mine[k - 1]!.toAt);
        });
      }),
    );
  });
});
