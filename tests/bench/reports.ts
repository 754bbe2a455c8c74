import type Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend';
import type { MethodOutput } from '../../shared/contract';
import { vnInstantOf } from '../../shared/domain/census';
import { addDays, vnDate } from '../../shared/domain/dates';
import { periodRange, type ReportPeriod } from '../../shared/domain/report-period';
import { count, medianOf, ms } from './measure';

/**
 * The head's report on the 10-year demo (DOMAIN.md §9, §11) through the router ('reports.figures': every section,
 * the charts, the balance and the output check): a month on its own, the same month with its three comparison
 * columns (the year to date reads eleven months of work lines), and a year; each against one hand-written SQL
 * aggregate of the same headcount figures (on the books at the start, admitted, left, on the books at the end, by
 * kind of stay and sex, from the effective admission and discharge movements). The target for a month is under
 * 300 ms.
 */
const MONTH_TARGET_MS = 300;

const headcountSql = `
  WITH eff AS (
    SELECT m.stay_id, m.type, m.occurred_at AS at FROM movements m
    WHERE m.type IN ('admitted', 'discharged')
      AND m.id NOT IN (SELECT reverses_id FROM movements WHERE type = 'reversal' AND reverses_id IS NOT NULL)
  ), per AS (
    SELECT stay_id,
      max(type = 'admitted' AND at < @start) - max(type = 'discharged' AND at < @start) AS startOn,
      sum(type = 'admitted' AND at >= @start AND at < @end) AS admitted,
      sum(type = 'discharged' AND at >= @start AND at < @end) AS left_,
      max(type = 'admitted' AND at < @end) - max(type = 'discharged' AND at < @end) AS endOn
    FROM eff GROUP BY stay_id
  )
  SELECT s.kind, p.sex, sum(startOn) AS start, sum(admitted) AS admitted, sum(left_) AS left_, sum(endOn) AS end_
  FROM per JOIN stays s ON s.id = per.stay_id JOIN persons p ON p.id = s.person_id
  GROUP BY s.kind, p.sex`;

interface HeadcountRow {
  kind: string;
  sex: string;
  start: number;
  admitted: number;
  left_: number;
  end_: number;
}

export function benchReports(backend: Backend, raw: Database.Database, token: string, runs: number, rows: string[][]): boolean {
  const today = vnDate(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
  const monthPeriod: ReportPeriod = { kind: 'month', convention: 'calendar', ...month };
  const monthLabel = `${String(month.month).padStart(2, '0')}/${month.year}`;
  const cases: [string, ReportPeriod, boolean][] = [
    [`Báo cáo tháng / month report ${monthLabel}, chỉ kỳ này / own column`, monthPeriod, false],
    [`Báo cáo tháng / month report ${monthLabel} + kỳ trước, cùng kỳ, lũy kế / + 3 comparison columns`, monthPeriod, true],
    [`Báo cáo năm / year report ${y - 1} + kỳ trước, cùng kỳ, lũy kế / + comparison columns`, { kind: 'year', convention: 'calendar', year: y - 1 }, true],
  ];
  const aggregate = raw.prepare(headcountSql);
  let allSame = true;
  for (const [label, period, compare] of cases) {
    const report = () => {
      const r = backend.router.call('reports.figures', { period, compare }, token);
      if (!r.ok) throw new Error(`reports.figures: ${r.error.message}`);
      return r.data as MethodOutput<'reports.figures'>;
    };
    const { from, to } = periodRange(period);
    const bounds = { start: vnInstantOf(from, '00:00'), end: vnInstantOf(addDays(to, 1), '00:00') };
    const byHand = () => aggregate.all(bounds) as HeadcountRow[];
    const routed = report();
    const total = (key: string) => routed.figures.find((f) => f.key === key && Object.keys(f.dims).length === 0)?.values.current ?? NaN;
    const hand = byHand().reduce(
      (a, r) => ({ start: a.start + r.start, admitted: a.admitted + r.admitted, left: a.left + r.left_, end: a.end + r.end_ }),
      { start: 0, admitted: 0, left: 0, end: 0 },
    );
    const mine = { start: total('headcount.start'), admitted: total('headcount.admitted'), left: total('headcount.left'), end: total('headcount.end') };
    const same = routed.balance.holds && (Object.keys(hand) as (keyof typeof hand)[]).every((k) => hand[k] === mine[k]);
    allSame &&= same;
    const tRouter = medianOf(report, runs);
    const tRaw = medianOf(byHand, runs);
    const target = period.kind === 'month' ? ` (mục tiêu / target < ${MONTH_TARGET_MS} ms: ${tRouter < MONTH_TARGET_MS ? 'đạt / met' : 'CHƯA ĐẠT / MISSED'})` : '';
    rows.push([
      `${label}${target}`,
      ms(tRouter),
      ms(tRaw),
      `×${ms(tRouter / tRaw)}`,
      `${count(mine.start)}+${count(mine.admitted)}−${count(mine.left)}=${count(mine.end)} ${same ? '=' : '≠'} ${count(hand.end)}`,
    ]);
  }
  return allSame;
}
