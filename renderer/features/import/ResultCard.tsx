import { Alert, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { navigate } from '../../router/history';
import type { RunResult } from './types';

/** What the import wrote, with the way to the residents it created and to the next file. */
export function ResultCard({ result, onAnother }: { result: RunResult; onAnother: () => void }) {
  const { t } = useTranslation();
  const facts = [
    ['stays', result.stays],
    ['personsCreated', result.personsCreated],
    ['personsMatched', result.personsMatched],
    ['rowsLeftOut', result.rowsLeftOut],
    ['bedsAssigned', result.bedsAssigned],
  ] as const;
  return (
    <Alert color="teal" title={t('import.run.doneTitle')} role="status" data-testid="import-result">
      <Stack gap="sm">
        <div>
          <Text size="sm" mb={4}>
            {t('import.run.finished', { done: result.stays, total: result.stays })}
          </Text>
          <Progress value={100} color="teal" size="lg" aria-label={t('import.run.finished', { done: result.stays, total: result.stays })} />
        </div>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {facts.map(([key, value]) => (
            <div key={key}>
              <Text size="xs" c="dimmed">
                {t(`import.run.${key}`)}
              </Text>
              <Text fw={700} size="xl" data-testid={`import-result-${key}`}>
                {formatNumber(value)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Group>
          <Button component="a" href="/hoc-vien" onClick={(e) => { e.preventDefault(); navigate('/hoc-vien'); }}>
            {t('import.run.residents')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('import.run.another')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
