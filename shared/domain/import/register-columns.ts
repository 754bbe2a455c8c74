import { dischargeReasonLabels, kindLabels, sexLabels } from '../report-labels';
import { importFields, type ImportField } from './types';

/**
 * The register as the app exports it (Sổ quản lý người cai nghiện, one row per stay): one column per import field,
 * in the import's order, under the header the import recognises. Exporting a register and importing the file
 * into an empty database gives the same register back, so both sides read these texts from here.
 */
export const registerHeaders: Record<ImportField, string> = {
  seq: 'STT',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  sex: 'Giới tính',
  citizenId: 'Số CCCD',
  residence: 'Nơi cư trú',
  admittedOn: 'Ngày vào',
  kind: 'Hình thức',
  fileNumber: 'Số hồ sơ',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  court: 'Tòa án',
  termMonths: 'Thời hạn (tháng)',
  dischargedOn: 'Ngày ra',
  dischargeReason: 'Lý do ra',
  area: 'Khu',
  room: 'Phòng',
  note: 'Ghi chú',
};

/** The register's columns left to right: each field with its header. */
export const registerColumns: readonly { field: ImportField; header: string }[] = importFields.map((field) => ({
  field,
  header: registerHeaders[field],
}));

/**
 * The words the export writes in the coded columns (Hình thức, Giới tính, Lý do ra): the import must read each of
 * them back as the same code.
 */
export const registerValueLabels = {
  kind: kindLabels,
  sex: sexLabels,
  dischargeReason: dischargeReasonLabels,
} as const;
