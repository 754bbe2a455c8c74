import { absoluteRefusals, placementRefusalMessages, placementRefusals, type ResidentForPlacement } from '../../../shared/domain/placement';
import { roleAllows } from '../../../shared/contract/roles';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { bedById } from './queries';

export interface PlacementRequest {
  bedId: number;
  resident: ResidentForPlacement;
  /** The head's explicit decision to place against the separation rules, with the reason (audited). */
  override?: { reason: string } | undefined;
  /** The form field the officer picked the bed in, for the error. */
  field?: string;
}

/**
 * Checks a placement for admissions and bed moves alike. Returns whether it stands on an override; otherwise
 * throws a rule_violation naming every rule broken. Only the head may override, and never onto a bed that is
 * out of service or taken.
 */
export function checkPlacement(ctx: Ctx, req: PlacementRequest): { override: boolean } {
  const field = req.field ?? 'bedId';
  const bed = bedById(ctx.sqlite, req.bedId);
  if (!bed) throw new AppError('rule_violation', 'Không tìm thấy giường đã chọn.', { field });
  const refusals = placementRefusals(
    { inService: bed.inService === 1, occupiedByStayId: bed.occupantStayId, areaSex: bed.areaSex, areaPurpose: bed.areaPurpose },
    req.resident,
  );
  if (refusals.length === 0) return { override: false };
  const issues: FieldIssue[] = refusals.map((r) => ({
    field,
    message: `Không thể xếp vào giường này: ${placementRefusalMessages[r]}.`,
  }));
  const liftable = refusals.every((r) => !absoluteRefusals.includes(r));
  if (req.override && liftable) {
    if (!ctx.user || !roleAllows(ctx.user.role, 'placement.override')) {
      throw new AppError('forbidden', 'Chỉ Trưởng Cơ sở được quyết định xếp giường trái quy định.', { field });
    }
    return { override: true };
  }
  throw new AppError('rule_violation', issues[0]?.message ?? '', { field, issues });
}
