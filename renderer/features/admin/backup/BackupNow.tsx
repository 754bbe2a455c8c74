import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/contract';
import { FormAlert } from '../../../components/FormAlert';
import { useRunBackup } from './hooks';

type Status = MethodOutput<'backup.status'>;

/** "Back up now" and the bar of the running copy, fed by the polled status. */
export function BackupNow({ status }: { status: Status }) {
  const { t } = useTranslation();
  const run = useRunBackup();
  const [errors, setErrors] = useState<string[]>([]);
  const { job, lastJob, folderProblem } = status;

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('backup.run.title')}
      </Title>
      <FormAlert messages={errors} />
      <Stack gap="sm" maw={720}>
        {folderProblem && <Alert color="orange">{folderProblem}</Alert>}
        <Group>
          <Button
            onClick={() => {
              setErrors([]);
              run.mutate({}, { onError: (e) => setErrors([e.message]) });
            }}
            loading={run.isPending}
            disabled={job !== null}
          >
            {t('backup.run.button')}
          </Button>
        </Group>
        {job && (
          <div>
            <Text size="sm" mb={4}>
              {t('backup.run.running', { percent: job.percent })}
            </Text>
            <Progress value={job.percent} animated aria-label={t('backup.run.running', { percent: job.percent })} />
          </div>
        )}
        {!job && lastJob?.ok && (
          <div>
            <Text size="sm" mb={4} c="teal.8">
              {t('backup.run.done', { name: lastJob.name ?? '' })}
            </Text>
            <Progress value={100} color="teal" />
          </div>
        )}
        {!job && lastJob && !lastJob.ok && (
          <Alert color="red" title={t('backup.run.failed')}>
            {lastJob.message}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
