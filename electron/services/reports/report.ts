import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { figureKeys, reportColumns, type ReportColumn } from '../../../shared/domain/report-figures';
import {
  includesYearEndFields,
  periodRange,
  previousPeriod,
  reportYear,
  samePeriodLastYear,
  yearToDate,
  type DateRange,
  type ReportPeriod,
} from '../../../shared/domain/report-period';
import { areasChart, weeklyChart } from './charts';
import { capacities, computeColumns, type ColumnResult } from './engine';
import { finalOf } from './finals';
import { rowKey } from './instants';
import type { FigureValue } from './types';
import { yearEndValues } from './year-end';

type FiguresOutput = MethodOutput<'reports.figures'>;

/** The period's own range and, when comparing, the previous period, the same period last year and the year to date. */
export function reportRanges(period: ReportPeriod, compare: boolean): { column: ReportColumn; range: DateRange }[] {
  const current = { column: 'current' as const, range: periodRange(period) };
  if (!compare) return [current];
  return [
    current,
    { column: 'previous', range: periodRange(previousPeriod(period)) },
    { column: 'lastYear', range: periodRange(samePeriodLastYear(period)) },
    { column: 'yearToDate', range: yearToDate(period) },
  ];
}

/** Rows matched across columns by key and dims (a row missing from a column counts 0 there), in catalogue order. */
function layOut(columns: { column: ReportColumn; result: ColumnResult }[]): FiguresOutput['figures'] {
  const rows = new Map<string, FiguresOutput['figures'][number]>();
  const empty = Object.fromEntries(reportColumns.map((c) => [c, null])) as Record<ReportColumn, number | null>;
  for (const { result } of columns) {
    for (const f of result.figures) {
      const k = rowKey(f.key, f.dims);
      if (!rows.has(k)) {
        const values = { ...empty };
        for (const c of columns) values[c.column] = 0;
        rows.set(k, { key: f.key, dims: f.dims, itemName: f.itemName, itemUnit: f.itemUnit, values });
      }
    }
  }
  for (const { column, result } of columns) for (const f of result.figures) rows.get(rowKey(f.key, f.dims))!.values[column] = f.value;
  const order = new Map(figureKeys.map((k, i) => [k, i]));
  return [...rows.values()].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

function problemsOf(sqlite: Database.Database, result: ColumnResult): FiguresOutput['balance']['problems'] {
  if (result.problems.length === 0) return [];
  const names = sqlite
    .prepare(
      `SELECT s.id, p.full_name AS fullName, s.file_number AS fileNumber
       FROM json_each(?) j JOIN stays s ON s.id = j.value JOIN persons p ON p.id = s.person_id`,
    )
    .all(JSON.stringify(result.problems.map((p) => p.stayId))) as { id: number; fullName: string; fileNumber: string }[];
  const byId = new Map(names.map((n) => [n.id, n]));
  return result.problems
    .map((p) => ({ ...p, fullName: byId.get(p.stayId)?.fullName ?? '', fileNumber: byId.get(p.stayId)?.fileNumber ?? '' }))
    .sort((a, b) => a.fileNumber.localeCompare(b.fileNumber));
}

/** The period's own figures only, as finalised and compared. */
export function currentFigures(sqlite: Database.Database, period: ReportPeriod): { figures: FigureValue[]; problems: number } {
  const [result] = computeColumns(sqlite, [periodRange(period)]);
  return { figures: result!.figures, problems: result!.problems.length };
}

export function buildReport(sqlite: Database.Database, period: ReportPeriod, compare: boolean): FiguresOutput {
  const ranges = reportRanges(period, compare);
  const results = computeColumns(
    sqlite,
    ranges.map((r) => r.range),
  );
  const columns = ranges.map((r, i) => ({ column: r.column, result: results[i]! }));
  const current = results[0]!;
  const { designCapacity } = capacities(sqlite);
  return {
    range: ranges[0]!.range,
    columns: ranges,
    figures: layOut(columns),
    balance: { holds: current.problems.length === 0, problems: problemsOf(sqlite, current) },
    charts: {
      daily: current.facts.daily.map((d) => ({ ...d, designCapacity })),
      weekly: weeklyChart(current.facts),
      areas: areasChart(sqlite, current.facts),
    },
    final: finalOf(sqlite, ranges[0]!.range, current.figures),
    yearEnd: includesYearEndFields(period) ? yearEndValues(sqlite, reportYear(period)) : null,
  };
}
