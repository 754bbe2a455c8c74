import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultWorkingCapacity, overCapacityBy } from '../../../shared/domain/capacity';
import { initials } from '../../../shared/domain/initials';

const norm = { standard: 6, care24h: 8 };

describe('room capacity from the floor area (NĐ 116/2021 Điều 6)', () => {
  it('divides the floor area by 6 m² per person, or 8 m² in a 24-hour-care room, rounding down', () => {
    expect(defaultWorkingCapacity(48, false, norm)).toBe(8);
    expect(defaultWorkingCapacity(50, false, norm)).toBe(8);
    expect(defaultWorkingCapacity(48, true, norm)).toBe(6);
    expect(defaultWorkingCapacity(5.9, false, norm)).toBe(0);
    expect(defaultWorkingCapacity(72, false, { standard: 4.5, care24h: 8 })).toBe(16);
  });

  it('never gives anyone less than the norm', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 2000, noNaN: true }), fc.boolean(), (area, care) => {
        const n = defaultWorkingCapacity(area, care, norm);
        const per = care ? 8 : 6;
        expect(n * per).toBeLessThanOrEqual(area + 1e-6);
        expect((n + 1) * per).toBeGreaterThan(area);
      }),
    );
  });

  it('counts the residents above the working capacity', () => {
    expect(overCapacityBy(10, 8)).toBe(2);
    expect(overCapacityBy(8, 8)).toBe(0);
    expect(overCapacityBy(3, 8)).toBe(0);
  });
});

describe('initials for the privacy mode', () => {
  it('keeps the first letter of each word, accents and all', () => {
    expect(initials('Nguyễn Văn Hùng')).toBe('N.V.H.');
    expect(initials('  đặng thị   ánh ')).toBe('Đ.T.Á.');
    expect(initials('Ấn')).toBe('Ấ.');
  });
});
