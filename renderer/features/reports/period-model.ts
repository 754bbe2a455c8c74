import type { ReportPeriodInput } from '../../../shared/contract/reports';
import { addDays, formatDateVN } from '../../../shared/domain/dates';
import { required } from '../../components/form-values';
import { periodRange, type PeriodConvention, type PeriodKind } from '../../../shared/domain/report-period';

/** The period picker's fields: every kind's own fields are kept, so switching kind and back loses nothing. */
export interface PeriodForm {
  kind: PeriodKind;
  convention: PeriodConvention;
  year: number;
  month: number;
  quarter: number;
  half: number;
  /** YYYY-MM-DD, or null while the date typed is not yet a real one. */
  from: string | null;
  to: string | null;
}

/**
 * The last month whose period has ended by `today`: under the calendar convention the month before; under the
 * 15th–14th cut-off the current month once its 14th has passed (so on 15/11 the report of 15/10–14/11 is due).
 */
export function lastCompletedMonth(today: string, convention: PeriodConvention): { year: number; month: number } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const day = Number(today.slice(8, 10));
  const back = convention === 'cutoff15' && day >= 15 ? 0 : 1;
  return month - back < 1 ? { year: year - 1, month: 12 } : { year, month: month - back };
}

export function defaultForm(today: string, convention: PeriodConvention): PeriodForm {
  const { year, month } = lastCompletedMonth(today, convention);
  const range = periodRange({ kind: 'month', convention, year, month });
  return {
    kind: 'month',
    convention,
    year,
    month,
    quarter: Math.ceil(month / 3),
    half: month <= 6 ? 1 : 2,
    from: range.from,
    to: range.to,
  };
}

/** The contract's period for the form; dates still being typed go absent, for the back end to ask for them. */
export function periodOf(form: PeriodForm): ReportPeriodInput {
  const { convention, year } = form;
  switch (form.kind) {
    case 'month':
      return { kind: 'month', convention, year, month: form.month };
    case 'quarter':
      return { kind: 'quarter', convention, year, quarter: form.quarter };
    case 'half':
      return { kind: 'half', convention, year, half: form.half };
    case 'year':
      return { kind: 'year', convention, year };
    case 'custom':
      return { kind: 'custom', from: required(form.from), to: required(form.to) };
  }
}

/** The form fields the back end's issues name ("period.to"), so each message goes under its field. */
export const periodFields = ['period.year', 'period.month', 'period.quarter', 'period.half', 'period.from', 'period.to', 'period.convention'] as const;

/** "15/10/2026 – 14/11/2026", or null while a custom range is incomplete. */
export function rangeText(period: ReportPeriodInput): string | null {
  if (period.kind === 'custom' && (!period.from || !period.to)) return null;
  const { from, to } = periodRange(period);
  return `${formatDateVN(from)} – ${formatDateVN(to)}`;
}

/** Whether the period has ended by `today`: a report of a running period is still moving. */
export function periodEnded(period: ReportPeriodInput, today: string): boolean {
  if (period.kind === 'custom' && !period.to) return false;
  return periodRange(period).to <= addDays(today, -1);
}
