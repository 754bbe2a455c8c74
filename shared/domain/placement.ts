import type { AreaPurpose, StayKind } from './vocabulary';

/**
 * Whether a bed may take a resident (Luật 73/2021 Điều 35 k2–3): the bed is in service and free, the area is of
 * the resident's sex, and its purpose fits the kind of stay. The back end refuses a placement that breaks a rule
 * unless the head records an explicit, audited override.
 */
export interface BedForPlacement {
  inService: boolean;
  occupiedByStayId: number | null;
  areaSex: 'male' | 'female';
  areaPurpose: AreaPurpose;
}

export interface ResidentForPlacement {
  sex: 'male' | 'female';
  kind: StayKind;
}

export type PlacementRefusal = 'out_of_service' | 'occupied' | 'wrong_sex' | 'wrong_area';

/** Areas each kind of stay may live in; infectious and discipline areas take residents of any kind. */
export const areasForKind: Record<StayKind, readonly AreaPurpose[]> = {
  compulsory_adult: ['compulsory', 'infectious', 'discipline'],
  compulsory_minor: ['minors', 'infectious', 'discipline'],
  voluntary: ['voluntary', 'infectious', 'discipline'],
  pending_decision: ['temporary', 'infectious'],
  assessment: ['temporary', 'infectious'],
};

/** Every rule the placement breaks, most basic first; empty when it may go ahead. */
export function placementRefusals(bed: BedForPlacement, resident: ResidentForPlacement): PlacementRefusal[] {
  const refusals: PlacementRefusal[] = [];
  if (!bed.inService) refusals.push('out_of_service');
  if (bed.occupiedByStayId !== null) refusals.push('occupied');
  if (bed.areaSex !== resident.sex) refusals.push('wrong_sex');
  if (!areasForKind[resident.kind].includes(bed.areaPurpose)) refusals.push('wrong_area');
  return refusals;
}

/** Refusals no override can lift: a bed that is out of service or already taken is physically unavailable. */
export const absoluteRefusals: readonly PlacementRefusal[] = ['out_of_service', 'occupied'];

export const placementRefusalMessages: Record<PlacementRefusal, string> = {
  out_of_service: 'Giường đang ngừng sử dụng',
  occupied: 'Giường đã có người',
  wrong_sex: 'Khu này dành cho giới tính khác (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
  wrong_area: 'Khu này không dành cho diện cai nghiện của học viên (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
};
