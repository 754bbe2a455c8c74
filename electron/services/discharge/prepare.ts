import type { MethodOutput } from '../../../shared/contract';
import { reasonOptions } from '../../../shared/domain/discharge-rules';
import type { Ctx } from '../../router/types';
import { balanceOf } from '../deposit/ledger';
import { dischargeFacts } from './facts';
import { settlementItems } from './items';
import { roadMealRule } from './record';
import { loadStay, staySummary } from './stay';

/** What the discharge screen needs today, from the same rules discharge.record applies. */
export function prepareDischarge(ctx: Ctx, stayId: number): MethodOutput<'discharge.prepare'> {
  const today = ctx.today();
  const stay = loadStay(ctx.sqlite, stayId);
  const facts = dischargeFacts(ctx.sqlite, stay, today);
  const { dongPerDay, maxDays, citation } = roadMealRule(ctx, today);
  return {
    stay: staySummary(stay, facts.isMinor),
    reasons: reasonOptions(facts, today),
    items: settlementItems(ctx.sqlite, stay.id),
    roadMeals: { dongPerDay, maxDays, citation },
    depositBalanceDong: balanceOf(ctx.sqlite, stay.id),
  };
}
