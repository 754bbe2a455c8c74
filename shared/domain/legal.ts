import { z } from 'zod';

/** Shapes of the legal figures kept in settings; the figures and their citations live in the database. */
const range = z.object({ minMonths: z.number().int().positive(), maxMonths: z.number().int().positive() });
const days = z.object({ days: z.number().int().nonnegative() });
const years = z.object({ years: z.number().int().positive() });
const caps = z.object({ day: z.number().positive(), week: z.number().positive() });

export const legalParameterShapes = {
  'term.compulsory_adult': range,
  'term.compulsory_minor': range,
  'term.voluntary': range,
  'age.adult': years,
  'age.minimum': years,
  'assessment.max_days': days,
  'release.notice_days': days,
  'visits.no_visit_first_days': days,
  'voluntary.commune_notice_working_days': days,
  'funeral_leave.max_days': days,
  'room.m2_per_person': z.object({ standard: z.number().positive(), care24h: z.number().positive() }),
  'work.hour_caps': z.object({ adult: caps, age15to18: caps, age12to15: caps }),
  'discharge.road_meals': z.object({ dongPerDay: z.number().int().nonnegative(), maxDays: z.number().int() }),
  'aftercare.years': z.object({ adultCompulsory: z.number().int(), other: z.number().int() }),
  'visits.rules': z.object({
    perWeek: z.number().int().positive(),
    hours: z.number().positive(),
    hoursApproved: z.number().positive(),
    visitors: z.number().int().positive(),
    visitorsSpecial: z.number().int().positive(),
  }),
  'voluntary.self_termination_working_days': days,
  'reduction.rules': z.object({
    goodMonths: z.number().int().positive(),
    monthsMin: z.number().int().positive(),
    monthsMax: z.number().int().positive(),
    meritMonthsMin: z.number().int().positive(),
    meritMonthsMax: z.number().int().positive(),
    reviewEveryMonths: z.number().int().positive(),
    postingWorkingDays: z.number().int().positive(),
  }),
  'death.notice_hours': z.object({ hours: z.number().int().positive() }),
  'training.funded_times': z.object({ times: z.number().int().positive() }),
  'schooling.primary_grade': z.object({ grade: z.number().int().positive() }),
} as const;

export type LegalKey = keyof typeof legalParameterShapes;
export type LegalValue<K extends LegalKey> = z.infer<(typeof legalParameterShapes)[K]>;

export interface LegalRow {
  key: string;
  value: unknown;
  citation: string;
  effectiveFrom: string;
}

export interface LegalInForce<K extends LegalKey> {
  value: LegalValue<K>;
  citation: string;
  effectiveFrom: string;
}

/**
 * The row in force on a date: the latest effective on or before it. A date before every row (an old stay
 * entered late) falls back to the earliest row, the oldest rule the facility recorded.
 */
export function legalInForce<K extends LegalKey>(rows: LegalRow[], key: K, on: string): LegalInForce<K> {
  const candidates = rows.filter((r) => r.key === key).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const chosen = candidates.filter((r) => r.effectiveFrom <= on).at(-1) ?? candidates[0];
  if (!chosen) throw new Error(`Legal parameter missing: ${key}`);
  return {
    value: legalParameterShapes[key].parse(chosen.value) as LegalValue<K>,
    citation: chosen.citation,
    effectiveFrom: chosen.effectiveFrom,
  };
}
