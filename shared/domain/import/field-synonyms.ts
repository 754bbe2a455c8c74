import type { ImportField } from './types';

/**
 * The header texts facilities use for each field, as written in their registers. Matching is on folded text
 * (foldText), so accents, case and punctuation do not matter; a longer synonym contained in a header beats a shorter
 * one ("Ngày ra quyết định" is the decision date, not the discharge date).
 */
export const fieldSynonyms: Record<ImportField, string[]> = {
  seq: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  fullName: ['Họ và tên', 'Họ tên', 'Tên học viên', 'Họ và tên học viên', 'Họ tên học viên', 'Họ và tên người cai nghiện'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Ngày, tháng, năm sinh'],
  birthYear: ['Năm sinh'],
  sex: ['Giới tính', 'Nam/Nữ', 'Giới'],
  citizenId: [
    'Số CCCD',
    'CCCD',
    'CMND',
    'Số CMND',
    'Số CMND/CCCD',
    'Số CCCD/CMND',
    'Số định danh',
    'Số định danh cá nhân',
    'Căn cước công dân',
    'Số căn cước',
  ],
  residence: ['Nơi cư trú', 'Địa chỉ', 'Nơi thường trú', 'HKTT', 'Hộ khẩu thường trú', 'Quê quán', 'Nơi ở', 'Trú quán'],
  admittedOn: ['Ngày vào', 'Ngày tiếp nhận', 'Ngày đưa vào cơ sở', 'Ngày vào cơ sở', 'Ngày đưa vào'],
  kind: ['Hình thức', 'Loại', 'Đối tượng', 'Hình thức cai nghiện', 'Loại đối tượng', 'Diện'],
  fileNumber: ['Số hồ sơ', 'Mã HV', 'Mã học viên', 'Mã số'],
  decisionNumber: ['Số quyết định', 'Số QĐ', 'Quyết định số', 'QĐ số'],
  decisionDate: ['Ngày quyết định', 'Ngày QĐ', 'Quyết định ngày', 'QĐ ngày', 'Ngày ra quyết định', 'Ngày ký quyết định'],
  court: ['Tòa án', 'TAND', 'Tòa án nhân dân', 'Cơ quan ra quyết định', 'Tòa án ra quyết định'],
  termMonths: ['Thời hạn', 'Thời hạn (tháng)', 'Thời gian cai nghiện', 'Số tháng', 'Thời hạn cai nghiện'],
  dischargedOn: ['Ngày ra', 'Ngày chấp hành xong', 'Ngày về', 'Ngày ra cơ sở'],
  dischargeReason: ['Lý do ra', 'Hình thức ra', 'Lý do', 'Lý do ra cơ sở'],
  area: ['Khu', 'Phân khu', 'Khu quản lý'],
  room: ['Phòng', 'Buồng', 'Phòng ở'],
  note: ['Ghi chú'],
};
