import { ageOn, formatDateVN } from '../dates';
import { importFieldLabels as label } from './field-labels';
import type { Draft, RowReader } from './row-reader';
import type { ImportField, RowContext } from './types';

/** The row's dates against today, each other and the ages of the settings. */
export function checkDates(row: RowReader, s: Draft, cols: Partial<Record<ImportField, number>>, ctx: RowContext): void {
  const { today } = ctx;
  const at = (f: ImportField) => cols[f] ?? null;
  for (const f of ['birthDate', 'admittedOn', 'decisionDate', 'dischargedOn'] as const) {
    const d = s[f];
    if (d && d > today) row.error(at(f), f, 'future_date', `${label[f]} ${formatDateVN(d)} ở tương lai`);
  }
  if (!s.birthDate && s.birthYear && s.birthYear > Number(today.slice(0, 4))) {
    row.error(at('birthYear'), 'birthYear', 'future_date', `${label.birthYear} ${s.birthYear} ở tương lai`);
  }
  if (!s.admittedOn) return;
  if (s.dischargedOn && s.dischargedOn < s.admittedOn) {
    row.error(at('dischargedOn'), 'dischargedOn', 'discharge_before_admission',
      `${label.dischargedOn} ${formatDateVN(s.dischargedOn)} trước ngày vào ${formatDateVN(s.admittedOn)}`);
  }
  const bornAfter = s.birthDate ? s.birthDate >= s.admittedOn : (s.birthYear ?? 0) > Number(s.admittedOn.slice(0, 4));
  if (bornAfter) {
    const born = s.birthDate ? formatDateVN(s.birthDate) : String(s.birthYear);
    row.error(at(s.birthDate ? 'birthDate' : 'birthYear') ?? at('birthDate'), 'birthDate', 'birth_after_admission',
      `Ngày sinh ${born} không trước ngày vào ${formatDateVN(s.admittedOn)}`);
    return;
  }
  checkMinimumAge(row, s, s.admittedOn, at(s.birthDate ? 'birthDate' : 'birthYear') ?? at('birthDate'), ctx);
  if (s.decisionDate && s.decisionDate > s.admittedOn) {
    row.problem(at('decisionDate'), 'decisionDate', {
      code: 'decision_after_admission',
      severity: 'warning',
      message: `${label.decisionDate} ${formatDateVN(s.decisionDate)} sau ngày vào ${formatDateVN(s.admittedOn)}`,
      action: 'Nhập đúng như trong sổ; kiểm tra lại hồ sơ',
    });
  }
}

/** Only a person certainly under the minimum age is refused: with the birth year alone, taken as born on 1/1. */
function checkMinimumAge(row: RowReader, s: Draft, admittedOn: string, column: number | null, ctx: RowContext): void {
  const born = s.birthDate ?? (s.birthYear ? `${String(s.birthYear).padStart(4, '0')}-01-01` : null);
  if (!born) return;
  const { minimum } = ctx.ages(admittedOn);
  if (ageOn(born, admittedOn) >= minimum.value) return;
  row.error(column, 'birthDate', 'under_minimum_age',
    `Người chưa đủ ${minimum.value} tuổi ngày vào ${formatDateVN(admittedOn)} không thuộc diện tiếp nhận vào cơ sở (${minimum.citation})`);
}
