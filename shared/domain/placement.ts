import type { AreaPurpose, StayKind } from './vocabulary';

/**
 * Whether a bed may take a resident (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2–3): separate areas by sex,
 * for minors, for group A/B infectious disease and by kind of stay, and a separate room for a person whose body
 * differs from their papers. The back end refuses a placement that breaks a rule unless the head records an
 * explicit, audited override; a bed out of service or taken can never be overridden.
 */
export type Sex = 'male' | 'female';

export interface BedForPlacement {
  inService: boolean;
  occupiedByStayId: number | null;
  areaSex: Sex;
  areaPurpose: AreaPurpose;
  /** A room kept for one person whose body differs from their papers. */
  separateRoom: boolean;
  /** Residents in the bed's room other than the one being placed (a move within the room does not count itself). */
  roomOthers: number;
}

export interface ResidentForPlacement {
  /** Sex on the papers. */
  sex: Sex;
  kind: StayKind;
  /** Full date of birth when known; otherwise only the year (then 31/12 of that year is taken, the younger reading). */
  birthDate: string | null;
  birthYear: number;
  /** Under treatment for a group A/B infectious disease (HIV/AIDS, pulmonary TB, viral hepatitis). */
  infectiousGroupAB: boolean;
  /** The body differs from the papers: the area is the one of the physical (other) sex, in a separate room. */
  physicalSexDiffers: boolean;
}

/** What the rules read besides the bed and the resident: the date placed and the adult age in force then. */
export interface PlacementRules {
  on: string;
  adultAge: number;
}

export const placementRefusalCodes = [
  'out_of_service',
  'occupied',
  'wrong_sex',
  'wrong_physical_sex',
  'minor_outside_minors_area',
  'adult_in_minors_area',
  'infectious_outside_area',
  'not_infectious_in_area',
  'wrong_area',
  'needs_separate_room',
  'separate_room_taken',
  'separate_room_reserved',
] as const;
export type PlacementRefusal = (typeof placementRefusalCodes)[number];

/** Refusals no override can lift: a bed that is out of service or already taken is physically unavailable. */
export const absoluteRefusals: readonly PlacementRefusal[] = ['out_of_service', 'occupied'];

/**
 * Areas each kind of stay lives in when neither age nor health decides: minors go to the minors' area and
 * group A/B cases to the infectious area whatever their kind (rules of their own below).
 */
export const areasForKind: Record<StayKind, readonly AreaPurpose[]> = {
  compulsory_adult: ['compulsory', 'discipline'],
  compulsory_minor: ['minors'],
  voluntary: ['voluntary', 'discipline'],
  pending_decision: ['temporary'],
  assessment: ['temporary'],
};

/** Whole years of age on a date; with only the birth year known, the person is taken as born on 31/12. */
export function ageOn(r: Pick<ResidentForPlacement, 'birthDate' | 'birthYear'>, on: string): number {
  const birth = r.birthDate ?? `${r.birthYear}-12-31`;
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A minor for placement: under the adult age on the date, or admitted as a compulsory minor. */
export function isMinor(r: ResidentForPlacement, rules: PlacementRules): boolean {
  return r.kind === 'compulsory_minor' || ageOn(r, rules.on) < rules.adultAge;
}

/** The sex whose area the person lives in: the physical one when it differs from the papers. */
export function bodySex(r: Pick<ResidentForPlacement, 'sex' | 'physicalSexDiffers'>): Sex {
  if (!r.physicalSexDiffers) return r.sex;
  return r.sex === 'male' ? 'female' : 'male';
}

/** Every rule the placement breaks, most basic first; empty when it may go ahead. */
export function placementRefusals(bed: BedForPlacement, r: ResidentForPlacement, rules: PlacementRules): PlacementRefusal[] {
  const refusals: PlacementRefusal[] = [];
  if (!bed.inService) refusals.push('out_of_service');
  if (bed.occupiedByStayId !== null) refusals.push('occupied');
  if (bed.areaSex !== bodySex(r)) refusals.push(r.physicalSexDiffers ? 'wrong_physical_sex' : 'wrong_sex');

  const minor = isMinor(r, rules);
  const purpose = bed.areaPurpose;
  // Infection control comes first: a minor with a group A/B disease is treated in the infectious area.
  if (r.infectiousGroupAB && purpose !== 'infectious') refusals.push('infectious_outside_area');
  if (!r.infectiousGroupAB && purpose === 'infectious') refusals.push('not_infectious_in_area');
  if (minor && purpose !== 'minors' && !(r.infectiousGroupAB && purpose === 'infectious')) {
    refusals.push('minor_outside_minors_area');
  }
  if (!minor && purpose === 'minors') refusals.push('adult_in_minors_area');
  // The kind of stay decides only among the areas that age and health leave open.
  if (!minor && purpose !== 'minors' && purpose !== 'infectious' && !areasForKind[r.kind].includes(purpose)) {
    refusals.push('wrong_area');
  }

  if (r.physicalSexDiffers && !bed.separateRoom) refusals.push('needs_separate_room');
  if (bed.separateRoom && bed.roomOthers > 0) refusals.push('separate_room_taken');
  else if (bed.separateRoom && !r.physicalSexDiffers) refusals.push('separate_room_reserved');
  return refusals;
}

/** Whether the head's override may lift these refusals: only rule refusals, never an unavailable bed. */
export function overridable(refusals: readonly PlacementRefusal[]): boolean {
  return refusals.length > 0 && refusals.every((r) => !absoluteRefusals.includes(r));
}
