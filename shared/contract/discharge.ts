import { z } from 'zod';
import { certificateKinds, dischargeReasons, noticeRecipients, stayKinds, stayStates } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, optionalText, text } from './fields';

/** Ending a stay (Ra cơ sở): reasons and what each needs, certificates, the minor's handover, settlement, undo. */

/** The reasons an officer chooses on the discharge screen (to_compulsory is written by the admission). */
export const chosenDischargeReasons = dischargeReasons.filter((r) => r !== 'to_compulsory') as Exclude<
  (typeof dischargeReasons)[number],
  'to_compulsory'
>[];

const money = (label: string) =>
  z.number({ error: `${label}: bắt buộc` }).int(`${label}: số nguyên (đồng)`).min(0, `${label}: không âm`).max(100_000_000, `${label}: quá lớn`);

export const settlementItemSource = z.enum(['handover', 'handed_in']);

export const settlementInput = z.object({
  /** Each belonging or valuable of the admission list and each item handed in since: returned, or why not. */
  items: z
    .array(z.object({ source: settlementItemSource, itemId: id('Đồ vật'), returned: z.boolean(), note: optionalText('Ghi chú', 300) }))
    .max(500, 'Tối đa 500 đồ vật'),
  roadMealDays: z.number().int('Số ngày tiền ăn đường: số nguyên').min(0, 'Số ngày tiền ăn đường: không âm').max(30, 'Số ngày tiền ăn đường: quá lớn'),
  fareDong: money('Tiền tàu xe'),
  clothes: z.boolean(),
  certificateHandedOver: z.boolean(),
  note: optionalText('Ghi chú quyết toán', 500),
});

export const dischargeInput = z.object({
  stayId: id('Học viên'),
  reason: z.enum(chosenDischargeReasons, { error: 'Lý do ra cơ sở: chọn một lý do' }),
  /** When the resident actually left (or died); the bed is freed at this moment. */
  occurredAt: z.iso.datetime({ offset: true, error: 'Thời điểm ra cơ sở: không hợp lệ' }),
  decisionNumber: optionalText('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định').optional(),
  issuer: optionalText('Cơ quan ra quyết định', 200),
  destination: optionalText('Nơi chuyển đến', 200),
  deathCause: optionalText('Nguyên nhân chết', 500),
  note: optionalText('Ghi chú', 1000),
  /** A minor is handed to the family or the commune (Mẫu 47). */
  handedTo: z
    .object({ to: z.enum(['family', 'commune']), name: text('Người nhận', 120), relation: text('Quan hệ / đơn vị của người nhận', 120) })
    .optional(),
  settlement: settlementInput,
});
export type DischargeInput = z.input<typeof dischargeInput>;

const noticeView = z.object({
  id: z.number().nullable(),
  kind: z.string(),
  recipient: z.enum(noticeRecipients),
  dueOn: z.string(),
  sentOn: z.string().nullable(),
  reference: z.string().nullable(),
  /** Sent after the due date, or not sent and past it. */
  late: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeView>;

const reasonOption = z.object({
  reason: z.enum(chosenDischargeReasons),
  /** False when the reason makes no sense for this stay now; `why` then says so. */
  available: z.boolean(),
  why: z.string().nullable(),
  /** Fields the reason asks for. */
  needs: z.array(z.enum(['decisionNumber', 'decisionDate', 'issuer', 'destination', 'deathCause', 'note'])),
  certificate: z.enum(certificateKinds).nullable(),
});

export const settlementItemView = z.object({
  source: settlementItemSource,
  itemId: z.number(),
  kind: z.string(),
  description: z.string(),
  quantity: z.number(),
  receivedOn: z.string(),
});

export const dischargeView = z.object({
  id: z.number(),
  reason: z.enum(dischargeReasons),
  occurredAt: z.string(),
  dischargedOn: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  destination: z.string().nullable(),
  deathCause: z.string().nullable(),
  note: z.string().nullable(),
  handedTo: z.object({ to: z.enum(['family', 'commune']), name: z.string(), relation: z.string() }).nullable(),
  settlement: z.object({
    items: z.array(settlementItemView.extend({ returned: z.boolean(), note: z.string().nullable() })),
    roadMealDays: z.number(),
    roadMealRate: z.number(),
    roadMealDong: z.number(),
    fareDong: z.number(),
    /** The deposit account's balance paid out to the resident at discharge (lưu ký; 0 on settlements recorded before the ledger). */
    depositPaidDong: z.number(),
    clothes: z.boolean(),
    certificateHandedOver: z.boolean(),
    totalDong: z.number(),
    note: z.string().nullable(),
  }),
  certificate: z.object({ kind: z.enum(certificateKinds), number: z.string(), issuedOn: z.string(), voided: z.boolean() }).nullable(),
  recordedBy: z.string().nullable(),
  undone: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
});

const staySummary = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  kind: z.enum(stayKinds),
  state: z.enum(stayStates),
  admittedOn: z.string(),
  releaseDate: z.string().nullable(),
  isMinor: z.boolean(),
  bedLabel: z.string().nullable(),
});

