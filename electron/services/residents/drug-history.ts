import { drugHistoryFields, mayReadDrugHistory } from '../../../shared/contract/roles';
import type { Ctx } from '../../router/types';

const mayRead = (ctx: Ctx) => ctx.user !== null && mayReadDrugHistory(ctx.user.role);

/** Spread over a person's details: the drug history emptied for a role that may not read it. */
export function drugHistoryMask(ctx: Ctx): Partial<Record<(typeof drugHistoryFields)[number], null>> {
  return mayRead(ctx) ? {} : { drugsUsed: null, yearsOfUse: null, previousRehabCount: null };
}

/** A correction of the drug history still shows that it happened, without its values, to such a role. */
export function maskDrugHistoryChanges<C extends { field: string; before: unknown; after: unknown }>(ctx: Ctx, changes: C[]): C[] {
  if (mayRead(ctx)) return changes;
  const hidden = new Set<string>(drugHistoryFields);
  return changes.map((c) => (hidden.has(c.field) ? { ...c, before: null, after: null } : c));
}
