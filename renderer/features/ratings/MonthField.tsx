import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { monthOf, monthStart } from './rating-model';

/** "Tháng": a month picked from the calendar (in the interface language), as "2026-03". */
export function MonthField({ value, onChange, maxMonth }: { value: string; onChange: (month: string) => void; maxMonth?: string }) {
  const { t } = useTranslation();
  return (
    <MonthPickerInput
      label={t('ratings.month')}
      value={monthStart(value)}
      onChange={(v) => v && onChange(monthOf(v))}
      valueFormat="MM/YYYY"
      maxDate={maxMonth ? monthStart(maxMonth) : undefined}
      w={150}
    />
  );
}
