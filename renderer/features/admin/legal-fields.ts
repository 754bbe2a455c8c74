import type { LegalKey } from '../../../shared/domain/legal';
import type { Translation } from '../../i18n/vi';

/** One number of a legal figure as the editor shows it: where it sits in the value, its label, how to type it. */
export interface LegalField {
  path: string;
  label: keyof Translation['admin']['legalField'];
  /** Whole numbers unless the figure allows decimals (m² per person). */
  decimals?: boolean;
  /** Thousands grouped as money is written (70.000). */
  money?: boolean;
}

const range: LegalField[] = [
  { path: 'minMonths', label: 'minMonths' },
  { path: 'maxMonths', label: 'maxMonths' },
];
const years: LegalField[] = [{ path: 'years', label: 'years' }];
const days: LegalField[] = [{ path: 'days', label: 'days' }];
const caps = (group: 'adult' | 'age15to18' | 'age12to15', day: LegalField['label'], week: LegalField['label']): LegalField[] => [
  { path: `${group}.day`, label: day },
  { path: `${group}.week`, label: week },
];

/** The editor of every figure the settings hold, in the shape shared/domain/legal.ts gives it. */
export const legalFields: Record<LegalKey, LegalField[]> = {
  'term.compulsory_adult': range,
  'term.compulsory_minor': range,
  'term.voluntary': range,
  'age.adult': years,
  'age.minimum': years,
  'assessment.max_days': days,
  'release.notice_days': days,
  'visits.no_visit_first_days': days,
  'voluntary.commune_notice_working_days': [{ path: 'days', label: 'workingDays' }],
  'funeral_leave.max_days': days,
  'room.m2_per_person': [
    { path: 'standard', label: 'standard', decimals: true },
    { path: 'care24h', label: 'care24h', decimals: true },
  ],
  'work.hour_caps': [
    ...caps('adult', 'adultDay', 'adultWeek'),
    ...caps('age15to18', 'teenDay', 'teenWeek'),
    ...caps('age12to15', 'childDay', 'childWeek'),
  ],
  'discharge.road_meals': [
    { path: 'dongPerDay', label: 'dongPerDay', money: true },
    { path: 'maxDays', label: 'maxDays' },
  ],
  'aftercare.years': [
    { path: 'adultCompulsory', label: 'adultCompulsory' },
    { path: 'other', label: 'other' },
  ],
  'visits.rules': [
    { path: 'perWeek', label: 'perWeek' },
    { path: 'hours', label: 'hours', decimals: true },
    { path: 'hoursApproved', label: 'hoursApproved', decimals: true },
    { path: 'visitors', label: 'visitors' },
    { path: 'visitorsSpecial', label: 'visitorsSpecial' },
  ],
  'voluntary.self_termination_working_days': [{ path: 'days', label: 'workingDays' }],
  'reduction.rules': [
    { path: 'goodMonths', label: 'goodMonths' },
    { path: 'monthsMin', label: 'reductionMin' },
    { path: 'monthsMax', label: 'reductionMax' },
    { path: 'meritMonthsMin', label: 'meritMin' },
    { path: 'meritMonthsMax', label: 'meritMax' },
    { path: 'reviewEveryMonths', label: 'reviewEveryMonths' },
    { path: 'postingWorkingDays', label: 'postingWorkingDays' },
  ],
  'death.notice_hours': [{ path: 'hours', label: 'noticeHours' }],
  'training.funded_times': [{ path: 'times', label: 'fundedTimes' }],
  'schooling.primary_grade': [{ path: 'grade', label: 'primaryGrade' }],
};
