import { importFieldLabels as label } from './field-labels';
import type { Draft, RowReader } from './row-reader';
import type { ImportField } from './types';

/** The court or issuer written for a decision whose number the register gives without them (both are required). */
export const NOT_RECORDED = 'Không ghi trong sổ';

/**
 * A decision number with its court, date or term left blank is still imported; the preview says what is written in
 * their place, so the officer can fill them in later. Only a blank cell of a mapped column is named on each row: a
 * column the file does not have shows as unmapped in the mapping step instead of on every row.
 */
export function checkDecision(row: RowReader, s: Draft): void {
  const court = s.kind === 'compulsory_adult' || s.kind === 'compulsory_minor';
  if (!s.decisionNumber || !(court || s.kind === 'pending_decision')) return;
  const warn = (field: ImportField, action: string) => {
    const column = row.columns(field)[0];
    if (column === undefined) return;
    row.problem(column, field, {
      code: 'decision_incomplete',
      severity: 'warning',
      message: `Có ${label.decisionNumber.toLowerCase()} "${s.decisionNumber}" nhưng thiếu ${label[field].toLowerCase()}`,
      action,
    });
  };
  if (!s.court) warn('court', `Ghi ${label.court.toLowerCase()} là "${NOT_RECORDED}"`);
  if (!s.decisionDate && s.admittedOn) warn('decisionDate', `Lấy ngày vào làm ${label.decisionDate.toLowerCase()}`);
  if (court && s.termMonths === null) warn('termMonths', 'Để trống thời hạn: chưa tính được ngày dự kiến chấp hành xong, cần bổ sung');
}
