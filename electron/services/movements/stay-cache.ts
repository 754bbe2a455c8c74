import { replay } from '../../../shared/domain/movement-rules';
import { effectiveMovements } from '../../../shared/domain/movements';
import type { StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { stayClock } from '../residents/clock';
import { stayMovementFacts } from './sequence';

interface StayCacheRow {
  id: number;
  admittedOn: string;
  termMonths: number | null;
  heldDaysDeducted: number;
  dischargedOn: string | null;
  state: StayState;
  currentBedId: number | null;
  expectedRelease: string | null;
}

/**
 * Rewrites the stay's caches from its movements, in the transaction that changed them: the state the effective
 * movements replay to, the bed of the last placement still in effect, and the term clock's release date (a stay
 * without a term keeps its assessment deadline). Audited when anything changed.
 */
export function refreshStayCache(ctx: Ctx, stayId: number): { state: StayState } {
  const stay = ctx.sqlite
    .prepare(
      `SELECT id, admitted_on AS admittedOn, term_months AS termMonths, held_days_deducted AS heldDaysDeducted,
              discharged_on AS dischargedOn, state, current_bed_id AS currentBedId, expected_release AS expectedRelease
       FROM stays WHERE id = ?`,
    )
    .get(stayId) as StayCacheRow | undefined;
  if (!stay) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  const moves = effectiveMovements(stayMovementFacts(ctx.sqlite, stayId));
  const replayed = replay(moves);
  // The caller checked the sequence before writing; a refusal here means the stored history itself is broken.
  if (!replayed.ok) throw new Error(`stay ${stayId}: movements do not replay (${replayed.refusal.type} from ${replayed.refusal.state})`);
  const placements = ctx.sqlite
    .prepare(`SELECT id, to_bed_id AS toBedId FROM movements WHERE stay_id = ? AND type IN ('admitted', 'bed_move')`)
    .all(stayId) as { id: number; toBedId: number | null }[];
  const bedOf = new Map(placements.map((p) => [p.id, p.toBedId]));
  const lastPlacement = moves.filter((m) => bedOf.has(m.id)).at(-1);
  const after = {
    state: replayed.state,
    currentBedId: replayed.state === 'discharged' ? null : (lastPlacement ? bedOf.get(lastPlacement.id) : null) ?? null,
    expectedRelease: stay.termMonths === null ? stay.expectedRelease : (stayClock(ctx.sqlite, stay, ctx.today())?.releaseDate ?? null),
  };
  const before = { state: stay.state, currentBedId: stay.currentBedId, expectedRelease: stay.expectedRelease };
  if (before.state !== after.state || before.currentBedId !== after.currentBedId || before.expectedRelease !== after.expectedRelease) {
    ctx.sqlite
      .prepare('UPDATE stays SET state = ?, current_bed_id = ?, expected_release = ? WHERE id = ?')
      .run(after.state, after.currentBedId, after.expectedRelease, stayId);
    ctx.audit({ entity: 'stay', entityId: stayId, before, after });
  }
  return { state: after.state };
}
