import { describe, expect, it } from 'vitest';
import { canCancel, defaultPeriod, periodOf, recordInputOf, signedMoney, statementColumns, type DepositLine } from './deposit-model';

const line = (over: Partial<DepositLine> = {}): DepositLine => ({
  id: 1,
  kind: 'handed_in',
  lineOn: '2026-11-02',
  amountDong: 350_000,
  balanceDong: 350_000,
  description: 'Mẹ gửi',
  source: null,
  recordedBy: 'officer',
  recordedAt: '2026-11-02T03:00:00.000Z',
  reversed: null,
  reversesId: null,
  ...over,
});

describe('deposit model', () => {
  it('signs amounts the Vietnamese way', () => {
    expect(signedMoney(1_872_000)).toBe('+1.872.000 đ');
    expect(signedMoney(-120_000)).toBe('−120.000 đ');
    expect(signedMoney(0)).toBe('0 đ');
  });

  it('lets only hand-recorded, live lines on an open account be cancelled', () => {
    expect(canCancel(line(), false)).toBe(true);
    expect(canCancel(line({ kind: 'purchase', amountDong: -1 }), false)).toBe(true);
    expect(canCancel(line({ kind: 'withdrawal', amountDong: -1 }), false)).toBe(true);
    expect(canCancel(line(), true)).toBe(false);
    expect(canCancel(line({ kind: 'earning' }), false)).toBe(false);
    expect(canCancel(line({ kind: 'payout' }), false)).toBe(false);
    expect(canCancel(line({ kind: 'reversal', reversesId: 3 }), false)).toBe(false);
    expect(canCancel(line({ reversed: { reason: 'nhầm', at: '2026-11-03T00:00:00Z' } }), false)).toBe(false);
  });

  it('builds the record input, leaving an empty amount for the back end to refuse', () => {
    expect(recordInputOf(7, 'purchase', { amountDong: 45_000, lineOn: '2026-11-05', description: 'Căng tin' })).toEqual({
      stayId: 7,
      kind: 'purchase',
      amountDong: 45_000,
      lineOn: '2026-11-05',
      description: 'Căng tin',
    });
    expect(recordInputOf(7, 'purchase', { amountDong: '', lineOn: null, description: '' }).amountDong).toBeUndefined();
  });

  it('reads a period from the path only when both are dates in order', () => {
    expect(periodOf('2026-01-01', '2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(periodOf('2026-01-01', '2026-01-01')).not.toBeNull();
    expect(periodOf('2026-12-01', '2026-11-30')).toBeNull();
    expect(periodOf('2026-1-1', '2026-11-30')).toBeNull();
    expect(periodOf(undefined, '2026-11-30')).toBeNull();
  });

  it('defaults the period to admission until today, or until the discharge', () => {
    expect(defaultPeriod('2026-03-05', '2026-12-01', null)).toEqual({ from: '2026-03-05', to: '2026-12-01' });
    expect(defaultPeriod('2026-03-05', '2026-12-01', '2026-11-20')).toEqual({ from: '2026-03-05', to: '2026-11-20' });
    expect(defaultPeriod('2026-12-05', '2026-12-01', null)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('splits a line into credit and debit columns', () => {
    expect(statementColumns(line())).toEqual({ credit: 350_000, debit: null });
    expect(statementColumns(line({ amountDong: -50_000 }))).toEqual({ credit: null, debit: 50_000 });
  });
});
