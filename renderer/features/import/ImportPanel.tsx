import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BatchList } from './BatchList';
import { ImportWizard } from './ImportWizard';

/** The administrator's tab for bringing the Excel register in, and the imports made so far. */
export function ImportPanel() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={820}>
        {t('import.intro')}
      </Text>
      <Card>
        <ImportWizard />
      </Card>
      <BatchList />
    </Stack>
  );
}
