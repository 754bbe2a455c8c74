import type { TFunction } from 'i18next';
import { legalParameterShapes, type LegalKey, type LegalValue } from '../../../shared/domain/legal';
import { formatNumber } from '../../format/format';

function read<K extends LegalKey>(key: K, value: unknown): LegalValue<K> | null {
  const parsed = legalParameterShapes[key].safeParse(value);
  return parsed.success ? (parsed.data as LegalValue<K>) : null;
}

/** A legal figure in words ("12–24 tháng"); a key or shape this build does not know shows as stored. */
export function describeLegalValue(key: string, value: unknown, t: TFunction): string {
  const raw = JSON.stringify(value);
  switch (key) {
    case 'term.compulsory_adult':
    case 'term.compulsory_minor':
    case 'term.voluntary': {
      const v = read(key, value);
      return v ? t('admin.legalValue.monthsRange', { min: v.minMonths, max: v.maxMonths }) : raw;
    }
    case 'age.adult':
    case 'age.minimum': {
      const v = read(key, value);
      return v ? t('admin.legalValue.years', { years: v.years }) : raw;
    }
    case 'assessment.max_days':
    case 'release.notice_days':
    case 'visits.no_visit_first_days':
    case 'funeral_leave.max_days': {
      const v = read(key, value);
      return v ? t('admin.legalValue.days', { days: v.days }) : raw;
    }
    case 'voluntary.commune_notice_working_days':
    case 'voluntary.self_termination_working_days': {
      const v = read(key, value);
      return v ? t('admin.legalValue.workingDays', { days: v.days }) : raw;
    }
    case 'room.m2_per_person': {
      const v = read(key, value);
      return v ? t('admin.legalValue.m2', { standard: v.standard, care24h: v.care24h }) : raw;
    }
    case 'work.hour_caps': {
      const v = read(key, value);
      return v
        ? t('admin.legalValue.hourCaps', {
            adultDay: v.adult.day,
            adultWeek: v.adult.week,
            teenDay: v.age15to18.day,
            teenWeek: v.age15to18.week,
            childDay: v.age12to15.day,
            childWeek: v.age12to15.week,
          })
        : raw;
    }
    case 'discharge.road_meals': {
      const v = read(key, value);
      return v ? t('admin.legalValue.roadMeals', { amount: formatNumber(v.dongPerDay), days: v.maxDays }) : raw;
    }
    case 'visits.rules': {
      const v = read(key, value);
      return v ? t('admin.legalValue.visits', { ...v }) : raw;
    }
    case 'aftercare.years': {
      const v = read(key, value);
      return v ? t('admin.legalValue.aftercare', { adult: v.adultCompulsory, other: v.other }) : raw;
    }
    case 'reduction.rules': {
      const v = read(key, value);
      return v ? t('admin.legalValue.reduction', { ...v }) : raw;
    }
    case 'training.funded_times': {
      const v = read(key, value);
      return v ? t('admin.legalValue.fundedTimes', { times: v.times }) : raw;
    }
    case 'schooling.primary_grade': {
      const v = read(key, value);
      return v ? t('admin.legalValue.primaryGrade', { grade: v.grade }) : raw;
    }
    case 'death.notice_hours': {
      const v = read(key, value);
      return v ? t('admin.legalValue.hours', { hours: v.hours }) : raw;
    }
    default:
      return raw;
  }
}
