import { describe, expect, it } from 'vitest';
import { emptyHandedIn, initialVisitValues, visitFieldPaths, visitInputOf } from './visit-form';

describe('the visit form as sent', () => {
  const values = {
    ...initialVisitValues('2026-11-23'),
    visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ', idNumber: ' ' }],
    handedIn: [{ ...emptyHandedIn('money'), description: 'Tiền mặt', amountDong: 1872000 }, { ...emptyHandedIn('item'), description: 'Quần áo', quantity: 3 }],
    overrideReason: 'Mẹ ốm nặng',
  };

  it('leaves out empty optional fields and sends money as đồng, items with their quantity', () => {
    expect(visitInputOf(7, values, false)).toEqual({
      stayId: 7,
      visitOn: '2026-11-23',
      durationMinutes: 60,
      approvedExtension: false,
      visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ' }],
      handedIn: [
        { kind: 'money', description: 'Tiền mặt', amountDong: 1872000 },
        { kind: 'item', description: 'Quần áo', quantity: 3 },
      ],
    });
  });

  it('sends the exception reason only once the officer chose to record an exception', () => {
    expect(visitInputOf(7, values, true).overrideReason).toBe('Mẹ ốm nặng');
    expect(visitInputOf(7, { ...values, durationMinutes: '' }, false).durationMinutes).toBeUndefined();
  });

  it('knows every row field, so the back end’s issues land under them', () => {
    expect(visitFieldPaths(values)).toEqual(expect.arrayContaining(['visitors.0.name', 'handedIn.0.amountDong', 'handedIn.1.quantity']));
  });
});
