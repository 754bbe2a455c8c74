import type Database from 'better-sqlite3';
import { formatDateVN } from '../../../shared/domain/dates';
import type { StayKind, StayState } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';

export interface StayFacts {
  id: number;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  termMonths: number | null;
  heldDaysDeducted: number;
  dischargedOn: string | null;
  expectedRelease: string | null;
  fullName: string;
}

export const compulsoryKinds: readonly StayKind[] = ['compulsory_adult', 'compulsory_minor'];

/** A stay with its resident's name, for the checks and messages of release planning. */
export function stayFacts(sqlite: Database.Database, stayId: number, field = 'stayId'): StayFacts {
  const stay = sqlite
    .prepare(
      `SELECT s.id, s.kind, s.state, s.admitted_on AS admittedOn, s.term_months AS termMonths,
              s.held_days_deducted AS heldDaysDeducted, s.discharged_on AS dischargedOn,
              s.expected_release AS expectedRelease, p.full_name AS fullName
       FROM stays s JOIN persons p ON p.id = s.person_id WHERE s.id = ?`,
    )
    .get(stayId) as StayFacts | undefined;
  if (!stay) throw new AppError('not_found', 'Không tìm thấy học viên này.', { field });
  return stay;
}

/** A stay still in the facility's care, for writes that only make sense before it ends. */
export function openStay(sqlite: Database.Database, stayId: number, field = 'stayId'): StayFacts {
  const stay = stayFacts(sqlite, stayId, field);
  if (stay.state === 'discharged') {
    throw new AppError('rule_violation', `${stay.fullName} đã ra cơ sở ngày ${formatDateVN(stay.dischargedOn)}.`, { field });
  }
  return stay;
}

/** A past day of the stay: not in the future and not before it began. */
export function checkStayDay(stay: StayFacts, on: string, today: string, label: string, field: string): void {
  if (on > today) throw new AppError('invalid_input', `${label} ${formatDateVN(on)} chưa đến.`, { field });
  if (on < stay.admittedOn) {
    throw new AppError('invalid_input', `${label} phải từ ngày vào cơ sở ${formatDateVN(stay.admittedOn)} trở đi.`, { field });
  }
}
