import type Database from 'better-sqlite3';
import { admissionDueDates, type AdmissionDueDates } from '../../../shared/domain/admission-due-dates';
import type { LegalFigure } from '../../../shared/domain/admission-rules';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { legal, settingValue } from '../settings/legal';

function days(sqlite: Database.Database, key: 'visits.no_visit_first_days' | 'voluntary.commune_notice_working_days' | 'assessment.max_days', on: string): LegalFigure<number> {
  const l = legal(sqlite, key, on);
  return { value: l.value.days, citation: l.citation };
}

/** The due dates of a stay, from the legal figures in force on its admission date and the holiday list. */
export function dueDatesFor(sqlite: Database.Database, stay: { kind: StayKind; admittedOn: string }): AdmissionDueDates {
  return admissionDueDates(stay, {
    noVisitFirstDays: days(sqlite, 'visits.no_visit_first_days', stay.admittedOn),
    communeNoticeWorkingDays: days(sqlite, 'voluntary.commune_notice_working_days', stay.admittedOn),
    assessmentMaxDays: days(sqlite, 'assessment.max_days', stay.admittedOn),
    holidays: settingValue<string[]>(sqlite, 'calendar.holidays'),
  });
}
