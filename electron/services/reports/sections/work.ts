import type Database from 'better-sqlite3';
import type { FigureDims } from '../../../../shared/contract/reports';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { DateRange } from '../../../../shared/domain/report-period';
import { roundHours } from '../../../../shared/domain/work-caps';
import { depositSums, effectiveWorkLines, workFigures } from '../../work/figures';
import type { DrillHit, ReportSectionModule } from '../types';
import { figure } from './rows';

const workKeys = ['work.participants', 'work.workdays', 'work.hours', 'work.output', 'work.earnings', 'work.handedIn', 'work.balanceHeld'] as const;
type WorkKey = (typeof workKeys)[number];
const isWorkKey = (key: FigureKey): key is WorkKey => (workKeys as readonly FigureKey[]).includes(key);

const roundQuantity = (q: number) => Math.round(q * 1000) / 1000;

/** Each resident's share of an output figure, over the same effective lines work.figures sums. */
const outputSql: Record<'work.participants' | 'work.workdays' | 'work.hours' | 'work.output', string> = {
  'work.participants': `SELECT stay_id AS stayId, NULL AS date, NULL AS detail, NULL AS value FROM e GROUP BY stay_id`,
  'work.workdays': `SELECT stay_id AS stayId, NULL AS date, NULL AS detail, count(DISTINCT work_on) AS value
    FROM e WHERE hours > 0 GROUP BY stay_id`,
  'work.hours': `SELECT stay_id AS stayId, NULL AS date, NULL AS detail, sum(hours) AS value
    FROM e GROUP BY stay_id HAVING sum(hours) <> 0`,
  'work.output': `SELECT e.stay_id AS stayId, NULL AS date, p.name AS detail, sum(e.quantity) AS value
    FROM e JOIN products p ON p.id = e.product_id WHERE @productId IS NULL OR e.product_id = @productId
    GROUP BY e.stay_id, e.product_id HAVING sum(e.quantity) <> 0`,
};

/** Each resident's share of a money figure: the same sums, per deposit account. */
const moneyColumn = { 'work.earnings': depositSums.earnings, 'work.handedIn': depositSums.handedIn, 'work.balanceHeld': depositSums.balance } as const;

function drillWork(sqlite: Database.Database, range: DateRange, key: WorkKey, dims: FigureDims): DrillHit[] {
  const p = { from: range.from, to: range.to };
  if (key in moneyColumn) {
    const k = key as keyof typeof moneyColumn;
    // The balance needs every line up to the end; the period's sums only the period's lines.
    const since = k === 'work.balanceHeld' ? '' : 'AND line_on >= @from';
    return sqlite
      .prepare(
        `SELECT stay_id AS stayId, NULL AS date, NULL AS detail, ${moneyColumn[k]} AS value
         FROM deposit_lines WHERE line_on <= @to ${since} GROUP BY stay_id HAVING value <> 0 ORDER BY stay_id`,
      )
      .all(p) as DrillHit[];
  }
  const k = key as keyof typeof outputSql;
  const rows = sqlite
    .prepare(`WITH e AS (${effectiveWorkLines}) ${outputSql[k]} ORDER BY stayId`)
    .all(k === 'work.output' ? { ...p, productId: dims.itemId ?? null } : p) as DrillHit[];
  if (k === 'work.hours') return rows.map((r) => ({ ...r, value: roundHours(r.value ?? 0) }));
  if (k === 'work.output') return rows.map((r) => ({ ...r, value: roundQuantity(r.value ?? 0) }));
  return rows;
}

/**
 * Work therapy and the deposit accounts, as work.figures counts them: totals, and the output of each product
 * made in the period (quantities of different units are never added, so work.output has no total row).
 */
export const workSection: ReportSectionModule = {
  figures(sqlite, range) {
    const f = workFigures(sqlite, range);
    return [
      figure('work.participants', f.participants),
      figure('work.workdays', f.workdays),
      figure('work.hours', f.hours),
      ...f.products.filter((p) => p.quantity !== 0).map((p) => figure('work.output', p.quantity, { itemId: p.productId }, { name: p.name, unit: p.unit })),
      figure('work.earnings', f.earningsCreditedDong),
      figure('work.handedIn', f.handedInDong),
      figure('work.balanceHeld', f.balanceHeldDong),
    ];
  },
  drill(sqlite, range, key, dims) {
    return isWorkKey(key) ? drillWork(sqlite, range, key, dims) : null;
  },
};
