import { z } from 'zod';
import { depositKinds } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { id, isoDate, text } from './fields';

/** The resident's deposit account (lưu ký): money handed in, earnings, purchases, withdrawals, the payout at discharge. */

export const depositLineView = z.object({
  id: z.number(),
  kind: z.enum(depositKinds),
  lineOn: z.string(),
  amountDong: z.number(),
  /** The balance after this line. */
  balanceDong: z.number(),
  description: z.string(),
  source: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  /** On a cancelled line: the reversal's reason. */
  reversed: z.object({ reason: z.string(), at: z.string() }).nullable(),
  reversesId: z.number().nullable(),
});

export const valuableView = z.object({
  source: z.enum(['handover', 'handed_in']),
  description: z.string(),
  quantity: z.number(),
  receivedOn: z.string(),
  /** Returned at discharge (from the settlement), or null while held. */
  returnedOn: z.string().nullable(),
});

export const depositMethods = {
  'deposit.account': method({
    summary: "A stay's deposit account: balance, every line with who, when and why and the balance after it, whether it is closed, and the valuables held with their return.",
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên') }),
    output: z.object({ balanceDong: z.number(), closed: z.boolean(), lines: z.array(depositLineView), valuables: z.array(valuableView) }),
  }),
  'deposit.record': method({
    summary:
      'Records money handed in, a purchase at the facility shop or a withdrawal on a stay’s account; a debit is refused when it would take the balance below zero, and nothing is recorded on a closed account.',
    access: 'deposit.write',
    kind: 'command',
    input: z.object({
      stayId: id('Học viên'),
      kind: z.enum(['handed_in', 'purchase', 'withdrawal'], { error: 'Loại: tiền gửi, mua hàng hoặc rút tiền' }),
      amountDong: z.number({ error: 'Số tiền: bắt buộc' }).int('Số tiền: số nguyên (đồng)').min(1, 'Số tiền: phải lớn hơn 0').max(1_000_000_000, 'Số tiền: quá lớn'),
      lineOn: isoDate('Ngày'),
      description: text('Nội dung', 300),
    }),
    output: z.object({ id: z.number(), balanceDong: z.number() }),
  }),
  'deposit.reverse': method({
    summary: 'Cancels a deposit line with a reason (a reversal line); refused when cancelling a credit would take the balance below zero, for earnings (corrected through the output) and on a closed account.',
    access: 'deposit.write',
    kind: 'command',
    input: z.object({ lineId: id('Dòng lưu ký'), reason: text('Lý do hủy', 500) }),
    output: z.object({ id: z.number(), balanceDong: z.number() }),
  }),
  'deposit.statement': method({
    summary: 'The statement of a stay’s account for a period: opening balance, the lines, closing balance; for the A4 print.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({ stayId: id('Học viên'), from: isoDate('Từ ngày'), to: isoDate('Đến ngày') }),
    output: z.object({
      fullName: z.string(),
      fileNumber: z.string(),
      openingDong: z.number(),
      closingDong: z.number(),
      creditsDong: z.number(),
      debitsDong: z.number(),
      lines: z.array(depositLineView),
    }),
  }),
} satisfies Record<string, MethodDef>;
