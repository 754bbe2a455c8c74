import { describe, expect, it } from 'vitest';
import { legalInForce } from '../../../shared/domain/legal';

const rows = [
  { key: 'term.compulsory_adult', value: { minMonths: 12, maxMonths: 24 }, citation: 'Luật XLVPHC Điều 95', effectiveFrom: '2022-01-01' },
  { key: 'term.compulsory_adult', value: { minMonths: 6, maxMonths: 24 }, citation: 'Luật sửa đổi 2026', effectiveFrom: '2026-07-01' },
];

describe('legal figures in force', () => {
  it('judges a stay by the rule in force on its date', () => {
    expect(legalInForce(rows, 'term.compulsory_adult', '2026-06-30').value.minMonths).toBe(12);
    expect(legalInForce(rows, 'term.compulsory_adult', '2026-07-01').value.minMonths).toBe(6);
    expect(legalInForce(rows, 'term.compulsory_adult', '2026-07-01').citation).toBe('Luật sửa đổi 2026');
  });

  it('falls back to the oldest recorded rule for a date before every row', () => {
    expect(legalInForce(rows, 'term.compulsory_adult', '2019-01-01').effectiveFrom).toBe('2022-01-01');
  });

  it('refuses a stored value of the wrong shape rather than guessing', () => {
    expect(() => legalInForce([{ ...rows[0]!, value: { min: 12 } }], 'term.compulsory_adult', '2026-01-01')).toThrow();
  });
});
