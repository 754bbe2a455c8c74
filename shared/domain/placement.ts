/**
 * Whether a bed may take a resident. Issue 2 checks what the admission slice needs (the bed is in service,
 * free, and in an area of the resident's sex); the admission issue adds the remaining separation rules here.
 */
export interface BedForPlacement {
  inService: boolean;
  occupiedByStayId: number | null;
  areaSex: 'male' | 'female';
}

export type PlacementRefusal = 'out_of_service' | 'occupied' | 'wrong_sex';

export function placementRefusal(bed: BedForPlacement, residentSex: 'male' | 'female'): PlacementRefusal | null {
  if (!bed.inService) return 'out_of_service';
  if (bed.occupiedByStayId !== null) return 'occupied';
  if (bed.areaSex !== residentSex) return 'wrong_sex';
  return null;
}

export const placementRefusalMessages: Record<PlacementRefusal, string> = {
  out_of_service: 'Giường đang ngừng sử dụng',
  occupied: 'Giường đã có người',
  wrong_sex: 'Khu này dành cho giới tính khác (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
};
