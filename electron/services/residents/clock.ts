import type Database from 'better-sqlite3';
import { countedAbsences, escapePeriods, type MovementFact } from '../../../shared/domain/movements';
import { computeTermClock, type TermClock } from '../../../shared/domain/term-clock';
import { legal } from '../settings/legal';

interface StayForClock {
  id: number;
  admittedOn: string;
  termMonths: number | null;
  heldDaysDeducted: number;
  dischargedOn: string | null;
}

/** The term clock of a stay as of a day (its discharge day once it has ended); null without a term. */
export function stayClock(sqlite: Database.Database, stay: StayForClock, today: string): TermClock | null {
  if (stay.termMonths === null) return null;
  const moves = sqlite
    .prepare(
      `SELECT id, type, occurred_on AS occurredOn, occurred_at AS occurredAt, reverses_id AS reversesId
       FROM movements WHERE stay_id = ?`,
    )
    .all(stay.id) as MovementFact[];
  const reductions = sqlite
    .prepare(
      `SELECT months, decided_on AS decidedOn, cause FROM term_adjustments WHERE stay_id = ? AND kind = 'reduction'
       ORDER BY decided_on`,
    )
    .all(stay.id) as { months: number; decidedOn: string; cause: string }[];
  return computeTermClock({
    admittedOn: stay.admittedOn,
    termMonths: stay.termMonths,
    heldDaysDeducted: stay.heldDaysDeducted,
    escapes: escapePeriods(moves),
    countedAbsences: countedAbsences(moves),
    reductions,
    asOf: stay.dischargedOn ?? today,
    noticeDays: legal(sqlite, 'release.notice_days', stay.admittedOn).value.days,
  });
}
