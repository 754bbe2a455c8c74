import type { Role } from '../contract/roles';
import type { productUnits, tradeLevels } from './vocabulary';

/** The staff roles, trade levels and product units in the words of the screens, for the files the back end writes. */
export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị viên',
  head: 'Trưởng cơ sở',
  officer: 'Cán bộ quản lý',
  trainer: 'Giáo viên dạy nghề',
  medical: 'Nhân viên y tế',
};

export const tradeLevelLabels: Record<(typeof tradeLevels)[number], string> = { so_cap: 'Sơ cấp', under_3_months: 'Dưới 3 tháng' };

export const productUnitLabels: Record<(typeof productUnits)[number], string> = { piece: 'Chiếc', kg: 'Kg', set: 'Bộ', workday: 'Ngày công' };
