import { z } from 'zod';
import { productUnits, stayStates } from '../domain/vocabulary';
import { month } from './ratings';
import { method, type MethodDef } from './define';
import { id, isoDate, text } from './fields';

/** Work therapy (DOMAIN.md §7): products and rates, a team's daily output, hour caps by age, exemptions, the pay run. */

const quantity = z.number({ error: 'Số lượng: bắt buộc' }).min(0, 'Số lượng: không âm').max(100_000, 'Số lượng: quá lớn');
const hours = z.number({ error: 'Số giờ: bắt buộc' }).min(0, 'Số giờ: không âm').max(24, 'Số giờ: tối đa 24');

export const productView = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.enum(productUnits),
  active: z.boolean(),
  /** The rate in force on the day asked (today by default), or null before the first rate. */
  rateDong: z.number().nullable(),
  rateFrom: z.string().nullable(),
  rates: z.array(z.object({ rateDong: z.number(), validFrom: z.string() })),
});

export const workLineView = z.object({
  id: z.number(),
  stayId: z.number(),
  productId: z.number(),
  productName: z.string(),
  quantity: z.number(),
  hours: z.number(),
  rateDong: z.number(),
  amountDong: z.number(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** Set on a line cancelled by a reversal. */
  reversed: z.object({ reason: z.string().nullable(), at: z.string() }).nullable(),
});

export const workSheetRow = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  /** Where the resident is that day (movements decide who may work). */
  state: z.enum(stayStates),
  ageBand: z.enum(['adult', 'age15to18', 'age12to15']),
  capDay: z.number(),
  capWeek: z.number(),
  /** Hours already recorded that day and in that ISO week (Monday–Sunday). */
  hoursDay: z.number(),
  hoursWeek: z.number(),
  /** A medical exemption covering the day: no entry. The reason is health data: null for roles without health.read. */
  exemption: z.object({ fromOn: z.string(), toOn: z.string(), reason: z.string().nullable() }).nullable(),
  /** Why no output can be entered for him that day, in Vietnamese, or null. */
  blocked: z.string().nullable(),
  lines: z.array(workLineView),
});

export const payLineView = z.object({ stayId: z.number(), fullName: z.string(), fileNumber: z.string(), hours: z.number(), amountDong: z.number() });
export const payRunView = z.object({
  id: z.number(),
  month: z.string(),
  status: z.enum(['draft', 'approved']),
  totalDong: z.number(),
  residents: z.number(),
  draftedBy: z.string().nullable(),
  draftedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
});

