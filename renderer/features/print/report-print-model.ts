import type { FigureDims, FigureRow } from '../../../shared/contract/reports';
import type { MethodOutput } from '../../../shared/contract';
import { figureKeys, reportColumns, reportFigures, type FigureKey, type ReportSection } from '../../../shared/domain/report-figures';
import type { StayKind } from '../../../shared/domain/vocabulary';

export type ReportFigures = MethodOutput<'reports.figures'>;
type Sex = NonNullable<FigureDims['sex']>;

const sameDims = (a: FigureDims, b: FigureDims) =>
  a.kind === b.kind && a.sex === b.sex && a.code === b.code && a.itemId === b.itemId;

const noValues = () => Object.fromEntries(reportColumns.map((c) => [c, null])) as FigureRow['values'];

/**
 * The rows the paper prints. A finalised report prints the figures as finalised (its own column), beside today's
 * comparison columns, which the finalising did not store; a draft prints today's figures.
 */
export function printedRows(report: ReportFigures): FigureRow[] {
  if (!report.final) return report.figures;
  return report.final.figures.map((f) => {
    const live = report.figures.find((r) => r.key === f.key && r.itemName === f.itemName && sameDims(r.dims, f.dims));
    return { key: f.key, dims: f.dims, itemName: f.itemName, itemUnit: f.itemUnit, values: { ...(live?.values ?? noValues()), current: f.value } };
  });
}

/** Whether a headcount row is split by kind of stay or sex: those make the balance table, not the content table. */
const isSplit = (r: FigureRow) => r.dims.kind !== undefined || r.dims.sex !== undefined;

/** The rows of one section of the content tables, in the catalogue's order. */
export function sectionRows(rows: readonly FigureRow[], section: ReportSection): FigureRow[] {
  const order = (k: FigureKey) => figureKeys.indexOf(k);
  return rows
    .filter((r) => reportFigures[r.key].section === section && !(section === 'headcount' && isSplit(r)))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order(a.r.key) - order(b.r.key) || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * A cell of the balance table (the period's own column): the row for exactly that kind and sex if the report has
 * one, else the sum of the kind × sex rows it covers, so a total is never missing because only its parts came.
 */
export function headcountValue(rows: readonly FigureRow[], key: FigureKey, kind?: StayKind, sex?: Sex): number {
  const want: FigureDims = { ...(kind ? { kind } : {}), ...(sex ? { sex } : {}) };
  const exact = rows.find((r) => r.key === key && r.dims.code === undefined && r.dims.itemId === undefined && sameDims(r.dims, want));
  if (exact) return exact.values.current ?? 0;
  return rows
    .filter((r) => r.key === key && r.dims.kind !== undefined && r.dims.sex !== undefined && (!kind || r.dims.kind === kind) && (!sex || r.dims.sex === sex))
    .reduce((s, r) => s + (r.values.current ?? 0), 0);
}

/** The figures the paper shows, once each in the catalogue's order, for the notes that say what each counts. */
export function printedKeys(rows: readonly FigureRow[]): FigureKey[] {
  const present = new Set(rows.map((r) => r.key));
  return figureKeys.filter((k) => present.has(k));
}
