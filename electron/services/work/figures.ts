import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { ProductUnit } from '../../../shared/domain/vocabulary';
import { roundHours } from '../../../shared/domain/work-caps';
import { AppError } from '../../../shared/errors';
import type { Input } from '../training/input';

/** Output lines of the period not cancelled (a reversal sits on its line's stay and day, found by that index). */
const effective = `SELECT w.* FROM work_lines w WHERE w.work_on BETWEEN @from AND @to AND w.reverses_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM work_lines x WHERE x.stay_id = w.stay_id AND x.work_on = w.work_on AND x.reverses_id = w.id)`;

/**
 * The period's figures for the report: participants (stays with effective lines), workdays (stay × day with
 * hours), hours, output by product, earnings credited and money handed in (deposit lines dated in the period) and
 * the balance held at its end (every deposit line up to `to`).
 */
export function workFigures(sqlite: Database.Database, input: Input<'work.figures'>): MethodOutput<'work.figures'> {
  if (input.to < input.from) {
    throw new AppError('invalid_input', `Đến ngày ${formatDateVN(input.to)} trước từ ngày ${formatDateVN(input.from)}.`, { field: 'to' });
  }
  const p = { from: input.from, to: input.to };
  const totals = sqlite
    .prepare(
      `WITH e AS (${effective})
       SELECT count(DISTINCT stay_id) AS participants, coalesce(sum(hours), 0) AS hours,
              (SELECT count(*) FROM (SELECT DISTINCT stay_id, work_on FROM e WHERE hours > 0)) AS workdays FROM e`,
    )
    .get(p) as { participants: number; hours: number; workdays: number };
  const products = sqlite
    .prepare(
      `WITH e AS (${effective})
       SELECT p.id AS productId, p.name, p.unit, sum(e.quantity) AS quantity, sum(e.amount_dong) AS amountDong
       FROM e JOIN products p ON p.id = e.product_id GROUP BY p.id`,
    )
    .all(p) as { productId: number; name: string; unit: ProductUnit; quantity: number; amountDong: number }[];
  const money = sqlite
    .prepare(
      `SELECT coalesce(sum(CASE WHEN kind = 'earning' AND line_on >= @from THEN amount_dong END), 0) AS earnings,
              coalesce(sum(CASE WHEN kind = 'handed_in' AND line_on >= @from THEN amount_dong END), 0) AS handedIn,
              coalesce(sum(amount_dong), 0) AS balance
       FROM deposit_lines WHERE line_on <= @to`,
    )
    .get(p) as { earnings: number; handedIn: number; balance: number };
  return {
    participants: totals.participants,
    workdays: totals.workdays,
    hours: roundHours(totals.hours),
    products: products.map((r) => ({ ...r, quantity: Math.round(r.quantity * 1000) / 1000 })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    earningsCreditedDong: money.earnings,
    handedInDong: money.handedIn,
    balanceHeldDong: money.balance,
  };
}
