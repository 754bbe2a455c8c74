import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/contract/movements';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { formatInstantVN } from '../../format/format';
import { useReverseMovement } from './hooks';

interface Props {
  movement: MovementView | null;
  onClose: () => void;
}

/** "Hủy bỏ (ghi đảo)" of the latest movement: a reversal with a mandatory reason, never an edit. */
export function ReverseMovementModal({ movement, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={movement !== null}
      onClose={onClose}
      title={movement ? t('movements.reverseTitle', { type: t(`movementType.${movement.type}`), at: formatInstantVN(movement.occurredAt) }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {movement && <ReverseForm movementId={movement.id} onDone={onClose} />}
    </Modal>
  );
}

function ReverseForm({ movementId, onDone }: { movementId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useReverseMovement();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(({ reason }) => {
    setGeneral([]);
    reverse.mutate(
      { movementId, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('movements.reversed') });
          onDone();
        },
        onError: (error) => {
          showApiError(error, ['reason'], form, setGeneral);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('movements.reverseIntro')}
        </Text>
        <Textarea label={t('movements.reverseReason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={reverse.isPending}>
            {t('movements.reverseSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
