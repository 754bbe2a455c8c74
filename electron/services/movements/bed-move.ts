import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import { stayStateNames } from '../../../shared/domain/placement-messages';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { intervalsOfBed } from '../beds/history';
import { checkPlacement } from '../beds/placement';
import { bedById, bedLabel } from '../beds/queries';
import { stayForPlacement } from '../beds/resident';
import { appendMovement } from './append';
import { checkSequence, instantVN } from './sequence';
import { refreshStayCache } from './stay-cache';

type MoveInput = MethodInput<'beds.move'>;

/** When the move happened: the instant given, or now for today, or midday of a past date entered late. */
function whenMoved(input: MoveInput, ctx: Ctx): { on: string; at: string } {
  const today = ctx.today();
  if (input.occurredAt) {
    const on = vnDate(new Date(input.occurredAt));
    if (input.occurredOn && input.occurredOn !== on) {
      throw new AppError('invalid_input', 'Ngày chuyển không khớp với thời điểm chuyển.', { field: 'occurredOn' });
    }
    return { on, at: new Date(input.occurredAt).toISOString() };
  }
  const on = input.occurredOn ?? today;
  return { on, at: on === today ? ctx.now().toISOString() : new Date(`${on}T12:00:00+07:00`).toISOString() };
}

/**
 * Moves a present resident to another bed, or places one who has none: checks the stay, the date and the
 * placement rules, appends a bed_move movement (from, to, when, why, who, override) and updates the cached
 * current bed in the same transaction.
 */
export function moveBed(input: MoveInput, ctx: Ctx): MethodOutput<'beds.move'> {
  const { on, at } = whenMoved(input, ctx);
  if (on > ctx.today()) {
    throw new AppError('rule_violation', `Ngày chuyển ${formatDateVN(on)} chưa đến: không ghi trước diễn biến.`, { field: 'occurredOn' });
  }
  const stay = stayForPlacement(ctx.sqlite, input.stayId, on);
  if (!stay) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  if (stay.state !== 'present') {
    throw new AppError(
      'rule_violation',
      `${stay.fullName} ${stayStateNames[stay.state]}: chỉ chuyển giường cho học viên đang có mặt tại cơ sở.`,
      { field: 'stayId' },
    );
  }
  if (stay.currentBedId === input.toBedId) {
    throw new AppError('rule_violation', `${stay.fullName} đang ở giường này.`, { field: 'toBedId' });
  }
  if (on < stay.admittedOn) {
    throw new AppError('rule_violation', `Ngày chuyển phải từ ngày tiếp nhận ${formatDateVN(stay.admittedOn)} trở đi.`, {
      field: 'occurredOn',
    });
  }
  const last = ctx.sqlite
    .prepare(
      `SELECT occurred_at AS at FROM movements WHERE stay_id = ? AND type IN ('admitted', 'bed_move')
       ORDER BY occurred_at DESC, id DESC LIMIT 1`,
    )
    .get(stay.stayId) as { at: string } | undefined;
  if (last && at <= last.at) {
    throw new AppError('rule_violation', `Thời điểm chuyển phải sau lần xếp giường gần nhất (${instantVN(last.at)}).`, {
      field: 'occurredOn',
    });
  }
  // The cache says the resident is present now; a late move must also find him present at its own moment.
  checkSequence(ctx.sqlite, stay.stayId, 'bed_move', at, 'occurredOn');

  const placement = checkPlacement(ctx, {
    bedId: input.toBedId,
    resident: stay.resident,
    override: input.override ? { reason: input.reason } : undefined,
    field: 'toBedId',
    on,
    stayId: stay.stayId,
  });
  // A late entry must not put two people in one bed in the past: whoever left the bed left before this move.
  const later = intervalsOfBed(ctx.sqlite, input.toBedId).find((i) => i.stayId !== stay.stayId && i.toAt !== null && i.toAt > at);
  if (later?.toAt) {
    throw new AppError('rule_violation', `Giường này còn người ở đến ${instantVN(later.toAt)}: thời điểm chuyển vào phải sau đó.`, {
      field: 'occurredOn',
    });
  }

  const movementId = appendMovement(ctx, {
    stayId: stay.stayId,
    type: 'bed_move',
    occurredOn: on,
    occurredAt: at,
    fromBedId: stay.currentBedId,
    toBedId: input.toBedId,
    reason: input.reason,
    override: placement.override,
  });
  refreshStayCache(ctx, stay.stayId);
  const bed = bedById(ctx.sqlite, input.toBedId);
  return { movementId, override: placement.override, overCapacity: placement.overCapacity, bedLabel: bed ? bedLabel(bed) : '' };
}
