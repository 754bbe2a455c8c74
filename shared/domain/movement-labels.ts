import type { MovementType } from './vocabulary';

/** Each movement in Vietnamese: the screen's words (renderer/i18n/vi) and the exported sheets' come from here alone. */
export const movementTypeLabels: Record<MovementType, string> = {
  admitted: 'Tiếp nhận',
  bed_move: 'Chuyển giường',
  to_hospital: 'Chuyển viện',
  from_hospital: 'Từ bệnh viện trở về',
  funeral_leave: 'Về chịu tang',
  funeral_return: 'Chịu tang trở về',
  to_court: 'Ra tòa / tố tụng',
  from_court: 'Từ tòa trở về',
  escaped: 'Bỏ trốn',
  returned: 'Trở lại cơ sở',
  suspended: 'Tạm đình chỉ',
  suspension_return: 'Hết tạm đình chỉ, trở lại',
  discharged: 'Ra cơ sở',
  reversal: 'Hủy ghi nhận sai',
};
