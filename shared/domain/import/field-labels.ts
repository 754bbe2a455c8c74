import type { ImportField } from './types';

/** How each field is named in the preview's messages ("Ngày vào "31/02/2020" không đọc được"). */
export const importFieldLabels: Record<ImportField, string> = {
  seq: 'STT',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  sex: 'Giới tính',
  citizenId: 'Số CCCD/CMND',
  residence: 'Nơi cư trú',
  admittedOn: 'Ngày vào',
  kind: 'Hình thức',
  fileNumber: 'Số hồ sơ',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  court: 'Tòa án',
  termMonths: 'Thời hạn',
  dischargedOn: 'Ngày ra',
  dischargeReason: 'Lý do ra',
  area: 'Khu',
  room: 'Phòng',
  note: 'Ghi chú',
};
