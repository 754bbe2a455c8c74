import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useSetClassStatus } from './hooks';

/** "Hủy lớp": a planned or running class is cancelled with a reason. */
export function CancelClassModal({ classId, name, onClose }: { classId: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetClassStatus();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    setStatus.mutate(
      { classId, status: 'cancelled', reason: v.reason.trim() || undefined },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('training.detail.cancelledDone') });
          onClose();
        },
        onError: (error) => showApiError(error, ['reason'], form, setGeneral),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('training.detail.cancelTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <FormAlert messages={general} />
        <Stack gap="sm">
          <Text size="sm">{t('training.detail.cancelBody')}</Text>
          <Textarea label={t('training.detail.cancelReason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" color="red" loading={setStatus.isPending}>
              {t('training.detail.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
