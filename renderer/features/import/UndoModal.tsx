import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndoImport } from './hooks';
import { StepError } from './StepError';
import type { Batch } from './types';

/** Undoing a whole import, with the reason the audit log keeps. */
export function UndoModal({ batch, onClose }: { batch: Batch; onClose: () => void }) {
  const { t } = useTranslation();
  const undo = useUndoImport();
  const [reason, setReason] = useState('');
  const submit = () =>
    undo.mutate(
      { batchId: batch.id, reason: reason.trim() },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('import.batches.undoDone', { stays: r.stays, persons: r.persons }) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('import.batches.undoTitle', { file: batch.fileName })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('import.batches.undoBody', { n: batch.stays })}</Text>
        <StepError error={undo.error} />
        <Textarea label={t('import.batches.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} required data-autofocus />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={submit} loading={undo.isPending} disabled={!reason.trim()}>
            {t('import.batches.confirmUndo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
