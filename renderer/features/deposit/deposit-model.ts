import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { DepositKind } from '../../../shared/domain/vocabulary';
import { required, requiredNumber } from '../../components/form-values';

export type DepositAccount = MethodOutput<'deposit.account'>;
export type DepositLine = DepositAccount['lines'][number];
export type DepositStatement = MethodOutput<'deposit.statement'>;

/** The kinds an officer records by hand (earnings come from the pay run, the payout from the discharge). */
export const recordKinds = ['handed_in', 'purchase', 'withdrawal'] as const;
export type RecordKind = (typeof recordKinds)[number];

const cancellable: readonly DepositKind[] = recordKinds;

/** A line the officer may cancel: one recorded by hand, not itself a reversal, not yet cancelled, on an open account. */
export function canCancel(line: DepositLine, closed: boolean): boolean {
  return !closed && line.reversed === null && line.reversesId === null && cancellable.includes(line.kind);
}

/** How an amount reads in the register: "+350.000 đ", "−120.000 đ" (the back end keeps debits negative). */
export function signedMoney(dong: number): string {
  const n = new Intl.NumberFormat('vi-VN').format(Math.abs(dong));
  return dong > 0 ? `+${n} đ` : dong < 0 ? `−${n} đ` : `${n} đ`;
}

/** The colour of an amount: credits green, debits red. */
export const amountColor = (dong: number): string | undefined => (dong > 0 ? 'teal.8' : dong < 0 ? 'red.8' : undefined);

/** What the record form holds; NumberInput keeps '' while empty. */
export interface RecordValues {
  amountDong: number | string;
  lineOn: string | null;
  description: string;
}

export const initialRecordValues = (today: string): RecordValues => ({ amountDong: '', lineOn: today, description: '' });

export const recordFieldPaths = ['kind', 'amountDong', 'lineOn', 'description'] as const;

/** The form as the contract wants it; an empty amount left out so the back end's "Số tiền: bắt buộc" lands under it. */
export function recordInputOf(stayId: number, kind: RecordKind, v: RecordValues): MethodInput<'deposit.record'> {
  return {
    stayId,
    kind,
    amountDong: requiredNumber(v.amountDong),
    lineOn: required(v.lineOn),
    description: v.description,
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The statement's period from a path's parts, or null when they are not two dates in order. */
export function periodOf(from: string | undefined, to: string | undefined): { from: string; to: string } | null {
  if (!from || !to || !isoDate.test(from) || !isoDate.test(to) || from > to) return null;
  return { from, to };
}

/** The default statement period: from admission to today (or to the discharge, for a stay that has ended). */
export function defaultPeriod(admittedOn: string, today: string, dischargedOn: string | null): { from: string; to: string } {
  const to = dischargedOn && dischargedOn < today ? dischargedOn : today;
  return { from: admittedOn <= to ? admittedOn : to, to };
}

/** A statement line split into the columns of the print: credit, debit, balance after. */
export function statementColumns(line: DepositLine): { credit: number | null; debit: number | null } {
  return line.amountDong >= 0 ? { credit: line.amountDong, debit: null } : { credit: null, debit: -line.amountDong };
}
