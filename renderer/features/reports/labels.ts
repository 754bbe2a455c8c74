import { useTranslation } from 'react-i18next';
import type { FigureRow } from '../../../shared/contract/reports';
import { reportFigures, type FigureKey } from '../../../shared/domain/report-figures';

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** Which word list a figure's `dims.code` is drawn from (a discharge reason, a census status, a rating grade). */
const codeGroups: Partial<Record<FigureKey, string>> = {
  'departures.reason': 'profile.dischargeReasons',
  'outside.end': 'stayState',
  'ratings.grade': 'reports.grade',
};

/** Words of the report: each figure's label and definition, its unit, and the name of a slice (kind, sex, reason…). */
export function useFigureText() {
  const { t: typed, i18n } = useTranslation();
  const t = typed as unknown as Loose;
  const known = (key: string) => i18n.exists(key);
  const label = (key: FigureKey) => t(`reports.figure.${key}`);
  const definition = (key: FigureKey) => (known(`reports.definition.${key}`) ? t(`reports.definition.${key}`) : t('reports.noDefinition'));
  const code = (key: FigureKey, value: string) => {
    const group = codeGroups[key];
    return group && known(`${group}.${value}`) ? t(`${group}.${value}`) : value;
  };
  /** A slice's own name, as it shows under its figure: "Nam", "Tự nguyện", "Chấp hành xong…", "May mặc (cái)". */
  const part = (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>) => {
    const bits: string[] = [];
    if (row.dims.kind) bits.push(t(`stayKind.${row.dims.kind}`));
    if (row.dims.sex) bits.push(t(`sex.${row.dims.sex}`));
    // The back end names a trade, a product or a grade of the facility's own scale; a bare code is translated here.
    if (row.itemName) bits.push(row.itemUnit ? `${row.itemName} (${row.itemUnit})` : row.itemName);
    else if (row.dims.code) bits.push(code(row.key, row.dims.code));
    return bits.join(', ');
  };
  /** The figure and its slice in one line, for a drill-down title or the differences table. */
  const full = (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>) => {
    const slice = part(row);
    return slice ? `${label(row.key)}: ${slice}` : label(row.key);
  };
  const unit = (key: FigureKey, itemUnit?: string | null) => itemUnit ?? t(`reports.units.${reportFigures[key].unit}`);
  return { label, definition, part, full, unit, code };
}
