import { z } from 'zod';
import { method } from './define';
import { citizenId, id, isoDate, optionalText, sex, text } from './fields';
import { admissionDueDatesView, admissionRecord, handoverItemKinds } from './admission-record';
import { maritalStatuses, priorityGroups } from '../domain/vocabulary';
import { stayKind, stayState } from './residents';

export const photoMimes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const count = (label: string, max: number) =>
  z.number({ error: `${label}: phải là số` }).int(`${label}: số nguyên`).min(0, `${label}: không được âm`).max(max, `${label}: tối đa ${max}`);

const residenceInput = z.object({
  province: text('Tỉnh/thành phố', 100),
  commune: text('Xã/phường', 100),
  /** Districts were abolished in 07/2025; old papers still name one. */
  oldDistrict: optionalText('Huyện (cũ)', 100),
  address: optionalText('Địa chỉ chi tiết', 300),
});

const familyContact = z.object({
  name: text('Họ tên người thân', 100),
  relation: text('Quan hệ', 50),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, 'Số điện thoại: chỉ gồm chữ số, 8–20 ký tự')
    .optional(),
  address: optionalText('Địa chỉ người thân', 300),
});

/** Bytes a base64 text decodes to, without decoding it. */
export function base64Bytes(b64: string): number {
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}

const photoInput = z.object({
  mime: z.enum(photoMimes, { error: 'Ảnh: chỉ nhận tệp JPEG, PNG hoặc WebP' }),
  base64: z
    .string({ error: 'Ảnh: bắt buộc' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Ảnh: tệp không đọc được')
    .refine((b) => base64Bytes(b) <= PHOTO_MAX_BYTES, 'Ảnh: tối đa 2 MB'),
});

export const personInput = z
  .object({
    fullName: text('Họ và tên', 100),
    otherNames: optionalText('Tên gọi khác', 200),
    /** The date of birth, or only the year when the day is unknown. */
    birthDate: isoDate('Ngày sinh').optional(),
    birthYear: z.number({ error: 'Năm sinh: phải là số' }).int('Năm sinh: không hợp lệ').min(1900, 'Năm sinh: không hợp lệ').max(2100, 'Năm sinh: không hợp lệ').optional(),
    sex,
    /** The body differs from the papers: a separate room in the area of the physical sex (Luật 73/2021 Điều 35 k3). */
    physicalSexDiffers: z.boolean().default(false),
    citizenId: citizenId.optional(),
    ethnicity: optionalText('Dân tộc', 50),
    religion: optionalText('Tôn giáo', 50),
    education: optionalText('Trình độ học vấn', 50),
    occupation: optionalText('Nghề nghiệp', 100),
    maritalStatus: z.enum(maritalStatuses, { error: 'Tình trạng hôn nhân: không hợp lệ' }).optional(),
    residence: residenceInput,
    /** Absent when the person lives at the permanent address. */
    currentResidence: residenceInput.optional(),
    familyContacts: z.array(familyContact).max(10, 'Người thân: tối đa 10 người').default([]),
    drugsUsed: optionalText('Loại ma túy sử dụng', 300),
    yearsOfUse: count('Số năm sử dụng', 80).optional(),
    previousRehabCount: count('Số lần cai nghiện trước', 50).optional(),
    photo: photoInput.optional(),
  })
  .superRefine((p, ctx) => {
    if (!p.birthDate && p.birthYear === undefined) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Ngày sinh: bắt buộc (chỉ nhập năm sinh khi không rõ ngày)' });
    }
    if (p.birthDate && p.birthYear !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['birthYear'], message: 'Năm sinh: chỉ nhập khi không rõ ngày sinh' });
    }
  });

const handoverInput = z.object({
  /** The escort: name and unit (or the relative who brought a voluntary resident). */
  handedOverBy: text('Người bàn giao (họ tên, đơn vị)', 300),
  /** Defaults to the day brought in. */
  receivedOn: isoDate('Ngày nhận').optional(),
  note: optionalText('Ghi chú biên bản', 1000),
  items: z
    .array(
      z.object({
        kind: z.enum(handoverItemKinds, { error: 'Loại: chọn giấy tờ, đồ dùng hoặc tài sản có giá trị' }),
        description: text('Tên/mô tả', 300),
        quantity: z.number({ error: 'Số lượng: bắt buộc' }).int('Số lượng: số nguyên').min(1, 'Số lượng: ít nhất 1').max(100000, 'Số lượng: quá lớn'),
        note: optionalText('Ghi chú', 300),
      }),
    )
    .max(200, 'Danh sách bàn giao: tối đa 200 dòng')
    .default([]),
});

const healthInput = z.object({
  onArrival: text('Tình trạng sức khỏe khi tiếp nhận', 1000),
  hiv: z.boolean().default(false),
  tuberculosis: z.boolean().default(false),
  hepatitis: z.boolean().default(false),
  mentalDisorder: z.boolean().default(false),
  /** Under treatment for a group A/B disease (HIV/AIDS, pulmonary TB, viral hepatitis): decides the area. */
  infectiousGroupAB: z.boolean().default(false),
});

const months = z.number({ error: 'Thời hạn (tháng): bắt buộc' }).int('Thời hạn (tháng): số nguyên').positive('Thời hạn (tháng): phải lớn hơn 0');

