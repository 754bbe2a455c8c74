import { z } from 'zod';
import { citizenId, id, isoDate, optionalText, text } from './fields';

/**
 * Corrections: an officer fixes what was written wrong, with a reason; the audit log keeps the record before and
 * after. Only the fields sent change; `null` clears an optional one. Nothing is deleted. Sex is not offered: it
 * decides placement, and changing it would leave the person in an area the separation rules now refuse.
 */

const reason = text('Lý do sửa', 500);
/** Free text that may be cleared. */
const clearable = (label: string, max = 200) => optionalText(label, max).nullable();

const residenceChange = z.object({
  province: text('Tỉnh/thành phố', 100),
  commune: text('Xã/phường', 100),
  oldDistrict: clearable('Quận/huyện cũ', 100),
  address: clearable('Địa chỉ chi tiết', 300),
});

const count = (label: string) =>
  z
    .number({ error: `${label}: nhập một số` })
    .int(`${label}: số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(80, `${label}: tối đa 80`)
    .nullable()
    .optional();

export const personCorrection = z.object({
  fullName: text('Họ và tên', 100).optional(),
  otherNames: clearable('Tên gọi khác'),
  /** A full date; `null` with `birthYear` when only the year is known. */
  birthDate: isoDate('Ngày sinh').nullable().optional(),
  birthYear: z
    .number({ error: 'Năm sinh: nhập một số' })
    .int('Năm sinh: số nguyên')
    .min(1900, 'Năm sinh: không trước 1900')
    .optional(),
  /** 12 digits is a CCCD, 9 digits an old CMND, as at admission. */
  citizenId: citizenId.optional(),
  ethnicity: clearable('Dân tộc', 50),
  religion: clearable('Tôn giáo', 50),
  education: clearable('Trình độ học vấn', 100),
  occupation: clearable('Nghề nghiệp', 100),
  /** The admission screen's codes (single, married …); records imported from paper may hold words instead. */
  maritalStatus: clearable('Tình trạng hôn nhân', 50),
  permanentResidence: residenceChange.optional(),
  currentResidence: residenceChange.optional(),
  drugsUsed: clearable('Loại ma túy sử dụng', 200),
  yearsOfUse: count('Số năm sử dụng'),
  previousRehabCount: count('Số lần cai nghiện trước'),
});
export type PersonCorrection = z.infer<typeof personCorrection>;

/**
 * What a correction of a stay may touch: the transcription of its papers. Dates, kind, term and how the stay
 * ended carry its legal weight and are not corrected here.
 */
export const stayCorrection = z.object({
  court: text('Tòa án', 200).optional(),
  /** The number of the court decision, or of the decision to hold the person (Mẫu 36), whichever the stay has. */
  decisionNumber: text('Số quyết định', 50).optional(),
  issuer: text('Cơ quan/người ra quyết định', 200).optional(),
  contractNumber: text('Số hợp đồng', 50).optional(),
  payer: text('Người chi trả', 200).optional(),
  priorityGroup: clearable('Đối tượng ưu tiên'),
});
export type StayCorrection = z.infer<typeof stayCorrection>;

export const correctPersonInput = z.object({ personId: id('Người'), reason, changes: personCorrection });
export const correctStayInput = z.object({ stayId: id('Lượt'), reason, changes: stayCorrection });

export const correctionView = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string().nullable(),
  entity: z.enum(['person', 'stay']),
  /** The file number of the stay corrected; null for a correction of the person. */
  fileNumber: z.string().nullable(),
  reason: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type CorrectionView = z.infer<typeof correctionView>;
