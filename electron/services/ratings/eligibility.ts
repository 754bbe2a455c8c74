import type Database from 'better-sqlite3';
import { reductionEligibility, type Eligibility } from '../../../shared/domain/reduction-eligibility';
import { stayClock } from '../residents/clock';
import { legal } from '../settings/legal';
import { ratingScale } from './scale';
import { compulsoryKinds, type StayFacts } from './stay';

/** A stay's confirmed ratings: only months the head confirmed count for a reduction. */
export function confirmedRatings(sqlite: Database.Database, stayId: number): { month: string; grade: string }[] {
  return sqlite
    .prepare('SELECT r.month, r.grade FROM ratings r JOIN rating_months c ON c.month = r.month WHERE r.stay_id = ? ORDER BY r.month')
    .all(stayId) as { month: string; grade: string }[];
}

/** The merit acts recorded on or before a day. */
export function meritActsBy(sqlite: Database.Database, stayId: number, on: string): { actOn: string; description: string; documentNumber: string | null }[] {
  return sqlite
    .prepare('SELECT act_on AS actOn, description, document_number AS documentNumber FROM merit_acts WHERE stay_id = ? AND act_on <= ? ORDER BY act_on, id')
    .all(stayId, on) as { actOn: string; description: string; documentNumber: string | null }[];
}

/** Reduction eligibility of a stay on a day; null for a stay the court does not reduce (no term, not compulsory). */
export function stayEligibility(sqlite: Database.Database, stay: StayFacts, asOf: string): Eligibility | null {
  if (stay.termMonths === null || !compulsoryKinds.includes(stay.kind)) return null;
  return reductionEligibility({
    asOf,
    halfTermDate: stayClock(sqlite, stay, asOf)?.halfTermDate ?? null,
    confirmedRatings: confirmedRatings(sqlite, stay.id),
    scale: ratingScale(sqlite),
    rules: legal(sqlite, 'reduction.rules', asOf).value,
    merit: meritActsBy(sqlite, stay.id, asOf).length > 0,
  });
}
