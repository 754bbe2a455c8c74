import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDateVN } from '../../shared/domain/dates';

/**
 * A calendar date typed as dd/mm/yyyy (05/03/2026 or 5/3/2026) or picked; its value is the YYYY-MM-DD string the
 * contract expects, or null while empty or not yet a real date.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  return <DateInput valueFormat="DD/MM/YYYY" dateParser={parseDateVN} placeholder={t('common.dateFormat')} {...props} />;
}
