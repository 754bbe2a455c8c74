import type { MethodOutput } from '../../../shared/contract';
import { allowedFrom } from '../../../shared/domain/movement-rules';
import type { StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { reversibleMovementId } from './reverse';

/** A bed's label as the board shows it (area-room-bed). */
const BED_LABEL = `SELECT a.code || '-' || r.code || '-' || b.code FROM beds b JOIN rooms r ON r.id = b.room_id JOIN areas a ON a.id = r.area_id`;

type Listed = MethodOutput<'movements.list'>;
type Row = Omit<Listed['movements'][number], 'reversedById'>;

/** A stay's movements as recorded, oldest first, each cancelled row naming the reversal that cancelled it. */
export function listMovements(ctx: Ctx, stayId: number): Listed {
  const stay = ctx.sqlite.prepare('SELECT state FROM stays WHERE id = ?').get(stayId) as { state: StayState } | undefined;
  if (!stay) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  const rows = ctx.sqlite
    .prepare(
      `SELECT m.id, m.type, m.occurred_at AS occurredAt, m.occurred_on AS occurredOn, m.recorded_at AS recordedAt,
              u.full_name AS recordedBy, m.reason, m.destination, m.expected_return_on AS expectedReturnOn,
              m.document_number AS documentNumber, m.document_date AS documentDate, m.reverses_id AS reversesId,
              (${BED_LABEL} WHERE b.id = m.from_bed_id) AS fromBed, (${BED_LABEL} WHERE b.id = m.to_bed_id) AS toBed
       FROM movements m
       LEFT JOIN users u ON u.id = m.recorded_by
       WHERE m.stay_id = ? ORDER BY m.occurred_at, m.id`,
    )
    .all(stayId) as Row[];
  const reversedBy = new Map(rows.filter((r) => r.reversesId !== null).map((r) => [r.reversesId, r.id]));
  return {
    state: stay.state,
    allowed: allowedFrom(stay.state),
    reversibleId: reversibleMovementId(ctx, stayId),
    movements: rows.map((r) => ({ ...r, reversedById: reversedBy.get(r.id) ?? null })),
  };
}
