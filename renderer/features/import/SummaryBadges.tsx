import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from './types';

const colours: Record<keyof ImportSummary, string> = {
  rows: 'dark',
  ok: 'teal',
  warnings: 'yellow',
  errors: 'red',
  skipped: 'gray',
  newPersons: 'blue',
  matchedPersons: 'grape',
};

/** What the file holds, counted over every row (not only the page on screen). */
export function SummaryBadges({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid="import-summary">
      {(Object.keys(colours) as (keyof ImportSummary)[]).map((k) => (
        <Badge key={k} color={colours[k]} variant="light" size="lg" tt="none">
          {t(`import.summary.${k}`, { count: summary[k] })}
        </Badge>
      ))}
    </Group>
  );
}
