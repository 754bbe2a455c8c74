import type { FigureDims } from '../../../shared/contract/reports';
import { addDays } from '../../../shared/domain/dates';
import type { DateRange } from '../../../shared/domain/report-period';
import { vnDayStart } from '../movements/append';

/**
 * A range of inclusive Vietnamese calendar dates as instants: from Vietnam's midnight that begins `from` (included)
 * to the midnight that ends `to` (excluded), so a movement at 23:59:59 on the last day is inside.
 */
export interface Instants {
  start: string;
  end: string;
}

export function rangeInstants(range: DateRange): Instants {
  return { start: vnDayStart(range.from), end: vnDayStart(addDays(range.to, 1)) };
}

/** The smallest range covering them all. */
export function spanOf(ranges: DateRange[]): DateRange {
  return ranges.reduce((a, r) => ({ from: r.from < a.from ? r.from : a.from, to: r.to > a.to ? r.to : a.to }));
}

/** A stable key of a figure row: key plus its dims in a fixed order. */
export function rowKey(key: string, dims: FigureDims): string {
  return `${key}|${dims.kind ?? ''}|${dims.sex ?? ''}|${dims.code ?? ''}|${dims.itemId ?? ''}`;
}

/** Whether the dims of a request select this slice (an absent field matches all). */
export function dimsMatch(want: FigureDims, kind: string, sex: string): boolean {
  return (want.kind === undefined || want.kind === kind) && (want.sex === undefined || want.sex === sex);
}
