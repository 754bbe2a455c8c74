import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodySex,
  isMinor,
  overridable,
  placementRefusals,
  type ResidentForPlacement,
  type Sex,
} from '../../../shared/domain/placement';
import { areaPurposes, stayKinds, type AreaPurpose } from '../../../shared/domain/vocabulary';

/**
 * Properties over whole facilities: fill random areas and rooms with random residents, placing each only where
 * the rules accept it, then check the separation the law asks for holds everywhere.
 */
const rules = { on: '2026-11-23', adultAge: 18 };

const sexArb = fc.constantFrom<Sex>('male', 'female');
const residentArb: fc.Arbitrary<ResidentForPlacement> = fc.record({
  sex: sexArb,
  kind: fc.constantFrom(...stayKinds),
  birthDate: fc.option(fc.date({ min: new Date('1960-01-01'), max: new Date('2014-11-23'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
  birthYear: fc.integer({ min: 1960, max: 2014 }),
  infectiousGroupAB: fc.boolean(),
  physicalSexDiffers: fc.boolean(),
});

interface Room {
  area: number;
  separate: boolean;
  beds: (ResidentForPlacement | null)[];
}

const facilityArb = fc
  .array(fc.record({ sex: sexArb, purpose: fc.constantFrom<AreaPurpose>(...areaPurposes) }), { minLength: 1, maxLength: 8 })
  .chain((areas) =>
    fc
      .array(
        fc.record({ area: fc.nat({ max: areas.length - 1 }), separate: fc.boolean(), size: fc.integer({ min: 1, max: 4 }) }),
        { minLength: 1, maxLength: 16 },
      )
      .map((rooms) => ({ areas, rooms: rooms.map((r): Room => ({ area: r.area, separate: r.separate, beds: Array(r.size).fill(null) })) })),
  );

/** Places each resident in the first bed the rules accept, as a careful officer would; some find none. */
function fill(facility: { areas: { sex: Sex; purpose: AreaPurpose }[]; rooms: Room[] }, residents: ResidentForPlacement[]) {
  for (const r of residents) {
    search: for (const room of facility.rooms) {
      const area = facility.areas[room.area]!;
      for (let b = 0; b < room.beds.length; b++) {
        const bed = {
          inService: true,
          occupiedByStayId: room.beds[b] ? 1 : null,
          areaSex: area.sex,
          areaPurpose: area.purpose,
          separateRoom: room.separate,
          roomOthers: room.beds.filter(Boolean).length,
        };
        if (placementRefusals(bed, r, rules).length === 0) {
          room.beds[b] = r;
          break search;
        }
      }
    }
  }
  return facility;
}

describe('placements the rules accept', () => {
  it('never put two sexes in one area, a minor among adults, or a healthy person among group A/B cases', () => {
    fc.assert(
      fc.property(facilityArb, fc.array(residentArb, { maxLength: 40 }), (facility, residents) => {
        fill(facility, residents);
        facility.areas.forEach((area, i) => {
          const people = facility.rooms.filter((r) => r.area === i).flatMap((r) => r.beds.filter((x) => x !== null));
          for (const p of people) {
            expect(bodySex(p)).toBe(area.sex);
            // A minor lives in the minors' area, or in the infectious one while treated there; no adult in the minors'.
            if (isMinor(p, rules)) expect(['minors', 'infectious']).toContain(area.purpose);
            else expect(area.purpose).not.toBe('minors');
            expect(p.infectiousGroupAB).toBe(area.purpose === 'infectious');
          }
        });
      }),
    );
  });

  it('keep each person whose body differs from the papers alone in a separate room, and others out of such rooms', () => {
    fc.assert(
      fc.property(facilityArb, fc.array(residentArb, { maxLength: 40 }), (facility, residents) => {
        fill(facility, residents);
        for (const room of facility.rooms) {
          const people = room.beds.filter((x) => x !== null);
          if (room.separate) {
            expect(people.length).toBeLessThanOrEqual(1);
            expect(people.every((p) => p.physicalSexDiffers)).toBe(true);
          } else {
            expect(people.some((p) => p.physicalSexDiffers)).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('can be forced by an override only when no refusal is about the bed itself', () => {
    fc.assert(
      fc.property(
        fc.record({
          inService: fc.boolean(),
          occupiedByStayId: fc.option(fc.nat(), { nil: null }),
          areaSex: sexArb,
          areaPurpose: fc.constantFrom(...areaPurposes),
          separateRoom: fc.boolean(),
          roomOthers: fc.nat({ max: 5 }),
        }),
        residentArb,
        (bed, r) => {
          const refusals = placementRefusals(bed, r, rules);
          const bedUnavailable = !bed.inService || bed.occupiedByStayId !== null;
          expect(overridable(refusals)).toBe(!bedUnavailable && refusals.length > 0);
        },
      ),
    );
  });
});
