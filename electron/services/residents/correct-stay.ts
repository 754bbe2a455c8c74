import { eq } from 'drizzle-orm';
import { courtDecisions, managementDecisions, stays, voluntaryContracts } from '../../../db/schema';
import type { StayCorrection } from '../../../shared/contract/residents-corrections';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { changedFields, pick } from './diff';

const blankToNull = (v: string | null): string | null => (v === '' ? null : v);

function refuse(field: keyof StayCorrection, message: string): never {
  throw new AppError('invalid_input', message, { field: `changes.${field}` });
}

/**
 * Corrects how a stay's papers were transcribed. Each field belongs to a paper the stay must have: the court
 * decision, the decision to hold the person while the file is prepared (Mẫu 36), or the contract. Dates, kind,
 * term and discharge carry the legal weight and are not touched here.
 */
export function correctStay(ctx: Ctx, input: { stayId: number; reason: string; changes: StayCorrection }) {
  const c = input.changes;
  const stay = ctx.db.select().from(stays).where(eq(stays.id, input.stayId)).get();
  if (!stay) throw new AppError('not_found', 'Không tìm thấy lượt cai nghiện này.');
  const court = ctx.db.select().from(courtDecisions).where(eq(courtDecisions.stayId, stay.id)).get();
  const management = ctx.db.select().from(managementDecisions).where(eq(managementDecisions.stayId, stay.id)).get();
  const contract = ctx.db.select().from(voluntaryContracts).where(eq(voluntaryContracts.stayId, stay.id)).get();
  if (!court && c.court !== undefined) refuse('court', 'Lượt này không có quyết định của Tòa án để sửa.');
  if (!management && c.issuer !== undefined) refuse('issuer', 'Lượt này không có quyết định giao quản lý để sửa.');
  if (!court && !management && c.decisionNumber !== undefined) refuse('decisionNumber', 'Lượt này không có quyết định nào để sửa.');
  if (!contract && (c.contractNumber !== undefined || c.payer !== undefined || c.priorityGroup !== undefined)) {
    const field = c.contractNumber !== undefined ? 'contractNumber' : c.payer !== undefined ? 'payer' : 'priorityGroup';
    refuse(field, 'Lượt này không có hợp đồng cai nghiện tự nguyện để sửa.');
  }

  const current = {
    court: court?.court,
    decisionNumber: court?.decisionNumber ?? management?.decisionNumber,
    issuer: management?.issuer,
    contractNumber: contract?.contractNumber,
    payer: contract?.payer,
    priorityGroup: contract?.priorityGroup,
  };
  const next = {
    court: c.court ?? current.court,
    decisionNumber: c.decisionNumber ?? current.decisionNumber,
    issuer: c.issuer ?? current.issuer,
    contractNumber: c.contractNumber ?? current.contractNumber,
    payer: c.payer ?? current.payer,
    priorityGroup: c.priorityGroup === undefined ? current.priorityGroup : blankToNull(c.priorityGroup),
  };
  const changed = changedFields(current, next);
  if (changed.length === 0) throw new AppError('invalid_input', 'Không có thông tin nào thay đổi so với hồ sơ: sửa ít nhất một mục.');

  if (court) {
    ctx.db
      .update(courtDecisions)
      .set({ court: next.court ?? court.court, decisionNumber: next.decisionNumber ?? court.decisionNumber })
      .where(eq(courtDecisions.id, court.id))
      .run();
  }
  if (management) {
    ctx.db
      .update(managementDecisions)
      .set({ decisionNumber: next.decisionNumber ?? management.decisionNumber, issuer: next.issuer ?? management.issuer })
      .where(eq(managementDecisions.id, management.id))
      .run();
  }
  if (contract) {
    ctx.db
      .update(voluntaryContracts)
      .set({ contractNumber: next.contractNumber ?? contract.contractNumber, payer: next.payer ?? contract.payer, priorityGroup: next.priorityGroup ?? null })
      .where(eq(voluntaryContracts.id, contract.id))
      .run();
  }
  ctx.audit({ entity: 'stay', entityId: stay.id, before: pick(current, changed), after: pick(next, changed), reason: input.reason });
  return { stayId: stay.id, changed };
}
