import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';

interface Props {
  value: number | null;
  /** Null when the figure has no list behind it (or the user may not see it). */
  onOpen: (() => void) | null;
  /** For the button's accessible name: "Danh sách học viên: Tiếp nhận, Kỳ này". */
  figure: string;
  column: string;
}

/** A number of the report; where residents stand behind it, a button that opens their list. */
export function ValueCell({ value, onOpen, figure, column }: Props) {
  const { t } = useTranslation();
  const shown = value === null ? t('common.none') : formatNumber(Math.round(value * 10) / 10);
  if (!onOpen || !value) return <Text span inherit>{shown}</Text>;
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={`${t('reports.drill.open', { figure, column })}: ${shown}`}
      c="blue.7"
      fz="inherit"
      style={{ textDecoration: 'underline', textUnderlineOffset: 3 }}
    >
      {shown}
    </UnstyledButton>
  );
}
