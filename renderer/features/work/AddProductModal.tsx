import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { productUnits, type ProductUnit } from '../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useCreateProduct } from './hooks';

const fields = ['name', 'unit', 'rateDong', 'validFrom'] as const;

/** "Thêm sản phẩm": a product or task with its unit and its first rate from a date (the head). */
export function AddProductModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('work.products.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <AddProductForm onDone={onClose} />}
    </Modal>
  );
}

function AddProductForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProduct();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<{ name: string; unit: ProductUnit | null; rateDong: number | string; validFrom: string | null }>({
    initialValues: { name: '', unit: 'piece', rateDong: '', validFrom: vnDate(new Date()) },
  });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    create.mutate(
      // Empty fields go as they are: the contract's messages name what is missing.
      { name: v.name, unit: v.unit as ProductUnit, rateDong: v.rateDong as number, validFrom: v.validFrom as string },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('work.products.created') });
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
        <TextInput label={t('work.products.name')} withAsterisk data-autofocus maxLength={120} {...form.getInputProps('name')} />
        <Select
          label={t('work.products.unit')}
          withAsterisk
          allowDeselect={false}
          data={productUnits.map((u) => ({ value: u, label: t(`work.products.units.${u}`) }))}
          {...form.getInputProps('unit')}
        />
        <NumberInput label={t('work.products.rateDong')} withAsterisk min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," suffix=" đ" {...form.getInputProps('rateDong')} />
        <DateField label={t('work.products.validFrom')} withAsterisk {...form.getInputProps('validFrom')} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('work.products.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
