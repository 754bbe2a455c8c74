import { describe, expect, it } from 'vitest';
import { dateParts, formatMoney, placeName } from './print-text';

describe('printed document text', () => {
  it('takes the place on the date line from the end of the facility address', () => {
    expect(placeName('Xã Quảng Phú, tỉnh Thanh Hóa')).toBe('Thanh Hóa');
    expect(placeName('Xã Xuân Tâm')).toBe('Xuân Tâm');
    expect(placeName('Số 5 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(placeName('Đồng Nai')).toBe('Đồng Nai');
  });

  it('writes the date as Nghị định 30 asks: 0 before a day below 10 and before months 1 and 2 only', () => {
    expect(dateParts('2026-03-05')).toEqual({ day: '05', month: '3', year: '2026' });
    expect(dateParts('2026-02-15')).toEqual({ day: '15', month: '02', year: '2026' });
    expect(dateParts('2026-11-10')).toEqual({ day: '10', month: '11', year: '2026' });
  });

  it('writes money in đồng with dots', () => {
    expect(formatMoney(1872000)).toBe('1.872.000 đ');
  });
});
