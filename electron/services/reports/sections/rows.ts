import type { FigureDims } from '../../../../shared/contract/reports';
import type { FigureKey } from '../../../../shared/domain/report-figures';
import type { FigureValue } from '../types';

/** A figure's row: the total when no dims are given, else one slice of it (a grade, a trade, a product). */
export function figure(key: FigureKey, value: number, dims: FigureDims = {}, item: { name?: string; unit?: string } = {}): FigureValue {
  return { key, dims, itemName: item.name ?? null, itemUnit: item.unit ?? null, value };
}
