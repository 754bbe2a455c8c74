import dayjs from 'dayjs';
import { effectiveBirthDate, type Birth } from './admission-rules';
import { ageOn } from './dates';

/** The age groups the resident list filters by (age today). */
export const ageGroups = ['under18', '18to30', '31to45', 'over45'] as const;
export type AgeGroup = (typeof ageGroups)[number];

/** Youngest age of each group, in whole years; a group ends where the next one starts. */
const lowestAge: Record<AgeGroup, number> = { under18: 0, '18to30': 18, '31to45': 31, over45: 46 };

/** The group of a person today; a person known only by the birth year counts from 31 December (effectiveBirthDate). */
export function ageGroupOf(birth: Birth, today: string): AgeGroup {
  const age = ageOn(effectiveBirthDate(birth), today);
  return [...ageGroups].reverse().find((g) => age >= lowestAge[g]) ?? 'under18';
}

/**
 * The effective birth dates of a group as a half-open range (bornAfter, bornOnOrBefore], so a list query
 * filters by comparing dates instead of computing every row's age.
 */
export function birthRangeOf(group: AgeGroup, today: string): { bornAfter?: string; bornOnOrBefore?: string } {
  const next = ageGroups[ageGroups.indexOf(group) + 1];
  // Someone is at least N years old today exactly when born on or before today − N years.
  const atLeast = (years: number) => dayjs(today).subtract(years, 'year').format('YYYY-MM-DD');
  return {
    ...(lowestAge[group] > 0 ? { bornOnOrBefore: atLeast(lowestAge[group]) } : {}),
    ...(next ? { bornAfter: atLeast(lowestAge[next]) } : {}),
  };
}
