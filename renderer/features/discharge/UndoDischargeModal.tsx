import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useUndoDischarge } from './hooks';

/** "Hủy ra cơ sở": the head's decision, with a reason; refused by the back end when later movements contradict it. */
export function UndoDischargeModal({ stayId, name, onClose }: { stayId: number; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const undo = useUndoDischarge();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    undo.mutate(
      { stayId, reason: v.reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('discharge.undo.done') });
          onClose();
        },
        onError: (error) => showApiError(error, ['reason'], form, setGeneral),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('discharge.undo.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <FormAlert messages={general} />
        <Stack gap="sm">
          <Text size="sm">{t('discharge.undo.body')}</Text>
          <Textarea label={t('discharge.undo.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={undo.isPending}>
              {t('discharge.undo.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
