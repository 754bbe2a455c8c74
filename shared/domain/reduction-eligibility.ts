import { formatDateVN } from './dates';
import type { LegalValue } from './legal';
import { addMonthsToMonth, formatMonthVN, gradeLabel, isGood, monthOf, type MonthRating, type RatingGrade } from './ratings';

/**
 * Whether a compulsory stay may be proposed for a term reduction (NĐ 116/2021 Điều 58 k1): half the term served
 * and the last N calendar months before the review month rated good, each rating confirmed by the head.
 */

export type ReductionRules = LegalValue<'reduction.rules'>;

export interface EligibilityInput {
  asOf: string;
  /** From the term clock; null when the stay has none. */
  halfTermDate: string | null;
  /** Only ratings of months the head confirmed: an unconfirmed month does not count. */
  confirmedRatings: readonly MonthRating[];
  scale: readonly RatingGrade[];
  rules: ReductionRules;
  merit: boolean;
}

export interface Eligibility {
  asOf: string;
  halfTermDate: string | null;
  halfTermReached: boolean;
  /** The counted months, oldest first. */
  months: { month: string; grade: string | null; good: boolean }[];
  /** How many of the counted months are good. */
  goodMonths: number;
  merit: boolean;
  eligible: boolean;
  monthsMin: number | null;
  monthsMax: number | null;
  reasons: string[];
}

/** The `count` calendar months immediately before the month of `asOf`, oldest first. */
export function countedMonths(asOf: string, count: number): string[] {
  const current = monthOf(asOf);
  return Array.from({ length: count }, (_, i) => addMonthsToMonth(current, i - count));
}

export function reductionEligibility(input: EligibilityInput): Eligibility {
  const { asOf, halfTermDate, scale, rules, merit } = input;
  const gradeOf = new Map(input.confirmedRatings.map((r) => [r.month, r.grade]));
  const months = countedMonths(asOf, rules.goodMonths).map((month) => {
    const grade = gradeOf.get(month) ?? null;
    return { month, grade, good: isGood(scale, grade) };
  });
  const halfTermReached = halfTermDate !== null && asOf >= halfTermDate;

  const reasons: string[] = [];
  if (halfTermDate === null) reasons.push('Không có thời hạn chấp hành để tính một nửa thời hạn.');
  else if (!halfTermReached) reasons.push(`Chưa chấp hành đủ một nửa thời hạn (đến ${formatDateVN(halfTermDate)}).`);
  for (const m of months) {
    if (m.grade === null) reasons.push(`Tháng ${formatMonthVN(m.month)} chưa được xếp loại hoặc chưa xác nhận.`);
    else if (!m.good) reasons.push(`Tháng ${formatMonthVN(m.month)} xếp loại ${gradeLabel(scale, m.grade)}.`);
  }

  const eligible = halfTermReached && months.every((m) => m.good);
  const range = reductionRange(rules, merit);
  return {
    asOf,
    halfTermDate,
    halfTermReached,
    months,
    goodMonths: months.filter((m) => m.good).length,
    merit,
    eligible,
    monthsMin: eligible ? range.min : null,
    monthsMax: eligible ? range.max : null,
    reasons,
  };
}

/** The months a proposal may carry: the merit range with a merit act, else the ordinary one. */
export function reductionRange(rules: ReductionRules, merit: boolean): { min: number; max: number } {
  return merit ? { min: rules.meritMonthsMin, max: rules.meritMonthsMax } : { min: rules.monthsMin, max: rules.monthsMax };
}
