import type { FigureDims, FigureRow, ReportPeriodInput } from '../../../shared/contract/reports';
import { reportFigures, type FigureKey, type ReportColumn, type ReportSection } from '../../../shared/domain/report-figures';
import type { DateRange } from '../../../shared/domain/report-period';
import type { StayKind } from '../../../shared/domain/vocabulary';

export type Sex = 'male' | 'female';

/** One figure of a section: its total row (when the back end gives one) and its slices (reason, grade, trade…). */
export interface FigureGroup {
  key: FigureKey;
  total: FigureRow | null;
  parts: FigureRow[];
}

const hasDims = (dims: FigureDims) => Object.values(dims).some((v) => v !== undefined);

/** The rows of a section, grouped by figure in the catalogue's order (the order of DOMAIN.md §9). */
export function sectionGroups(rows: readonly FigureRow[], section: ReportSection): FigureGroup[] {
  const groups = new Map<FigureKey, FigureGroup>();
  for (const key of Object.keys(reportFigures) as FigureKey[]) {
    if (reportFigures[key].section === section) groups.set(key, { key, total: null, parts: [] });
  }
  for (const row of rows) {
    const group = groups.get(row.key);
    if (!group) continue;
    if (hasDims(row.dims)) group.parts.push(row);
    else group.total = row;
  }
  return [...groups.values()].filter((g) => g.total || g.parts.length > 0);
}

/**
 * A figure's value in a column when the back end sent no total row: the sum of its slices, except for quantities
 * of different products (kg and pieces do not add up).
 */
export function groupValue(group: FigureGroup, column: ReportColumn): number | null {
  if (group.total) return group.total.values[column];
  if (reportFigures[group.key].unit === 'quantity') return null;
  const values = group.parts.map((p) => p.values[column]);
  return values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

export const headcountKeys = ['headcount.start', 'headcount.admitted', 'headcount.left', 'headcount.end', 'headcount.turns'] as const;
export type HeadcountKey = (typeof headcountKeys)[number];

/**
 * A headcount cell of the current period: the row with exactly these dims, else the sum of the kind × sex rows
 * that fall in it, so the table is whole whichever level of detail the back end sends.
 */
export function headcountValue(rows: readonly FigureRow[], key: HeadcountKey, kind?: StayKind, sex?: Sex): number {
  const same = (a: string | undefined, b: string | undefined) => a === b;
  const exact = rows.find((r) => r.key === key && same(r.dims.kind, kind) && same(r.dims.sex, sex) && !r.dims.code && !r.dims.itemId);
  if (exact) return exact.values.current ?? 0;
  return rows
    .filter((r) => r.key === key && r.dims.kind && r.dims.sex && (!kind || r.dims.kind === kind) && (!sex || r.dims.sex === sex))
    .reduce((a, r) => a + (r.values.current ?? 0), 0);
}

/** The period a comparison column's drill-down asks for: the report's own, or that column's range as a custom one. */
export function columnPeriod(period: ReportPeriodInput, column: ReportColumn, columns: readonly { column: ReportColumn; range: DateRange }[]): ReportPeriodInput {
  if (column === 'current') return period;
  const range = columns.find((c) => c.column === column)?.range;
  return range ? { kind: 'custom', from: range.from, to: range.to } : period;
}

/** A figure row's identity (its key and slice), for React keys. */
export function rowId(row: { key: FigureKey; dims: FigureDims }): string {
  const d = row.dims;
  return [row.key, d.kind ?? '', d.sex ?? '', d.code ?? '', d.itemId ?? ''].join('|');
}
