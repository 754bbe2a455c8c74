import { roleAllows } from '../../../shared/contract/roles';
import { overCapacityBy } from '../../../shared/domain/capacity';
import { placementRefusalMessage } from '../../../shared/domain/placement-messages';
import {
  absoluteRefusals,
  overridable,
  placementRefusals,
  type PlacementRefusal,
  type ResidentForPlacement,
} from '../../../shared/domain/placement';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { legal } from '../settings/legal';
import { bedById, roomOccupancy } from './queries';

export interface PlacementRequest {
  bedId: number;
  resident: ResidentForPlacement;
  /** The head's explicit decision to place against the separation rules, with the reason (audited). */
  override?: { reason: string } | undefined;
  /** The form field the officer picked the bed in, for the error. */
  field?: string;
  /** The date of the placement (age is judged on it); today when left out. */
  on?: string;
  /** The stay being moved, so it does not count as someone else in its own room; left out on admission. */
  stayId?: number;
}

export interface PlacementResult {
  /** The placement stands on the head's override (record it on the movement). */
  override: boolean;
  /** The room will hold more than its working capacity: allowed, flagged on the board. */
  overCapacity: boolean;
  /** The rules the override lifted; empty without one. */
  refusals: PlacementRefusal[];
}

/**
 * Checks a placement for admissions and bed moves alike. Throws a rule_violation naming every rule broken
 * (one issue per rule, each with its article), unless the head overrides with a reason, which is audited here.
 * Only the head may override, and never onto a bed that is out of service or taken.
 */
export function checkPlacement(ctx: Ctx, req: PlacementRequest): PlacementResult {
  const field = req.field ?? 'bedId';
  const on = req.on ?? ctx.today();
  const bed = bedById(ctx.sqlite, req.bedId);
  if (!bed) throw new AppError('rule_violation', 'Không tìm thấy giường đã chọn.', { field });
  const stayId = req.stayId ?? null;
  const others = roomOccupancy(ctx.sqlite, bed.roomId, stayId);
  const adultAge = legal(ctx.sqlite, 'age.adult', on).value.years;
  const refusals = placementRefusals(
    {
      inService: bed.inService === 1,
      occupiedByStayId: bed.occupantStayId === stayId ? null : bed.occupantStayId,
      areaSex: bed.areaSex,
      areaPurpose: bed.areaPurpose,
      separateRoom: bed.separateRoom === 1,
      roomOthers: others,
    },
    req.resident,
    { on, adultAge },
  );
  const overCapacity = overCapacityBy(others + 1, bed.workingCapacity) > 0;
  if (refusals.length === 0) return { override: false, overCapacity, refusals };

  const facts = { resident: req.resident, areaPurpose: bed.areaPurpose, areaSex: bed.areaSex, adultAge };
  const issues: FieldIssue[] = refusals.map((r) => ({ field, message: `${placementRefusalMessage(r, facts)}.` }));
  const summary = `Không thể xếp vào giường này: ${refusals.map((r) => placementRefusalMessage(r, facts)).join('; ')}.`;
  if (!req.override || !overridable(refusals)) {
    const absolute = refusals.filter((r) => absoluteRefusals.includes(r));
    const note = req.override && absolute.length > 0 ? ' Quyết định của Trưởng Cơ sở không áp dụng cho giường ngừng sử dụng hoặc đã có người.' : '';
    throw new AppError('rule_violation', summary + note, { field, issues });
  }
  if (!ctx.user || !roleAllows(ctx.user.role, 'placement.override')) {
    throw new AppError('forbidden', `Chỉ Trưởng Cơ sở được quyết định xếp giường trái quy định. ${summary}`, { field, issues });
  }
  const reason = req.override.reason.trim();
  if (reason.length === 0) {
    throw new AppError('invalid_input', 'Lý do quyết định xếp giường trái quy định: bắt buộc', { field: 'reason' });
  }
  ctx.audit({
    entity: 'placement_override',
    entityId: req.bedId,
    after: { bedId: req.bedId, stayId, on, refusals, rules: issues.map((i) => i.message) },
    reason,
  });
  return { override: true, overCapacity, refusals };
}
