import { formatDateVN } from './dates';
import type { DepositKind } from './vocabulary';

/**
 * The deposit account (lưu ký) as pure rules: a ledger of lines, credits positive and debits negative, a reversal
 * carrying the negated amount of the line it cancels. The balance is the sum of the lines and is never below zero,
 * neither in the order lines were recorded nor, over the lines not cancelled, in the order of their dates.
 */

export interface LedgerLine {
  id: number;
  kind: DepositKind;
  lineOn: string;
  amountDong: number;
  reversesId: number | null;
}

/** The order a statement prints: by date, then by the order of recording. */
export function byDate<T extends { id: number; lineOn: string }>(a: T, b: T): number {
  return a.lineOn < b.lineOn ? -1 : a.lineOn > b.lineOn ? 1 : a.id - b.id;
}

export function sumOf(lines: readonly { amountDong: number }[]): number {
  return lines.reduce((s, l) => s + l.amountDong, 0);
}

/** Each line with the balance after it, from an opening balance. */
export function withRunningBalances<T extends { amountDong: number }>(lines: readonly T[], openingDong = 0): (T & { balanceDong: number })[] {
  let balance = openingDong;
  return lines.map((l) => {
    balance += l.amountDong;
    return { ...l, balanceDong: balance };
  });
}

/** The first line after which the running balance is below zero, or null when the sequence never goes negative. */
export function firstNegative<T extends { amountDong: number }>(lines: readonly T[], openingDong = 0): { index: number; line: T; balanceDong: number } | null {
  let balance = openingDong;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as T;
    balance += line.amountDong;
    if (balance < 0) return { index, line, balanceDong: balance };
  }
  return null;
}

/** The ids of lines cancelled by a reversal. */
export function reversedIds(lines: readonly LedgerLine[]): Set<number> {
  return new Set(lines.flatMap((l) => (l.reversesId === null ? [] : [l.reversesId])));
}

/** The payout at discharge that closes the account, unless it was reversed (the discharge undone). */
export function effectivePayout<T extends LedgerLine>(lines: readonly T[]): T | null {
  const reversed = reversedIds(lines);
  return lines.find((l) => l.kind === 'payout' && !reversed.has(l.id)) ?? null;
}

/**
 * The lines still standing: a cancelled line and its reversal net to nothing and leave the dated check, so a
 * backdated purchase is judged against the money actually held (a payout undone no longer counts), and cancelling
 * a credit is refused when a debit dated after it needed it.
 */
export function standing<T extends LedgerLine>(lines: readonly T[]): T[] {
  const reversed = reversedIds(lines);
  return lines.filter((l) => l.reversesId === null && !reversed.has(l.id));
}

const dong = (n: number) => `${n.toLocaleString('vi-VN')} đ`;

/**
 * THE rule for a new line on an account (ids of existing lines are lower than the new one's): refused on a closed
 * account unless it reverses the payout, and when it would take the balance below zero now (in the order of
 * recording) or on any day (by date, over the lines still standing). Returns the refusal (closed: the account is closed), or null.
 */
export function newLineRefusal(lines: readonly LedgerLine[], line: Omit<LedgerLine, 'id'>): { message: string; closed: boolean } | null {
  const payout = effectivePayout(lines);
  if (payout && !(line.kind === 'reversal' && line.reversesId === payout.id)) {
    return { message: 'Tài khoản lưu ký đã được quyết toán khi ra cơ sở: không ghi thêm được.', closed: true };
  }
  if (line.amountDong >= 0) return null;
  const balance = sumOf(lines);
  if (balance + line.amountDong < 0) return { message: `Số dư lưu ký không đủ: còn ${dong(balance)}.`, closed: false };
  const next: LedgerLine = { ...line, id: Math.max(0, ...lines.map((l) => l.id)) + 1 };
  const negative = firstNegative(standing([...lines, next]).sort(byDate));
  if (negative) {
    const before = negative.balanceDong - negative.line.amountDong;
    return { message: `Số dư lưu ký ngày ${formatDateVN(negative.line.lineOn)} không đủ: khi đó còn ${dong(before)}.`, closed: false };
  }
  return null;
}

/** Why a line cannot be cancelled, or null: reversals, lines already cancelled, earnings and the payout are not. */
export function reversalRefusal(lines: readonly LedgerLine[], target: LedgerLine): string | null {
  if (target.kind === 'reversal') return 'Dòng này là dòng hủy: không hủy lại được.';
  if (reversedIds(lines).has(target.id)) return 'Dòng này đã được hủy.';
  if (target.kind === 'earning') return 'Tiền công lao động không hủy ở đây: sửa sản lượng lao động (dòng điều chỉnh) để tính lại.';
  if (target.kind === 'payout') return 'Khoản chi trả khi ra cơ sở chỉ hủy được bằng cách hủy việc ra cơ sở.';
  return null;
}

/** The reversal line of a target: the negated amount, dated on the day of the cancellation. */
export function reversalOf(target: LedgerLine, on: string): Omit<LedgerLine, 'id'> {
  return { kind: 'reversal', lineOn: on, amountDong: 0 - target.amountDong, reversesId: target.id };
}

export interface Statement<T> {
  openingDong: number;
  closingDong: number;
  /** Sum of the period's positive lines. */
  creditsDong: number;
  /** Sum of the period's negative lines, as a positive number. */
  debitsDong: number;
  lines: (T & { balanceDong: number })[];
}

/** A period's statement: the opening balance (every line dated before `from`), the period's lines with running balances, the closing balance. */
export function statementOf<T extends { id: number; lineOn: string; amountDong: number }>(lines: readonly T[], from: string, to: string): Statement<T> {
  const dated = [...lines].sort(byDate);
  const openingDong = sumOf(dated.filter((l) => l.lineOn < from));
  const period = dated.filter((l) => l.lineOn >= from && l.lineOn <= to);
  const creditsDong = sumOf(period.filter((l) => l.amountDong > 0));
  const debitsDong = 0 - sumOf(period.filter((l) => l.amountDong < 0));
  return { openingDong, closingDong: openingDong + creditsDong - debitsDong, creditsDong, debitsDong, lines: withRunningBalances(period, openingDong) };
}
