import { addDays, daysBetween, formatDateVN, vnDate } from '../../../shared/domain/dates';
import type { MovementType } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';
import { appendMovement } from './append';
import { moveBed } from './bed-move';
import { checkSequence } from './sequence';
import { refreshStayCache } from './stay-cache';

export interface MovementInput {
  stayId: number;
  type: MovementType;
  /** ISO instant; may be earlier than now for late entries. */
  occurredAt: string;
  reason?: string | null;
  documentNumber?: string | null;
  documentDate?: string | null;
  destination?: string | null;
  expectedReturnOn?: string | null;
  toBedId?: number | null;
  /** Travel days granted on top of the funeral leave's legal maximum (default 0). */
  travelDays?: number;
}

const blank = (v: string | null | undefined) => v === undefined || v === null || v.trim() === '';
const clean = (v: string | null | undefined) => (blank(v) ? null : (v ?? '').trim());

function need(ok: boolean, field: string, message: string): void {
  if (!ok) throw new AppError('invalid_input', message, { field });
}

/** What each type must carry (the decision behind it, where the resident goes, when he is due back). */
function checkFields(ctx: Ctx, m: MovementInput, on: string): void {
  if (!blank(m.documentDate) && (m.documentDate ?? '') > ctx.today()) {
    throw new AppError('invalid_input', `Ngày quyết định ${formatDateVN(m.documentDate)} chưa đến.`, { field: 'documentDate' });
  }
  if (!blank(m.expectedReturnOn) && (m.expectedReturnOn ?? '') < on) {
    throw new AppError('invalid_input', 'Ngày dự kiến trở về không thể trước ngày đi.', { field: 'expectedReturnOn' });
  }
  switch (m.type) {
    case 'to_hospital':
      need(!blank(m.destination), 'destination', 'Chuyển viện: ghi tên bệnh viện nơi chuyển đến.');
      return;
    case 'funeral_leave': {
      need(!blank(m.documentNumber), 'documentNumber', 'Về chịu tang: ghi số quyết định cho về chịu tang (Mẫu 49).');
      need(!blank(m.documentDate), 'documentDate', 'Về chịu tang: ghi ngày quyết định (Mẫu 49).');
      need(!blank(m.expectedReturnOn), 'expectedReturnOn', 'Về chịu tang: ghi ngày phải trở lại cơ sở.');
      const max = legal(ctx.sqlite, 'funeral_leave.max_days', on);
      const allowed = max.value.days + (m.travelDays ?? 0);
      const days = daysBetween(on, m.expectedReturnOn ?? on);
      if (days > allowed) {
        throw new AppError(
          'rule_violation',
          `Về chịu tang tối đa ${max.value.days} ngày cộng ${m.travelDays ?? 0} ngày đi đường (${max.citation}): ngày trở lại muộn nhất là ${formatDateVN(addDays(on, allowed))}.`,
          { field: 'expectedReturnOn' },
        );
      }
      return;
    }
    case 'to_court':
      need(!blank(m.destination), 'destination', 'Ra tòa / tố tụng: ghi tên tòa án hoặc cơ quan tiến hành tố tụng.');
      need(!blank(m.documentNumber), 'documentNumber', 'Ra tòa / tố tụng: ghi số giấy triệu tập hoặc quyết định (Mẫu 45).');
      return;
    case 'suspended':
      need(!blank(m.documentNumber), 'documentNumber', 'Tạm đình chỉ: ghi số quyết định tạm đình chỉ.');
      need(!blank(m.reason), 'reason', 'Tạm đình chỉ: ghi lý do tạm đình chỉ.');
      return;
    default:
      return;
  }
}

/**
 * THE way a service writes a movement that changes a stay: checks the fields its type needs, the moment (not in
 * the future, not before the admission) and the state machine at that moment and after it, then appends the
 * movement with both times and rewrites the stay's state, bed and release date, all audited in the caller's
 * transaction. A bed move goes through the placement rules of `beds.move`.
 */
export function recordMovement(ctx: Ctx, m: MovementInput): { movementId: number } {
  if (m.type === 'admitted' || m.type === 'reversal' || m.type === 'discharged') {
    throw new AppError('invalid_input', 'Tiếp nhận, ra cơ sở và hủy bỏ có thủ tục riêng, không ghi như một diễn biến.', { field: 'type' });
  }
  const instant = new Date(m.occurredAt);
  if (Number.isNaN(instant.getTime())) throw new AppError('invalid_input', 'Thời điểm xảy ra: không hợp lệ', { field: 'occurredAt' });
  const at = instant.toISOString();
  if (at > ctx.now().toISOString()) {
    throw new AppError('rule_violation', `Thời điểm ${formatDateVN(vnDate(instant))} chưa đến: không ghi trước diễn biến.`, { field: 'occurredAt' });
  }
  if (m.type === 'bed_move') {
    need(Boolean(m.toBedId), 'toBedId', 'Chuyển giường: chọn giường chuyển đến.');
    need(!blank(m.reason), 'reason', 'Chuyển giường: ghi lý do chuyển.');
    return { movementId: moveBed({ stayId: m.stayId, toBedId: m.toBedId ?? 0, occurredAt: at, reason: clean(m.reason) ?? '' }, ctx).movementId };
  }
  const exists = ctx.sqlite.prepare('SELECT 1 FROM stays WHERE id = ?').get(m.stayId);
  if (!exists) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field: 'stayId' });
  const on = vnDate(instant);
  checkFields(ctx, m, on);
  checkSequence(ctx.sqlite, m.stayId, m.type, at);
  const movementId = appendMovement(ctx, {
    stayId: m.stayId,
    type: m.type,
    occurredOn: on,
    occurredAt: at,
    reason: clean(m.reason),
    documentNumber: clean(m.documentNumber),
    documentDate: clean(m.documentDate),
    destination: clean(m.destination),
    expectedReturnOn: clean(m.expectedReturnOn),
  });
  refreshStayCache(ctx, m.stayId);
  return { movementId };
}