export const dischargeMethods = {
  'discharge.prepare': method({
    summary:
      'What discharging a stay needs today: every reason with whether it applies and what it asks for, the belongings and valuables to return, the road-meal rule in force, whether a minor must be handed over.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({
      stay: staySummary,
      reasons: z.array(reasonOption),
      items: z.array(settlementItemView),
      roadMeals: z.object({ dongPerDay: z.number(), maxDays: z.number(), citation: z.string() }),
      /** The deposit account's balance today, paid out in full by the discharge. */
      depositBalanceDong: z.number(),
    }),
  }),
  'discharge.record': method({
    summary:
      "Ends a stay: checks the reason's rules, appends the discharge movement at the actual departure (freeing the bed), issues the numbered certificate, records the settlement and the minor's handover, schedules the notices owed (death: within 24 hours; voluntary: the commune), all in one transaction.",
    access: 'discharge.write',
    kind: 'command',
    input: dischargeInput,
    output: z.object({ dischargeId: z.number(), movementId: z.number(), certificateNumber: z.string().nullable() }),
  }),
  'discharge.get': method({
    summary: "A stay's discharge as recorded (and any undone before it), with its certificate, settlement and notices; for the profile and the prints.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({ stay: staySummary, current: dischargeView.nullable(), undone: z.array(dischargeView), notices: z.array(noticeView) }),
  }),
  'discharge.undo': method({
    summary:
      'The head undoes a discharge with a reason: a reversal of the discharge movement (never a delete), the certificate voided (its number is not reused), notices it caused cancelled; refused when later movements contradict it (the bed taken, a later stay).',
    access: 'discharge.undo',
    kind: 'command',
    input: z.object({ stayId: id('Học viên'), reason: text('Lý do hủy ra cơ sở', 500) }),
    output: z.object({ state: z.enum(stayStates) }),
  }),
  'certificates.list': method({
    summary: 'The certificate register of a year: every number issued in order, voided ones included, so a gap or a reuse would show.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ year: z.number().int('Năm: số nguyên').min(2000, 'Năm: không hợp lệ').max(2100, 'Năm: không hợp lệ') }),
    output: z.object({
      certificates: z.array(
        z.object({
          kind: z.enum(certificateKinds),
          number: z.string(),
          seq: z.number(),
          issuedOn: z.string(),
          stayId: z.number(),
          fullName: z.string(),
          fileNumber: z.string(),
          voided: z.boolean(),
          voidReason: z.string().nullable(),
        }),
      ),
    }),
  }),
  'releases.upcoming': method({
    summary:
      'Everyone in the facility whose release date falls in the next N days (30 by default), with the date the 15-day notice to the court, the commune and the family is due and whether each was sent.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ days: z.number().int('Số ngày: số nguyên').min(1, 'Số ngày: ít nhất 1').max(366, 'Số ngày: tối đa 366').default(30) }),
    output: z.object({
      rows: z.array(
        staySummary.extend({ releaseDate: z.string(), noticeDueOn: z.string(), daysLeft: z.number(), notices: z.array(noticeView) }),
      ),
    }),
  }),
  'notices.pending': method({
    summary: 'Notices owed and not yet sent (release, death, voluntary admission and end), soonest due first, with overdue ones marked.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({
      notices: z.array(noticeView.extend({ stayId: z.number(), fullName: z.string(), fileNumber: z.string() })),
    }),
  }),
  'notices.markSent': method({
    summary: 'Marks a notice of a stay sent on a day with its reference number; a release notice not scheduled yet is recorded with the due date in force.',
    access: 'notices.write',
    kind: 'command',
    input: z.object({
      stayId: id('Học viên'),
      kind: text('Loại thông báo', 60),
      recipient: z.enum(noticeRecipients, { error: 'Nơi nhận: không hợp lệ' }),
      sentOn: isoDate('Ngày gửi'),
      reference: optionalText('Số văn bản', 100),
    }),
    output: z.object({ id: z.number(), late: z.boolean() }),
  }),
} satisfies Record<string, MethodDef>;