export const workMethods = {
  'products.list': method({
    summary: 'Products and tasks of work therapy with their unit, the rate in force on a day (today by default) and the rate history.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ on: isoDate('Ngày').optional() }),
    output: z.object({ products: z.array(productView) }),
  }),
  'products.create': method({
    summary: 'Adds a product or task with its unit and its first rate (đồng per unit) from a date.',
    access: 'work.rates',
    kind: 'command',
    input: z.object({
      name: text('Tên sản phẩm / công việc', 120),
      unit: z.enum(productUnits, { error: 'Đơn vị: chiếc, kg, bộ hoặc ngày công' }),
      rateDong: z.number({ error: 'Đơn giá: bắt buộc' }).int('Đơn giá: số nguyên (đồng)').min(0, 'Đơn giá: không âm').max(10_000_000, 'Đơn giá: quá lớn'),
      validFrom: isoDate('Áp dụng từ ngày'),
    }),
    output: z.object({ id: z.number() }),
  }),
  'products.setRate': method({
    summary: 'The head sets a new rate for a product from a date; output already recorded keeps the rate of its day.',
    access: 'work.rates',
    kind: 'command',
    input: z.object({
      productId: id('Sản phẩm'),
      rateDong: z.number({ error: 'Đơn giá: bắt buộc' }).int('Đơn giá: số nguyên (đồng)').min(0, 'Đơn giá: không âm').max(10_000_000, 'Đơn giá: quá lớn'),
      validFrom: isoDate('Áp dụng từ ngày'),
    }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'work.sheet': method({
    summary:
      "A team's output sheet for a day: its members that day with where each one is, the hour caps of his age band on that day, hours already recorded that day and week, a medical exemption, why entry is blocked, and the lines recorded.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ teamId: id('Tổ/đội'), date: isoDate('Ngày') }),
    output: z.object({ date: z.string(), rows: z.array(workSheetRow), citation: z.string() }),
  }),
  'work.record': method({
    summary:
      "Records a team's output for a day in one go (appended to what is there): only members present that day (movements decide), not exempted, within the day and week hour caps of their age on that day (NĐ 116 Điều 68, 74); the rate in force that day is kept on each line.",
    access: 'work.write',
    kind: 'command',
    input: z.object({
      teamId: id('Tổ/đội'),
      date: isoDate('Ngày'),
      entries: z
        .array(z.object({ stayId: id('Học viên'), productId: id('Sản phẩm'), quantity, hours }))
        .min(1, 'Chưa nhập dòng nào')
        .max(1000, 'Tối đa 1.000 dòng một lần'),
    }),
    output: z.object({ lines: z.number(), amountDong: z.number() }),
  }),
  'work.reverse': method({
    summary: 'Cancels an output line with a reason: a reversal line, never an edit; refused once its month has been paid.',
    access: 'work.write',
    kind: 'command',
    input: z.object({ lineId: id('Dòng sản lượng'), reason: text('Lý do hủy', 500) }),
    output: z.object({ id: z.number() }),
  }),
  'work.exempt': method({
    summary: "The medical team exempts a resident from work between two dates with a reason; output can't be entered for those days.",
    access: 'work.exempt',
    kind: 'command',
    input: z.object({ stayId: id('Học viên'), fromOn: isoDate('Từ ngày'), toOn: isoDate('Đến ngày'), reason: text('Lý do miễn lao động', 500) }),
    output: z.object({ id: z.number() }),
  }),
  'work.exemptions': method({
    summary: "A stay's medical exemptions from work (the reason is health data: masked for roles without health.read).",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({ exemptions: z.array(z.object({ id: z.number(), fromOn: z.string(), toOn: z.string(), reason: z.string().nullable() })) }),
  }),
  'pay.list': method({
    summary: 'Every pay run, newest month first.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({ runs: z.array(payRunView) }),
  }),
  'pay.draft': method({
    summary:
      "Drafts (or redrafts) a month's pay run: each resident's earnings from the month's effective output × the rate of each day; refused for a month already paid or not yet ended.",
    access: 'work.write',
    kind: 'command',
    input: z.object({ month: month('Tháng') }),
    output: z.object({ runId: z.number(), totalDong: z.number(), residents: z.number() }),
  }),
  'pay.get': method({
    summary: "A month's pay run with a line per resident (hours and earnings) and the team totals.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ month: month('Tháng') }),
    output: z.object({
      run: payRunView.nullable(),
      lines: z.array(payLineView),
      teams: z.array(z.object({ teamId: z.number(), teamName: z.string(), hours: z.number(), amountDong: z.number(), residents: z.number() })),
    }),
  }),
  'pay.approve': method({
    summary: "The head approves a drafted pay run: every line is credited to the resident's deposit account in one transaction; a month is paid once.",
    access: 'pay.approve',
    kind: 'command',
    input: z.object({ month: month('Tháng') }),
    output: z.object({ credited: z.number(), totalDong: z.number() }),
  }),
  'work.figures': method({
    summary:
      'The work and deposit figures of a period for the report: participants, workdays, hours, output by product, earnings credited, money handed in, balance held at the end.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ from: isoDate('Từ ngày'), to: isoDate('Đến ngày') }),
    output: z.object({
      participants: z.number(),
      workdays: z.number(),
      hours: z.number(),
      products: z.array(z.object({ productId: z.number(), name: z.string(), unit: z.enum(productUnits), quantity: z.number(), amountDong: z.number() })),
      earningsCreditedDong: z.number(),
      handedInDong: z.number(),
      balanceHeldDong: z.number(),
    }),
  }),
} satisfies Record<string, MethodDef>;
