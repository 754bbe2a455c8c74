import { addDays, addMonths, daysBetween, maxDate, minDate } from './dates';

/**
 * The term clock (DOMAIN.md §4). Release = date brought in + term, then:
 * escape days do not count (NĐ 116/2021 Điều 56 k4) and move it later; days held while the file was prepared
 * are deducted (Điều 44 k3); a court reduction moves it earlier (Điều 58 k1). Hospital and funeral-leave days
 * count as served, so they are simply not absences here.
 */

export interface EscapePeriod {
  /** Date the resident escaped. */
  from: string;
  /** Date the resident was returned; null while still at large. */
  to: string | null;
}

/** A time away that still counts as served, listed so the profile shows every cause. */
export interface CountedAbsence extends EscapePeriod {
  cause: 'hospital' | 'funeral_leave';
}

export interface Reduction {
  months: number;
  decidedOn: string;
  cause: string;
}

export interface TermInput {
  admittedOn: string;
  termMonths: number;
  heldDaysDeducted: number;
  escapes: readonly EscapePeriod[];
  reductions: readonly Reduction[];
  /** Hospital and funeral-leave periods: shown with 0 days of change, because they count (Điều 67, 70). */
  countedAbsences?: readonly CountedAbsence[];
  /** The day the clock is read (today, or the discharge date for a closed stay). */
  asOf: string;
  /** Days before release by which the court, commune and family must be notified (a legal setting). */
  noticeDays: number;
}

export type Adjustment =
  | { kind: 'held_deduction'; days: number }
  | { kind: 'escape'; days: number; from: string; to: string | null }
  | { kind: 'reduction'; days: number; months: number; decidedOn: string; cause: string }
  | { kind: 'counted'; days: 0; cause: CountedAbsence['cause']; from: string; to: string | null; daysAway: number };

/**
 * While the stay runs (asOf between admission and release): daysServed + daysRemaining = termDays − days
 * reduced, and daysServed + daysRemaining + daysNotCounted = daysBetween(admittedOn, releaseDate) + heldDaysDeducted.
 */
export interface TermClock {
  nominalEnd: string;
  releaseDate: string;
  /** True while an escape is open: the release date then moves later every day. */
  provisional: boolean;
  termDays: number;
  daysServed: number;
  daysRemaining: number;
  daysNotCounted: number;
  halfTermDate: string;
  noticeDueDate: string;
  adjustments: Adjustment[];
}

/** Days of an escape up to the day the clock is read: a return after that day is not known yet. */
function escapeDays(e: EscapePeriod, asOf: string): number {
  const end = e.to === null ? asOf : minDate(e.to, asOf);
  return Math.max(0, daysBetween(e.from, maxDate(e.from, end)));
}

function openOn(e: EscapePeriod, asOf: string): boolean {
  return e.from <= asOf && (e.to === null || e.to > asOf);
}

export function computeTermClock(input: TermInput): TermClock {
  const { admittedOn, termMonths, heldDaysDeducted } = input;
  const nominalEnd = addMonths(admittedOn, termMonths);
  const termDays = daysBetween(admittedOn, nominalEnd);
  const asOf = maxDate(input.asOf, admittedOn);

  const adjustments: Adjustment[] = [];
  if (heldDaysDeducted > 0) adjustments.push({ kind: 'held_deduction', days: -heldDaysDeducted });

  const sortedEscapes = [...input.escapes].sort((a, b) => a.from.localeCompare(b.from));
  let daysNotCounted = 0;
  for (const e of sortedEscapes) {
    if (e.from > asOf) continue;
    const days = escapeDays(e, asOf);
    daysNotCounted += days;
    adjustments.push({ kind: 'escape', days, from: e.from, to: openOn(e, asOf) ? null : e.to });
  }

  for (const a of input.countedAbsences ?? []) {
    if (a.from > asOf) continue;
    const open = openOn(a, asOf);
    adjustments.push({ kind: 'counted', days: 0, cause: a.cause, from: a.from, to: open ? null : a.to, daysAway: escapeDays(a, asOf) });
  }

  let reductionDays = 0;
  let reducedEnd = nominalEnd;
  for (const r of input.reductions) {
    const before = reducedEnd;
    reducedEnd = addMonths(reducedEnd, -r.months);
    const days = daysBetween(reducedEnd, before);
    reductionDays += days;
    adjustments.push({ kind: 'reduction', days: -days, months: r.months, decidedOn: r.decidedOn, cause: r.cause });
  }

  const releaseDate = addDays(nominalEnd, daysNotCounted - heldDaysDeducted - reductionDays);
  const servedInFacility = daysBetween(admittedOn, minDate(asOf, releaseDate)) - daysNotCounted;
  const daysServed = Math.max(0, servedInFacility) + heldDaysDeducted;
  const daysRemaining = Math.max(0, daysBetween(asOf, releaseDate));
  const halfTermDate = addDays(admittedOn, Math.ceil(termDays / 2) - heldDaysDeducted + daysNotCounted);

  return {
    nominalEnd,
    releaseDate,
    provisional: sortedEscapes.some((e) => openOn(e, asOf)),
    termDays,
    daysServed,
    daysRemaining,
    daysNotCounted,
    halfTermDate,
    noticeDueDate: addDays(releaseDate, -input.noticeDays),
    adjustments,
  };
}
