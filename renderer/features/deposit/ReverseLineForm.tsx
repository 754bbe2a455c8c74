import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { formatDateVN } from '../../format/format';
import { formatMoney } from '../print/print-text';
import { signedMoney, type DepositLine } from './deposit-model';
import { useReverseDepositLine } from './hooks';

/** Cancels a line by a reversal with its reason ("Ghi đảo"); the line stays in the register, struck through. */
export function ReverseLineForm({ line, onDone }: { line: DepositLine; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useReverseDepositLine();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '' } });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    reverse.mutate(
      { lineId: line.id, reason: values.reason },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('deposit.reversed', { balance: formatMoney(r.balanceDong) }) });
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
        <Text size="sm">
          {t('deposit.cancelLine', {
            date: formatDateVN(line.lineOn),
            kind: t(`deposit.kind.${line.kind}`),
            amount: signedMoney(line.amountDong),
            description: line.description,
          })}
        </Text>
        <Textarea label={t('deposit.reason')} withAsterisk autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={reverse.isPending}>
            {t('deposit.reverse')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
