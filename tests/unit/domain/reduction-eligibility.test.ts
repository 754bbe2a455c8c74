import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../shared/domain/dates';
import type { RatingGrade } from '../../../shared/domain/ratings';
import { countedMonths, reductionEligibility, type EligibilityInput } from '../../../shared/domain/reduction-eligibility';

const scale: RatingGrade[] = [
  { code: 'tot', label: 'Tốt', good: true },
  { code: 'kha', label: 'Khá', good: true },
  { code: 'trung_binh', label: 'Trung bình', good: false },
  { code: 'kem', label: 'Kém', good: false },
];
const rules = { goodMonths: 3, monthsMin: 1, monthsMax: 3, meritMonthsMin: 3, meritMonthsMax: 6, reviewEveryMonths: 3, postingWorkingDays: 5 };
const good3 = [
  { month: '2026-09', grade: 'tot' },
  { month: '2026-10', grade: 'kha' },
  { month: '2026-11', grade: 'kha' },
];
const base: EligibilityInput = { asOf: '2026-12-01', halfTermDate: '2026-08-02', confirmedRatings: good3, scale, rules, merit: false };

describe('reduction eligibility (NĐ 116 Điều 58 k1)', () => {
  it('counts the N calendar months before the month of the review, oldest first', () => {
    expect(countedMonths('2026-12-01', 3)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(countedMonths('2027-01-31', 3)).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('is eligible on the day of half-term, not the day before', () => {
    const half = '2026-12-15';
    const dayOf = reductionEligibility({ ...base, asOf: half, halfTermDate: half });
    expect(dayOf).toMatchObject({ halfTermReached: true, eligible: true, monthsMin: 1, monthsMax: 3, reasons: [] });
    const before = reductionEligibility({ ...base, asOf: addDays(half, -1), halfTermDate: half });
    expect(before).toMatchObject({ halfTermReached: false, eligible: false, monthsMin: null, monthsMax: null });
    expect(before.reasons).toEqual(['Chưa chấp hành đủ một nửa thời hạn (đến 15/12/2026).']);
  });

  it('needs three good months: two good and one average is not enough', () => {
    const r = reductionEligibility({ ...base, confirmedRatings: [good3[0]!, { month: '2026-10', grade: 'trung_binh' }, good3[2]!] });
    expect(r.eligible).toBe(false);
    expect(r.goodMonths).toBe(2);
    expect(r.reasons).toEqual(['Tháng 10/2026 xếp loại Trung bình.']);
  });

  it('treats a missing or unconfirmed month as not good', () => {
    const r = reductionEligibility({ ...base, confirmedRatings: good3.slice(1) });
    expect(r.months[0]).toEqual({ month: '2026-09', grade: null, good: false });
    expect(r.reasons).toEqual(['Tháng 09/2026 chưa được xếp loại hoặc chưa xác nhận.']);
    expect(r.eligible).toBe(false);
  });

  it('ignores months outside the window', () => {
    const r = reductionEligibility({ ...base, confirmedRatings: [...good3, { month: '2026-08', grade: 'kem' }, { month: '2026-12', grade: 'kem' }] });
    expect(r.eligible).toBe(true);
  });

  it('widens the range to 3–6 months with a merit act', () => {
    expect(reductionEligibility({ ...base, merit: true })).toMatchObject({ eligible: true, merit: true, monthsMin: 3, monthsMax: 6 });
  });

  it('says why for every failing condition at once', () => {
    const r = reductionEligibility({ ...base, halfTermDate: '2027-01-15', confirmedRatings: [{ month: '2026-11', grade: 'kem' }] });
    expect(r.reasons).toEqual([
      'Chưa chấp hành đủ một nửa thời hạn (đến 15/01/2027).',
      'Tháng 09/2026 chưa được xếp loại hoặc chưa xác nhận.',
      'Tháng 10/2026 chưa được xếp loại hoặc chưa xác nhận.',
      'Tháng 11/2026 xếp loại Kém.',
    ]);
  });

  it('is never eligible without a half-term date', () => {
    expect(reductionEligibility({ ...base, halfTermDate: null }).eligible).toBe(false);
  });
});

describe('reduction eligibility, properties', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2022-01-01', n));
  const grade = fc.constantFrom(...scale.map((g) => g.code));
  const inputArb = fc
    .record({ asOf: day, halfOffset: fc.integer({ min: -400, max: 400 }), grades: fc.array(fc.option(grade, { nil: null }), { minLength: 3, maxLength: 3 }), merit: fc.boolean() })
    .map(({ asOf, halfOffset, grades, merit }): EligibilityInput => {
      const months = countedMonths(asOf, 3);
      const confirmedRatings = months.flatMap((month, i) => (grades[i] ? [{ month, grade: grades[i] }] : []));
      return { ...base, asOf, halfTermDate: addDays(asOf, halfOffset), confirmedRatings, merit };
    });

  it('eligible exactly when half-term is reached and every counted month is good', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = reductionEligibility(input);
        const allGood = r.months.every((m) => scale.some((g) => g.code === m.grade && g.good));
        expect(r.eligible).toBe(input.asOf >= (input.halfTermDate ?? '') && allGood);
        expect(r.eligible).toBe(r.reasons.length === 0);
        if (r.eligible) expect(r.monthsMin).toBe(input.merit ? 3 : 1);
      }),
    );
  });

  it('turning any counted month non-good makes an eligible stay ineligible', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2 }), fc.constantFrom('trung_binh', 'kem'), (asOf, i, bad) => {
        const months = countedMonths(asOf, 3);
        const input = { ...base, asOf, halfTermDate: addMonths(asOf, -1), confirmedRatings: months.map((month) => ({ month, grade: 'kha' })) };
        expect(reductionEligibility(input).eligible).toBe(true);
        const worse = input.confirmedRatings.map((r, j) => (j === i ? { ...r, grade: bad } : r));
        expect(reductionEligibility({ ...input, confirmedRatings: worse }).eligible).toBe(false);
        const missing = input.confirmedRatings.filter((_, j) => j !== i);
        expect(reductionEligibility({ ...input, confirmedRatings: missing }).eligible).toBe(false);
      }),
    );
  });
});
