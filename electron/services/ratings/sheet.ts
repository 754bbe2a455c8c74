import type { MethodOutput } from '../../../shared/contract';
import { addMonthsToMonth } from '../../../shared/domain/ratings';
import type { Ctx } from '../../router/types';
import { teamName, teamStaysInMonth } from './membership';
import { monthConfirmation, ratingScale } from './scale';

/** A team's sheet for a month, with each member's two previous grades (oldest first) to show the trend. */
export function ratingSheet(ctx: Ctx, input: { teamId: number; month: string }): MethodOutput<'ratings.sheet'> {
  const { sqlite } = ctx;
  teamName(sqlite, input.teamId);
  const stays = teamStaysInMonth(sqlite, input.teamId, input.month);
  const months = [addMonthsToMonth(input.month, -2), addMonthsToMonth(input.month, -1), input.month];
  const ratingOf = sqlite.prepare('SELECT month, grade, note FROM ratings WHERE stay_id = ? AND month IN (?, ?, ?)');
  const rows = stays.map((s) => {
    const rated = ratingOf.all(s.stayId, ...months) as { month: string; grade: string; note: string | null }[];
    const at = (month: string) => rated.find((r) => r.month === month);
    return {
      ...s,
      grade: at(input.month)?.grade ?? null,
      note: at(input.month)?.note ?? null,
      previous: months.slice(0, 2).map((month) => ({ month, grade: at(month)?.grade ?? null })),
    };
  });
  return { month: input.month, scale: ratingScale(sqlite), confirmed: monthConfirmation(sqlite, input.month), rows };
}