const common = {
  /** Set when the officer confirmed a returning person: the new stay joins their history. */
  personId: id('Người đã có trong sổ').optional(),
  /** The officer saw the people of the same name and birth and says this is someone else. */
  confirmNewPerson: z.boolean().default(false),
  person: personInput,
  broughtInOn: isoDate('Ngày đưa vào cơ sở'),
  bedId: id('Giường'),
  /** The head's decision to place against the separation rules, with the reason (audited). */
  placementOverride: z.object({ reason: text('Lý do xếp giường trái quy định', 500) }).optional(),
  health: healthInput,
  handover: handoverInput,
};

const courtDecision = z.object({
  court: text('Tòa án', 200),
  decisionNumber: text('Số quyết định', 50),
  decisionDate: isoDate('Ngày quyết định'),
  termMonths: months,
});

/** Days held while the file was prepared elsewhere; without it, the days of a pending stay here are counted. */
const heldDays = count('Số ngày đã bị quản lý', 3650).optional();

export const admitInput = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('compulsory_adult'), ...common, decision: courtDecision, heldDays }),
    z.object({ kind: z.literal('compulsory_minor'), ...common, decision: courtDecision, heldDays }),
    z.object({
      kind: z.literal('voluntary'),
      ...common,
      contract: z.object({
        contractNumber: text('Số hợp đồng', 50),
        signedOn: isoDate('Ngày ký hợp đồng'),
        startsOn: isoDate('Ngày bắt đầu'),
        endsOn: isoDate('Ngày kết thúc'),
        feeDong: z.number({ error: 'Chi phí: bắt buộc' }).int('Chi phí: số đồng nguyên').min(0, 'Chi phí: không được âm').max(10_000_000_000, 'Chi phí: quá lớn'),
        payer: text('Người/đơn vị chi trả', 200),
        priorityGroup: z.enum(priorityGroups, { error: 'Đối tượng được hỗ trợ: không hợp lệ' }).default('none'),
      }),
    }),
    z.object({
      kind: z.literal('pending_decision'),
      ...common,
      management: z.object({
        decisionNumber: text('Số quyết định', 50),
        decisionDate: isoDate('Ngày quyết định'),
        issuer: text('Cơ quan/người ra quyết định', 200),
      }),
    }),
    z.object({
      kind: z.literal('assessment'),
      ...common,
      referral: z.object({
        documentNumber: text('Số văn bản đề nghị', 50),
        documentDate: isoDate('Ngày văn bản'),
        issuer: text('Cơ quan đề nghị', 200),
      }),
    }),
  ],
  { error: 'Diện tiếp nhận: chọn một diện' },
);
export type AdmitInput = z.infer<typeof admitInput>;


export const returningCandidate = z.object({
  personId: z.number(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  birthYear: z.number(),
  sex,
  citizenId: z.string().nullable(),
  residence: z.object({ province: z.string().nullable(), commune: z.string().nullable(), address: z.string().nullable() }),
  reasons: z.array(z.enum(['citizen_id', 'name_birth_date', 'name_birth_year'])),
  stays: z.array(
    z.object({ stayId: z.number(), fileNumber: z.string(), kind: stayKind, state: stayState, admittedOn: z.string(), dischargedOn: z.string().nullable() }),
  ),
});
export type ReturningCandidate = z.infer<typeof returningCandidate>;


export const admissionsMethods = {
  'admissions.admit': method({
    summary:
      'Admits a resident of any kind (`kind`: compulsory_adult, compulsory_minor, voluntary, pending_decision, assessment) ' +
      'into a bed in one transaction: the person (new, or `personId` for a returning one), the stay with its file number, ' +
      'its legal basis, health on arrival, the handover record (Mẫu 40) with its items, the photo, the commune notice ' +
      'for a voluntary resident and the admission movement. A compulsory stay after a pending-decision stay of the ' +
      'same person closes that stay and deducts its days (NĐ 116/2021 Điều 44 k3).',
    access: 'admissions.write',
    kind: 'command',
    input: admitInput,
    output: z.object({
      stayId: z.number(),
      personId: z.number(),
      fileNumber: z.string(),
      isReadmission: z.boolean(),
      heldDaysDeducted: z.number(),
      expectedRelease: z.string().nullable(),
      closedStay: z.object({ stayId: z.number(), fileNumber: z.string() }).nullable(),
      dueDates: admissionDueDatesView,
    }),
  }),
  'admissions.findReturning': method({
    summary:
      'People already in the register who may be the one being admitted: the same citizen ID, or the same name ' +
      '(without accents) and date of birth (or birth year when only the year is known), with their stays.',
    access: 'admissions.write',
    kind: 'query',
    input: z.object({
      citizenId: z.string().trim().max(12).optional(),
      fullName: z.string().trim().max(100).optional(),
      birthDate: isoDate('Ngày sinh').optional(),
      birthYear: z.number().int().min(1900).max(2100).optional(),
    }),
    output: z.array(returningCandidate),
  }),
  'admissions.record': method({
    summary:
      'Everything the printed admission record and handover record (Mẫu 40) of a stay show: the person as on Mẫu 19, ' +
      'the legal basis, the bed, the handover items and the due dates.',
    access: 'admissions.write',
    kind: 'query',
    input: z.object({ stayId: id('Lượt') }),
    output: admissionRecord,
  }),
};
