import type { AreaPurpose, StayKind } from './vocabulary';

/**
 * Whether a bed may take a resident: the bed is in service and free, the area is of the resident's sex, and
 * its purpose fits the kind of stay (Luật 73/2021 Điều 35 k2). The admission issue adds the remaining
 * separation rules (group A/B infectious disease, the separate room) and the head's audited override.
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

export function placementRefusal(bed: BedForPlacement, resident: ResidentForPlacement): PlacementRefusal | null {
  if (!bed.inService) return 'out_of_service';
  if (bed.occupiedByStayId !== null) return 'occupied';
  if (bed.areaSex !== resident.sex) return 'wrong_sex';
  if (!areasForKind[resident.kind].includes(bed.areaPurpose)) return 'wrong_area';
  return null;
}

export const placementRefusalMessages: Record<PlacementRefusal, string> = {
  out_of_service: 'Giường đang ngừng sử dụng',
  occupied: 'Giường đã có người',
  wrong_sex: 'Khu này dành cho giới tính khác (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
  wrong_area: 'Khu này không dành cho diện cai nghiện của học viên (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
};
