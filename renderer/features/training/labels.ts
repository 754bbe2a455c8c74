import { useTranslation } from 'react-i18next';
import { scheduleText, type Slot } from './class-model';

const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The names of the week's days and hour counts in the interface language, for schedules in words. */
export function useScheduleWords() {
  const { t } = useTranslation();
  const weekday = (n: number) => {
    const key = weekdayKeys[n - 1];
    return key ? t(`training.weekdays.${key}`) : String(n);
  };
  const hours = (n: number) => t('training.hours', { n });
  return { weekday, hours, schedule: (slots: readonly Slot[]) => scheduleText(slots, { weekday, hours }) };
}

/** The weekday choices of a schedule row, Monday first. */
export function useWeekdayOptions() {
  const { t } = useTranslation();
  return weekdayKeys.map((key, i) => ({ value: String(i + 1), label: t(`training.weekdays.${key}`) }));
}
