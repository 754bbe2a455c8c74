import { z } from 'zod';
import { alertKinds } from '../domain/alerts';
import { noticeRecipients, stayStates } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';

const visitor = z.object({
  name: text('Họ tên người thăm', 120),
  relation: text('Quan hệ với học viên', 60),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12})?$/, 'Số CCCD của người thăm: 12 chữ số (CMND cũ: 9 chữ số)')
    .optional(),
});

const handedIn = z
  .object({
    kind: z.enum(['money', 'item'], { error: 'Loại: tiền hoặc đồ vật' }),
    description: text('Nội dung gửi', 300),
    quantity: z.number().int('Số lượng: số nguyên').min(1, 'Số lượng: ít nhất 1').max(10_000, 'Số lượng: quá lớn').optional(),
    amountDong: z.number().int('Số tiền: số nguyên (đồng)').min(1, 'Số tiền: phải lớn hơn 0').max(1_000_000_000, 'Số tiền: quá lớn').optional(),
  })
  .refine((h) => h.kind !== 'money' || h.amountDong !== undefined, { message: 'Số tiền: bắt buộc khi gửi tiền', path: ['amountDong'] });

export const visitInput = z.object({
  stayId: id('Học viên'),
  visitOn: isoDate('Ngày thăm'),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu: không hợp lệ (hh:mm)')
    .optional(),
  durationMinutes: z
    .number({ error: 'Thời gian thăm: bắt buộc' })
    .int('Thời gian thăm: số phút nguyên')
    .min(1, 'Thời gian thăm: ít nhất 1 phút')
    .max(24 * 60, 'Thời gian thăm: tối đa 24 giờ'),
  visitors: z.array(visitor).min(1, 'Người thăm: ghi ít nhất một người').max(20, 'Người thăm: tối đa 20 người'),
  /** The head's approval for a longer visit and more relatives (special cases). */
  approvedExtension: z.boolean().optional(),
  /** Allows a visit outside the rules: recorded with this reason and audited as an exception. */
  overrideReason: optionalText('Lý do cho thăm ngoài quy định', 500),
  handedIn: z.array(handedIn).max(50, 'Tiền, đồ gửi: tối đa 50 dòng').default([]),
});
export type VisitInput = z.input<typeof visitInput>;
export type VisitRecord = z.output<typeof visitInput>;

export const visitView = z.object({
  id: z.number(),
  visitOn: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number(),
  approvedExtension: z.boolean(),
  /** Set when the visit was allowed outside the rules. */
  overrideReason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  visitors: z.array(z.object({ name: z.string(), relation: z.string(), idNumber: z.string().nullable() })),
  handedIn: z.array(
    z.object({ kind: z.enum(['money', 'item']), description: z.string(), quantity: z.number(), amountDong: z.number().nullable() }),
  ),
});
export type VisitView = z.infer<typeof visitView>;

export const alertView = z.object({
  kind: z.enum(alertKinds),
  stay: z.object({ stayId: z.number(), fullName: z.string(), fileNumber: z.string() }).nullable(),
  area: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(),
  since: z.string(),
  dueOn: z.string(),
  overdueDays: z.number(),
  state: z.enum(stayStates).nullable(),
  limit: z.number().nullable(),
  slot: z.string().nullable(),
  time: z.string().nullable(),
  /** A notice overdue: its kind (release, death, voluntary_admission, voluntary_end) and who is owed it. */
  noticeKind: z.string().nullable(),
  recipient: z.enum(noticeRecipients).nullable(),
  citation: z.string().nullable(),
});
export type AlertView = z.infer<typeof alertView>;

export const visitsMethods = {
  'visits.record': method({
    summary:
      'Records a family visit with its visitors and the money or items handed in. Checked against the visit rules in force on the visit date (first days after admission, per week, duration, number of relatives, discipline, resident present): a visit outside them is refused with every rule broken, unless a reason is given, then it is recorded and audited as an exception.',
    access: 'visits.write',
    kind: 'command',
    input: visitInput,
    output: z.object({ visitId: z.number(), exception: z.boolean(), rulesBroken: z.array(z.string()) }),
  }),
  'visits.list': method({
    summary: "A stay's visits, newest first, with visitors, money and items handed in, and the reason of any exception.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.array(visitView),
  }),
  'alerts.overview': method({
    summary:
      'What is overdue now: residents not back by the expected return, assessments past their limit, voluntary residents absent long enough to have self-terminated, roll times passed today with no roll saved per area, terms ended (release date today or past) with the resident not yet discharged, notices owed and not sent past their due date (one per recipient), and the periodic reduction review once it falls due; each with the rule and its citation.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ alerts: z.array(alertView), counts: z.record(z.enum(alertKinds), z.number()) }),
  }),
} satisfies Record<string, MethodDef>;

