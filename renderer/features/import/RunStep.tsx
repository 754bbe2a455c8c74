import { Alert, Button, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../components/QueryStatus';
import { useProgress, usePreview, useRunImport } from './hooks';
import { previewInput, type PreviewBase } from './preview-input';
import { StepError } from './StepError';
import { SummaryBadges } from './SummaryBadges';
import type { RunResult } from './types';

type Mode = 'all_or_nothing' | 'valid_only';

interface Props {
  base: PreviewBase;
  fileName: string;
  onDone: (result: RunResult) => void;
}

/** Step 4: how to import (chosen explicitly, never half a file by accident), a confirmation, then the progress. */
export function RunStep({ base, fileName, onDone }: Props) {
  const { t } = useTranslation();
  const preview = usePreview(previewInput(base));
  const run = useRunImport();
  const progress = useProgress(run.isPending);
  const [mode, setMode] = useState<Mode | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!preview.data) return <QueryStatus error={preview.error} onRetry={() => void preview.refetch()} />;
  const { summary } = preview.data;
  const valid = summary.ok + summary.warnings;
  const writes = mode === 'all_or_nothing' && summary.errors > 0 ? 0 : valid;

  const start = () => {
    setConfirming(false);
    if (mode) run.mutate({ ...base, mode }, { onSuccess: onDone });
  };
  const done = progress.data?.done ?? 0;
  const total = progress.data?.total ?? 0;

  return (
    <Stack gap="md" maw={860}>
      <SummaryBadges summary={summary} />
      <Radio.Group label={t('import.run.mode')} value={mode} onChange={(v) => setMode(v as Mode)}>
        <Stack gap="sm" mt="xs">
          <Radio
            value="all_or_nothing"
            label={t('import.run.allOrNothing')}
            description={
              summary.errors > 0 ? t('import.run.allOrNothingBlocked', { n: summary.errors }) : t('import.run.allOrNothingHint', { n: valid })
            }
            disabled={run.isPending}
          />
          <Radio
            value="valid_only"
            label={t('import.run.validOnly', { n: summary.errors })}
            description={t('import.run.validOnlyHint', { n: valid })}
            disabled={run.isPending}
          />
        </Stack>
      </Radio.Group>
      <StepError error={run.error} />
      {run.isPending ? (
        <div>
          <Text size="sm" mb={4}>
            {progress.data ? t('import.run.progress', { done, total }) : t('import.run.starting')}
          </Text>
          <Progress
            value={total > 0 ? (100 * done) / total : 0}
            animated
            size="lg"
            aria-label={progress.data ? t('import.run.progress', { done, total }) : t('import.run.starting')}
          />
        </div>
      ) : (
        <Group>
          <Button onClick={() => setConfirming(true)} disabled={!mode || writes === 0}>
            {t('import.run.start')}
          </Button>
        </Group>
      )}
      {mode === 'all_or_nothing' && summary.errors > 0 && (
        <Alert color="orange">{t('import.run.allOrNothingBlocked', { n: summary.errors })}</Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('import.run.confirmTitle')} centered>
        <Text size="sm">{t('import.run.confirmBody', { n: writes, file: fileName, sheet: base.sheet })}</Text>
        <Group justify="end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={start}>{t('import.run.confirm')}</Button>
        </Group>
      </Modal>
    </Stack>
  );
}
