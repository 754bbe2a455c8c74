import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useSetRate } from './hooks';
import { firstFreeDay, type Product } from './work-model';

const fields = ['rateDong', 'validFrom'] as const;

/** "Đặt đơn giá": a new rate from a date; output already recorded keeps the rate of its day. */
export function SetRateModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={product !== null}
      onClose={onClose}
      title={product ? t('work.products.setRateTitle', { name: product.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {product && <SetRateForm product={product} onDone={onClose} />}
    </Modal>
  );
}

function SetRateForm({ product, onDone }: { product: Product; onDone: () => void }) {
  const { t } = useTranslation();
  const setRate = useSetRate();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<{ rateDong: number | string; validFrom: string | null }>({
    initialValues: { rateDong: product.rateDong ?? '', validFrom: firstFreeDay(product, vnDate(new Date())) },
  });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    setRate.mutate(
      { productId: product.id, rateDong: v.rateDong as number, validFrom: v.validFrom as string },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('work.products.rateSaved') });
          onDone();
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('work.products.setRateHint')}
        </Text>
        <NumberInput label={t('work.products.rateDong')} withAsterisk min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," suffix=" đ" data-autofocus {...form.getInputProps('rateDong')} />
        <DateField label={t('work.products.validFrom')} withAsterisk {...form.getInputProps('validFrom')} />
        <Group justify="flex-end">
          <Button type="submit" loading={setRate.isPending}>
            {t('work.products.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
