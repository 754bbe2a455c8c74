import { describe, expect, it } from 'vitest';
import {
  fieldsFor,
  formPathOf,
  initialDischargeValues,
  needsHandover,
  noticeState,
  placeIssues,
  settlementTotals,
  toDischargeInput,
  wholeNumber,
  type Prepared,
  type ReasonOption,
} from './discharge-form';

const prepared: Prepared = {
  stay: {
    stayId: 7,
    fullName: 'Nguyễn Văn Hùng',
    fileNumber: 'BB-2025-0007',
    kind: 'compulsory_adult',
    state: 'present',
    admittedOn: '2024-11-20',
    releaseDate: '2026-11-20',
    isMinor: false,
    bedLabel: 'A1-01-03',
  },
  reasons: [],
  items: [
    { source: 'handover', itemId: 3, kind: 'document', description: 'CCCD', quantity: 1, receivedOn: '2024-11-20' },
    { source: 'handed_in', itemId: 9, kind: 'item', description: 'Quần áo', quantity: 2, receivedOn: '2025-03-01' },
  ],
  roadMeals: { dongPerDay: 70_000, maxDays: 3, citation: 'Thông tư 62/2022/TT-BTC, Điều 5 khoản 11' },
  depositBalanceDong: 0,
};

const completed: ReasonOption = { reason: 'completed', available: true, why: null, needs: ['note'], certificate: 'mau46' };
const transferred: ReasonOption = {
  reason: 'transferred',
  available: true,
  why: null,
  needs: ['note', 'destination', 'decisionDate', 'decisionNumber'],
  certificate: null,
};

describe('the fields a reason shows', () => {
  it('shows only what the reason needs, in the form order', () => {
    expect(fieldsFor(transferred)).toEqual(['decisionNumber', 'decisionDate', 'destination', 'note']);
    expect(fieldsFor(completed)).toEqual(['note']);
    expect(fieldsFor(undefined)).toEqual([]);
  });

  it('hands a minor over only when the stay ends with the family or the commune', () => {
    expect(needsHandover(true, 'completed')).toBe(true);
    expect(needsHandover(true, 'reduced')).toBe(true);
    expect(needsHandover(true, 'criminal_proceedings')).toBe(false);
    expect(needsHandover(true, 'died')).toBe(false);
    expect(needsHandover(true, 'transferred')).toBe(false);
    expect(needsHandover(false, 'completed')).toBe(false);
    expect(needsHandover(true, null)).toBe(false);
  });
});

describe('the settlement as shown', () => {
  it('is road meals (days × rate, never past the maximum) plus the fare', () => {
    const rule = prepared.roadMeals;
    expect(settlementTotals(3, rule, 150_000)).toEqual({ roadMealDong: 210_000, totalDong: 360_000 });
    expect(settlementTotals('', rule, '')).toEqual({ roadMealDong: 0, totalDong: 0 });
    expect(settlementTotals(-2, rule, 10)).toEqual({ roadMealDong: 0, totalDong: 10 });
    expect(settlementTotals(5, rule, 0).roadMealDong).toBe(210_000);
  });

  it('reads number inputs as whole numbers', () => {
    expect(wholeNumber('1.872.000')).toBe(1_872_000);
    expect(wholeNumber(2.9)).toBe(2);
    expect(wholeNumber('abc')).toBe(0);
  });
});

describe('the discharge as sent', () => {
  const base = initialDischargeValues(prepared, '2026-11-20', '08:30');

  it('sends the moment in Vietnam time, each item, and no field the reason does not show', () => {
    const values = {
      ...base,
      reason: 'completed' as const,
      decisionNumber: '12/QĐ',
      note: ' Đã về ',
      settlement: {
        ...base.settlement,
        items: [{ ...base.settlement.items[0]!, returned: true }, { ...base.settlement.items[1]!, note: 'Mất' }],
        roadMealDays: 3,
        fareDong: '150000',
        clothes: true,
        certificateHandedOver: true,
      },
    };
    expect(toDischargeInput(7, values, completed, false)).toEqual({
      stayId: 7,
      reason: 'completed',
      occurredAt: '2026-11-20T08:30:00+07:00',
      decisionNumber: undefined,
      decisionDate: undefined,
      issuer: undefined,
      destination: undefined,
      deathCause: undefined,
      note: 'Đã về',
      handedTo: undefined,
      settlement: {
        items: [
          { source: 'handover', itemId: 3, returned: true, note: undefined },
          { source: 'handed_in', itemId: 9, returned: false, note: 'Mất' },
        ],
        roadMealDays: 3,
        fareDong: 150_000,
        clothes: true,
        certificateHandedOver: true,
        note: undefined,
      },
    });
  });

  it('never claims a certificate handed over when the reason issues none, and hands a minor over', () => {
    const values = { ...base, reason: 'transferred' as const, settlement: { ...base.settlement, certificateHandedOver: true } };
    expect(toDischargeInput(7, values, transferred, false).settlement.certificateHandedOver).toBe(false);
    const minor = { ...base, reason: 'completed' as const, handedTo: { to: 'commune' as const, name: ' UBND xã Quảng Phú ', relation: 'Cán bộ tư pháp' } };
    expect(toDischargeInput(7, minor, completed, true).handedTo).toEqual({ to: 'commune', name: 'UBND xã Quảng Phú', relation: 'Cán bộ tư pháp' });
  });
});

describe('back-end issues on the form', () => {
  it('puts the moment under the date and item issues under the item note', () => {
    expect(formPathOf('occurredAt')).toBe('occurredOn');
    expect(formPathOf('settlement.items.1.returned')).toBe('settlement.items.1.note');
    expect(formPathOf('settlement.items.0')).toBe('settlement.items.0.note');
    expect(formPathOf('handedTo.name')).toBe('handedTo.name');
    expect(formPathOf('handedTo')).toBe('handedTo.name');
    expect(formPathOf('stayId')).toBeNull();
  });
});

describe('notice badges', () => {
  it('tells sent, sent late, overdue and still to send apart', () => {
    expect(noticeState({ sentOn: '2026-11-01', late: false })).toBe('sent');
    expect(noticeState({ sentOn: '2026-11-10', late: true })).toBe('sentLate');
    expect(noticeState({ sentOn: null, late: true })).toBe('overdue');
    expect(noticeState({ sentOn: null, late: false })).toBe('pending');
  });
});

describe('a refusal on the form', () => {
  it('puts each issue under its field and the rest above the form', () => {
    expect(
      placeIssues([
        { field: 'occurredAt', message: 'Thời điểm ra cơ sở: trước ngày vào' },
        { field: 'handedTo.name', message: 'Người nhận: bắt buộc' },
        { field: 'reason', message: 'Chưa đến ngày chấp hành xong' },
        { field: 'stayId', message: 'Lượt đã ra cơ sở' },
      ]),
    ).toEqual({
      fieldErrors: { occurredOn: 'Thời điểm ra cơ sở: trước ngày vào', 'handedTo.name': 'Người nhận: bắt buộc', reason: 'Chưa đến ngày chấp hành xong' },
      general: ['Lượt đã ra cơ sở'],
    });
  });
});
