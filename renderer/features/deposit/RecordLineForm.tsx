import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { formatMoney } from '../print/print-text';
import { initialRecordValues, recordFieldPaths, recordInputOf, type RecordKind } from './deposit-model';
import { useRecordDepositLine } from './hooks';

/** "Ghi tiền gửi / mua hàng / rút tiền": the kind is fixed by the button; the back end judges the balance. */
export function RecordLineForm({ stayId, kind, onDone }: { stayId: number; kind: RecordKind; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordDepositLine();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: initialRecordValues(vnDate(new Date())) });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    record.mutate(recordInputOf(stayId, kind, values), {
      onSuccess: (r) => {
        notifications.show({ color: 'teal', message: t('deposit.saved', { balance: formatMoney(r.balanceDong) }) });
        onDone();
      },
      onError: (error) => showApiError(error, recordFieldPaths, form, setGeneral),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('deposit.amountField')}
            withAsterisk
            data-autofocus
            min={1}
            step={1000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('amountDong')}
          />
          <DateField label={t('deposit.date')} withAsterisk maxDate={vnDate(new Date())} {...form.getInputProps('lineOn')} />
        </SimpleGrid>
        <TextInput label={t('deposit.description')} withAsterisk maxLength={300} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t('deposit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
