import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useReverseWork } from './hooks';
import { formatDong, formatHours, type WorkRow } from './work-model';

type Line = WorkRow['lines'][number];

/** "Hủy" of an output line: a reversal with a mandatory reason, never an edit. */
export function ReverseLineModal({ target, onClose }: { target: { line: Line; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? `${t('work.reverseTitle')}: ${target.name}` : ''} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {target && <ReverseForm line={target.line} onDone={onClose} />}
    </Modal>
  );
}

function ReverseForm({ line, onDone }: { line: Line; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useReverseWork();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '' } });
  const submit = form.onSubmit(({ reason }) => {
    setGeneral([]);
    reverse.mutate(
      { lineId: line.id, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('work.reversed') });
          onDone();
        },
        onError: (error) => showApiError(error, ['reason'], form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('work.reverseIntro', { product: line.productName, quantity: formatHours(line.quantity), hours: formatHours(line.hours), amount: formatDong(line.amountDong) })}
        </Text>
        <Textarea label={t('work.reverseReason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={reverse.isPending}>
            {t('work.reverseSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
