import { movementPhrases } from '../../../shared/domain/movement-rules';
import { effectiveMovements } from '../../../shared/domain/movements';
import type { MovementType } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { appendMovement } from './append';
import { instantVN, stayMovementFacts } from './sequence';
import { refreshStayCache } from './stay-cache';

/** The admission and the discharge are undone by their own procedures, never by a reversal. */
const notReversible: readonly string[] = ['admitted', 'discharged', 'reversal'];

/** The latest movement of a stay still in effect that a reversal may cancel, or null. */
export function reversibleMovementId(ctx: Ctx, stayId: number): number | null {
  const latest = effectiveMovements(stayMovementFacts(ctx.sqlite, stayId)).at(-1);
  return latest && !notReversible.includes(latest.type) ? latest.id : null;
}

/**
 * Cancels a wrongly recorded movement with a reason: a 'reversal' row pointing at it, never an edit. Only the
 * stay's latest movement still in effect may be cancelled, so what remains is a sequence the state machine
 * accepted; the stay's state, bed and release date are then recomputed from it.
 */
export function reverseMovement(ctx: Ctx, input: { movementId: number; reason: string }): { movementId: number } {
  const target = ctx.sqlite
    .prepare('SELECT id, stay_id AS stayId, type, occurred_at AS occurredAt FROM movements WHERE id = ?')
    .get(input.movementId) as { id: number; stayId: number; type: MovementType; occurredAt: string } | undefined;
  if (!target) throw new AppError('not_found', 'Không tìm thấy diễn biến này.', { field: 'movementId' });
  if (notReversible.includes(target.type)) {
    throw new AppError('rule_violation', `Không hủy bỏ được diễn biến ${movementPhrases[target.type]} bằng ghi đảo: việc này có thủ tục riêng.`, {
      field: 'movementId',
    });
  }
  const effective = effectiveMovements(stayMovementFacts(ctx.sqlite, target.stayId));
  if (!effective.some((m) => m.id === target.id)) {
    throw new AppError('conflict', 'Diễn biến này đã được hủy bỏ trước đó.', { field: 'movementId' });
  }
  const latest = effective.at(-1);
  if (latest && latest.id !== target.id) {
    throw new AppError(
      'rule_violation',
      `Chỉ hủy bỏ được diễn biến gần nhất (${movementPhrases[latest.type as MovementType]} lúc ${instantVN(latest.occurredAt)}); hủy bỏ diễn biến đó trước.`,
      { field: 'movementId' },
    );
  }
  const now = ctx.now();
  const movementId = appendMovement(ctx, {
    stayId: target.stayId,
    type: 'reversal',
    occurredOn: ctx.today(),
    occurredAt: now.toISOString(),
    reversesId: target.id,
    reason: input.reason,
  });
  refreshStayCache(ctx, target.stayId);
  return { movementId };
}
