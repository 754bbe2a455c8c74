import { describe, expect, it } from 'vitest';
import { compulsoryAdultIssues } from '../../../shared/domain/admission-rules';
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

describe('compulsory adult admission rules', () => {
  const rules = {
    today: '2026-11-23',
    termRange: { minMonths: 12, maxMonths: 24, citation: 'Luật XLVPHC Điều 95' },
    adultAge: { years: 18, citation: 'Luật XLVPHC Điều 95' },
  };
  const ok = { birthDate: '1990-05-01', decisionDate: '2026-11-01', broughtInOn: '2026-11-10', termMonths: 18 };

  it('accepts a valid admission', () => {
    expect(compulsoryAdultIssues(ok, rules)).toEqual([]);
  });

  it('refuses a term outside 12–24 months and cites the law', () => {
    for (const termMonths of [11, 25]) {
      const issues = compulsoryAdultIssues({ ...ok, termMonths }, rules);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'decision.termMonths' });
      expect(issues[0]?.message).toContain('Luật XLVPHC Điều 95');
    }
    expect(compulsoryAdultIssues({ ...ok, termMonths: 12 }, rules)).toEqual([]);
    expect(compulsoryAdultIssues({ ...ok, termMonths: 24 }, rules)).toEqual([]);
  });

  it('refuses a person under 18 on the decision date, and accepts one who turned 18 that day', () => {
    expect(compulsoryAdultIssues({ ...ok, birthDate: '2008-11-02' }, rules)[0]?.field).toBe('person.birthDate');
    expect(compulsoryAdultIssues({ ...ok, birthDate: '2008-11-01' }, rules)).toEqual([]);
  });

  it('refuses a future arrival and a decision dated after the arrival', () => {
    expect(compulsoryAdultIssues({ ...ok, broughtInOn: '2026-11-24' }, rules).map((i) => i.field)).toContain('broughtInOn');
    expect(compulsoryAdultIssues({ ...ok, decisionDate: '2026-11-11' }, rules).map((i) => i.field)).toEqual(['decision.decisionDate']);
  });
});
