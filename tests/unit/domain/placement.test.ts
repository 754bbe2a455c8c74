import { describe, expect, it } from 'vitest';
import { placementRefusalMessage } from '../../../shared/domain/placement-messages';
import {
  ageOn,
  isMinor,
  overridable,
  placementRefusals,
  type BedForPlacement,
  type ResidentForPlacement,
} from '../../../shared/domain/placement';

const rules = { on: '2026-11-23', adultAge: 18 };
const freeBed: BedForPlacement = {
  inService: true,
  occupiedByStayId: null,
  areaSex: 'male',
  areaPurpose: 'compulsory',
  separateRoom: false,
  roomOthers: 3,
};
const man: ResidentForPlacement = {
  sex: 'male',
  kind: 'compulsory_adult',
  birthDate: '1990-05-01',
  birthYear: 1990,
  infectiousGroupAB: false,
  physicalSexDiffers: false,
};
const boy: ResidentForPlacement = { ...man, kind: 'compulsory_minor', birthDate: '2010-02-01', birthYear: 2010 };
const refusals = (bed: Partial<BedForPlacement>, r: Partial<ResidentForPlacement> = {}) =>
  placementRefusals({ ...freeBed, ...bed }, { ...man, ...r }, rules);

describe('placing a resident in a bed (Luật Phòng, chống ma túy 2021, Điều 35 k2–3)', () => {
  it('accepts a free bed in a compulsory men\'s area for a compulsory adult man', () => {
    expect(refusals({})).toEqual([]);
    expect(refusals({ areaPurpose: 'discipline' })).toEqual([]);
  });

  it('refuses a bed out of service or taken, and no override lifts either', () => {
    expect(refusals({ inService: false })).toEqual(['out_of_service']);
    expect(refusals({ occupiedByStayId: 7 })).toEqual(['occupied']);
    expect(overridable(['occupied'])).toBe(false);
    expect(overridable(['wrong_sex', 'out_of_service'])).toBe(false);
    expect(overridable(['wrong_sex', 'wrong_area'])).toBe(true);
    expect(overridable([])).toBe(false);
  });

  it('keeps men and women in separate areas', () => {
    expect(refusals({ areaSex: 'female' })).toEqual(['wrong_sex']);
    expect(refusals({}, { sex: 'female' })).toEqual(['wrong_sex']);
  });

  it('matches the kind of stay to the area purpose', () => {
    expect(refusals({ areaPurpose: 'voluntary' })).toEqual(['wrong_area']);
    expect(refusals({ areaPurpose: 'temporary' })).toEqual(['wrong_area']);
    expect(refusals({ areaPurpose: 'temporary' }, { kind: 'assessment' })).toEqual([]);
    expect(refusals({ areaPurpose: 'temporary' }, { kind: 'pending_decision' })).toEqual([]);
    expect(refusals({ areaPurpose: 'voluntary' }, { kind: 'voluntary' })).toEqual([]);
    expect(refusals({ areaPurpose: 'compulsory' }, { kind: 'voluntary' })).toEqual(['wrong_area']);
  });

  it('puts minors only in the minors\' area and no adult there', () => {
    expect(placementRefusals(freeBed, boy, rules)).toEqual(['minor_outside_minors_area']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'minors' }, boy, rules)).toEqual([]);
    expect(refusals({ areaPurpose: 'minors' })).toEqual(['adult_in_minors_area']);
    // A voluntary or temporary resident under 18 is a minor too, whatever the kind of stay.
    const youngVolunteer = { ...man, kind: 'voluntary' as const, birthDate: '2009-01-01', birthYear: 2009 };
    expect(placementRefusals({ ...freeBed, areaPurpose: 'voluntary' }, youngVolunteer, rules)).toEqual(['minor_outside_minors_area']);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'minors' }, youngVolunteer, rules)).toEqual([]);
  });

  it('judges age on the placement date, and takes 31/12 when only the birth year is known', () => {
    expect(ageOn({ birthDate: '2008-11-23', birthYear: 2008 }, '2026-11-23')).toBe(18);
    expect(ageOn({ birthDate: '2008-11-24', birthYear: 2008 }, '2026-11-23')).toBe(17);
    expect(ageOn({ birthDate: null, birthYear: 2008 }, '2026-12-30')).toBe(17);
    expect(ageOn({ birthDate: null, birthYear: 2008 }, '2026-12-31')).toBe(18);
    const turning = { ...man, birthDate: '2008-11-24', birthYear: 2008 };
    expect(isMinor(turning, rules)).toBe(true);
    expect(isMinor(turning, { ...rules, on: '2026-11-24' })).toBe(false);
    expect(isMinor(turning, { ...rules, adultAge: 16 })).toBe(false);
    expect(isMinor({ ...man, kind: 'compulsory_minor' }, rules)).toBe(true);
  });

  it('keeps group A/B infectious cases in their area, and only them', () => {
    expect(refusals({}, { infectiousGroupAB: true })).toEqual(['infectious_outside_area']);
    expect(refusals({ areaPurpose: 'infectious' }, { infectiousGroupAB: true })).toEqual([]);
    expect(refusals({ areaPurpose: 'infectious' })).toEqual(['not_infectious_in_area']);
    // Infection control first: a sick minor is treated in the infectious area, not the minors' one.
    expect(placementRefusals({ ...freeBed, areaPurpose: 'infectious' }, { ...boy, infectiousGroupAB: true }, rules)).toEqual([]);
    expect(placementRefusals({ ...freeBed, areaPurpose: 'minors' }, { ...boy, infectiousGroupAB: true }, rules)).toEqual([
      'infectious_outside_area',
    ]);
  });

  it('gives a person whose body differs from the papers a separate room in the area of the physical sex', () => {
    const differs = { sex: 'male' as const, physicalSexDiffers: true };
    const separate = { areaSex: 'female' as const, separateRoom: true, roomOthers: 0 };
    expect(refusals(separate, differs)).toEqual([]);
    expect(refusals({ ...separate, areaSex: 'male' }, differs)).toEqual(['wrong_physical_sex']);
    expect(refusals({ areaSex: 'female' }, differs)).toEqual(['needs_separate_room']);
    expect(refusals({ ...separate, roomOthers: 1 }, differs)).toEqual(['separate_room_taken']);
    // Nobody else goes into such a room, empty or not.
    expect(refusals({ separateRoom: true, roomOthers: 0 })).toEqual(['separate_room_reserved']);
    expect(refusals({ separateRoom: true, roomOthers: 1 })).toEqual(['separate_room_taken']);
  });

  it('names every broken rule at once, most basic first', () => {
    expect(refusals({ inService: false, areaSex: 'female', areaPurpose: 'minors' })).toEqual([
      'out_of_service',
      'wrong_sex',
      'adult_in_minors_area',
    ]);
  });

  it('says which rule and why, citing Điều 35', () => {
    const facts = { resident: man, areaPurpose: 'voluntary' as const, areaSex: 'female' as const, adultAge: 18 };
    expect(placementRefusalMessage('wrong_sex', facts)).toBe(
      'Khu này dành cho giới tính khác: khu nữ, học viên là nam (nam và nữ ở khu riêng; Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
    );
    expect(placementRefusalMessage('wrong_area', facts)).toBe(
      'Khu cai nghiện tự nguyện không dành cho diện cai nghiện bắt buộc (người thành niên) (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
    );
    expect(placementRefusalMessage('minor_outside_minors_area', facts)).toContain('Người dưới 18 tuổi');
    expect(placementRefusalMessage('needs_separate_room', facts)).toContain('Điều 35 khoản 3');
  });
});
