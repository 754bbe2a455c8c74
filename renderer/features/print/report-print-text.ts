import type { TFunction } from 'i18next';
import type { FigureRow, ReportPeriodInput } from '../../../shared/contract/reports';
import { periodRange } from '../../../shared/domain/report-period';
import { formatDateVN } from '../../format/format';

/** The subject line under BÁO CÁO: what the report covers and its exact dates. */
export function reportSubject(t: TFunction, p: ReportPeriodInput): string {
  const { from, to } = periodRange(p);
  const dates = { from: formatDateVN(from), to: formatDateVN(to) };
  if (p.kind === 'custom') return t('reportPrint.subjectCustom', dates);
  return t('reportPrint.subject', { period: periodName(t, p), ...dates });
}

function periodName(t: TFunction, p: Exclude<ReportPeriodInput, { kind: 'custom' }>): string {
  switch (p.kind) {
    case 'month':
      return t('reportPrint.period.month', { month: p.month, year: p.year });
    case 'quarter':
      return t('reportPrint.period.quarter', { quarter: roman(p.quarter), year: p.year });
    case 'half':
      return t(p.half === 1 ? 'reportPrint.period.half1' : 'reportPrint.period.half2', { year: p.year });
    case 'year':
      return t('reportPrint.period.year', { year: p.year });
  }
}

/** Roman numerals, as administrative documents number quarters and the parts of a report (I, II … XIII). */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * What one row of a figure is about, beside the figure's own label: the kind of stay and sex of a headcount, the
 * reason or status of a code, the trade or product of an item; null for the figure's total.
 */
export function rowDetail(t: TFunction, r: FigureRow): string | null {
  const parts: string[] = [];
  if (r.dims.kind) parts.push(t(`stayKind.${r.dims.kind}`));
  if (r.dims.sex) parts.push(t(`sex.${r.dims.sex}`));
  if (r.itemName) parts.push(r.itemUnit ? `${r.itemName} (${r.itemUnit})` : r.itemName);
  else if (r.dims.code) parts.push(codeLabel(t, r.key, r.dims.code));
  return parts.length > 0 ? parts.join(', ') : null;
}

function codeLabel(t: TFunction, key: FigureRow['key'], code: string): string {
  switch (key) {
    case 'departures.reason':
      return t(`profile.dischargeReasons.${code}` as 'profile.dischargeReasons.completed', { defaultValue: code });
    case 'outside.end':
      return t(`stayState.${code}` as 'stayState.present', { defaultValue: code });
    case 'ratings.grade':
      return t(`reports.grade.${code}` as 'reports.grade.tot', { defaultValue: code });
    default:
      return code;
  }
}
