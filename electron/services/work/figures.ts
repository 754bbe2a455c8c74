import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { formatDateVN } from '../../../shared/domain/dates';
import type { ProductUnit } from '../../../shared/domain/vocabulary';
import { roundHours } from '../../../shared/domain/work-caps';
import { AppError } from '../../../shared/errors';
import type { Input } from '../training/input';

/**
 * Output lines of the period not cancelled (a reversal sits on its line's stay and day, found by that index).
 * Exported with the money sums so the report's lists of residents (reports/sections/work.ts) add up to these figures.
 */
export const effectiveWorkLines = `SELECT w.* FROM work_lines w WHERE w.work_on BETWEEN @from AND @to AND w.reverses_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM work_lines x WHERE x.stay_id = w.stay_id AND x.work_on = w.work_on AND x.reverses_id = w.id)`;

/** Sums over `deposit_lines WHERE line_on <= @to`: earnings and money handed in dated in the period, the balance at its end. */
export const depositSums = {
  earnings: `coalesce(sum(CASE WHEN kind = 'earning' AND line_on >= @from THEN amount_dong END), 0)`,
  handedIn: `coalesce(sum(CASE WHEN kind = 'handed_in' AND line_on >= @from THEN amount_dong END), 0)`,
  balance: 'coalesce(sum(amount_dong), 0)',
};

/**
 * The period's figures for the report: participants (stays with effective lines), workdays (stay × day with
 * hours), hours, output by product, earnings credited and money handed in (deposit lines dated in the period) and
 * the balance held at its end (every deposit line up to `to`). Workdays, hours and output come from the daily sums
 * the triggers keep (db/schema/work-sums.ts), so a year costs the same as a month.
 */
export function workFigures(sqlite: Database.Database, input: Input<'work.figures'>): MethodOutput<'work.figures'> {
  if (input.to < input.from) {
    throw new AppError('invalid_input', `Đến ngày ${formatDateVN(input.to)} trước từ ngày ${formatDateVN(input.from)}.`, { field: 'to' });
  }
  const p = { from: input.from, to: input.to };
  // Participants: a seek per stay of the period on the (stay, day) index, stopping at its first effective line.
  const { participants } = sqlite
    .prepare(
      `SELECT count(*) AS participants FROM stays s
       WHERE s.admitted_on <= @to AND (s.discharged_on IS NULL OR s.discharged_on >= @from)
         AND EXISTS (SELECT 1 FROM (${effectiveWorkLines}) e WHERE e.stay_id = s.id)`,
    )
    .get(p) as { participants: number };
  const totals = sqlite
    .prepare('SELECT coalesce(sum(workdays), 0) AS workdays, coalesce(sum(hours), 0) AS hours FROM work_day_totals WHERE work_on BETWEEN @from AND @to')
    .get(p) as { hours: number; workdays: number };
  const byProduct = sqlite
    .prepare(
      `SELECT product_id AS productId, sum(quantity) AS quantity, sum(amount_dong) AS amountDong FROM work_product_days
       WHERE work_on BETWEEN @from AND @to GROUP BY product_id HAVING sum(lines) > 0`,
    )
    .all(p) as { productId: number; quantity: number; amountDong: number }[];
  const productRow = sqlite.prepare('SELECT name, unit FROM products WHERE id = ?');
  const products = byProduct.map((r) => ({ ...r, ...(productRow.get(r.productId) as { name: string; unit: ProductUnit }) }));
  const money = sqlite
    .prepare(
      `SELECT ${depositSums.earnings} AS earnings, ${depositSums.handedIn} AS handedIn, ${depositSums.balance} AS balance
       FROM deposit_lines WHERE line_on <= @to`,
    )
    .get(p) as { earnings: number; handedIn: number; balance: number };
  return {
    participants,
    workdays: totals.workdays,
    hours: roundHours(totals.hours),
    products: products.map((r) => ({ ...r, quantity: Math.round(r.quantity * 1000) / 1000 })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    earningsCreditedDong: money.earnings,
    handedInDong: money.handedIn,
    balanceHeldDong: money.balance,
  };
}
