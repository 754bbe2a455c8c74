import type { MethodOutput } from '../../../shared/contract';
import { stayKinds, type StayKind } from '../../../shared/domain/vocabulary';

type Overview = MethodOutput<'reports.overview'>;

export interface Count {
  present: number;
  away: number;
}

export interface HeadcountGrid {
  /** The areas that hold someone today, in the register's order, then "no bed" (null) if anyone has none. */
  columns: { areaId: number | null; code: string; name: string }[];
  /** Kinds of stay with someone on the books today, in the vocabulary's order. */
  rows: { kind: StayKind; cells: Count[]; total: Count }[];
  columnTotals: Count[];
  total: Count;
}

const zero = (): Count => ({ present: 0, away: 0 });
const add = (a: Count, b: Count): Count => ({ present: a.present + b.present, away: a.away + b.away });

/** Today's headcount as a table of kind of stay × area, with the totals of each row and column. */
export function headcountGrid(o: Overview): HeadcountGrid {
  const used = new Set(o.cells.filter((c) => c.present + c.away > 0).map((c) => c.areaId));
  const columns: HeadcountGrid['columns'] = o.areas.filter((a) => used.has(a.areaId)).map((a) => ({ areaId: a.areaId, code: a.code, name: a.name }));
  if (used.has(null)) columns.push({ areaId: null, code: '', name: '' });
  const at = (kind: StayKind, areaId: number | null): Count =>
    o.cells.filter((c) => c.kind === kind && c.areaId === areaId).reduce<Count>((s, c) => add(s, c), zero());
  const rows = stayKinds
    .map((kind) => {
      const cells = columns.map((col) => at(kind, col.areaId));
      return { kind, cells, total: cells.reduce(add, zero()) };
    })
    .filter((r) => r.total.present + r.total.away > 0);
  const columnTotals = columns.map((_, i) => rows.reduce((s, r) => add(s, r.cells[i] ?? zero()), zero()));
  return { columns, rows, columnTotals, total: columnTotals.reduce(add, zero()) };
}
