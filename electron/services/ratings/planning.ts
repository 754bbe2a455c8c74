import type { MethodOutput } from '../../../shared/contract';
import type { Ctx } from '../../router/types';
import { stayEligibility } from './eligibility';
import { groundsOf, maskGround } from './grounds';
import { ratingScale } from './scale';
import { stayFacts } from './stay';

/** Everything release planning rests on for one stay, and its eligibility for a reduction today. */
export function releasePlanning(ctx: Ctx, stayId: number): MethodOutput<'release.planning'> {
  const { sqlite } = ctx;
  const stay = stayFacts(sqlite, stayId);
  const today = ctx.today();
  const ratings = sqlite
    .prepare(
      `SELECT r.month, r.grade, r.note, c.month IS NOT NULL AS confirmed
       FROM ratings r LEFT JOIN rating_months c ON c.month = r.month WHERE r.stay_id = ? ORDER BY r.month`,
    )
    .all(stayId) as { month: string; grade: string; note: string | null; confirmed: number }[];
  const merits = sqlite
    .prepare('SELECT id, act_on AS actOn, description, document_number AS documentNumber FROM merit_acts WHERE stay_id = ? ORDER BY act_on, id')
    .all(stayId) as MethodOutput<'release.planning'>['merits'];
  const adjustments = sqlite
    .prepare(
      `SELECT kind, months, decision_number AS decisionNumber, decided_on AS decidedOn, cause
       FROM term_adjustments WHERE stay_id = ? ORDER BY decided_on, id`,
    )
    .all(stayId) as MethodOutput<'release.planning'>['adjustments'];
  return {
    ratings: ratings.map((r) => ({ ...r, confirmed: r.confirmed === 1 })),
    scale: ratingScale(sqlite),
    merits,
    grounds: groundsOf(sqlite, stayId, today).map((g) => maskGround(ctx, g)),
    adjustments,
    // An ended stay is not reviewed any more.
    eligibility: stay.state === 'discharged' ? null : stayEligibility(sqlite, stay, today),
  };
}
