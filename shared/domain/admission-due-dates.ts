import { addDays, addWorkingDays } from './dates';
import type { LegalFigure } from './admission-rules';
import type { StayKind } from './vocabulary';

/**
 * Dates an admission sets running (DOMAIN.md §3, §6): no visits in the first days, the notice to the commune
 * within a number of working days of a voluntary admission, and the result of an addiction-status assessment
 * within its limit. Each comes with the citation of the legal figure in force on the admission date.
 */
export interface DueDate {
  date: string;
  citation: string;
}

export interface AdmissionDueDates {
  /** First day relatives may visit; null for an assessment, which ends before that. */
  visitsFrom: DueDate | null;
  /** Last day to notify the commune of a voluntary admission; null for other kinds. */
  communeNotice: DueDate | null;
  /** Last day for the assessment result; null for other kinds. */
  assessmentResult: DueDate | null;
}

export interface DueDateRules {
  noVisitFirstDays: LegalFigure<number>;
  communeNoticeWorkingDays: LegalFigure<number>;
  assessmentMaxDays: LegalFigure<number>;
  /** Public holidays (YYYY-MM-DD) skipped when counting working days (settings 'calendar.holidays'). */
  holidays: readonly string[];
}

export function admissionDueDates(stay: { kind: StayKind; admittedOn: string }, rules: DueDateRules): AdmissionDueDates {
  const { kind, admittedOn } = stay;
  const due = (date: string, figure: LegalFigure<number>): DueDate => ({ date, citation: figure.citation });
  return {
    // The day brought in is the first of the no-visit days.
    visitsFrom: kind === 'assessment' ? null : due(addDays(admittedOn, rules.noVisitFirstDays.value), rules.noVisitFirstDays),
    communeNotice:
      kind === 'voluntary'
        ? due(addWorkingDays(admittedOn, rules.communeNoticeWorkingDays.value, rules.holidays), rules.communeNoticeWorkingDays)
        : null,
    assessmentResult:
      kind === 'assessment' ? due(addDays(admittedOn, rules.assessmentMaxDays.value), rules.assessmentMaxDays) : null,
  };
}
