import { Button, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { requiredNumber } from '../../components/form-values';
import { useAddBeds } from './hooks';

/** Adds beds to a room; they are numbered after its last bed. */
export function AddBedsForm({ roomId, onDone }: { roomId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddBeds();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { count: 1 as number | string } });
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    add.mutate(
      { roomId, count: requiredNumber(values.count) },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('beds.addBedsForm.done', { count: r.bedIds.length }) });
          onDone();
        },
        onError: (error) => {
          showApiError(error, ['count'], form, setGeneral);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <NumberInput label={t('beds.addBedsForm.count')} withAsterisk min={1} max={100} allowDecimal={false} data-autofocus {...form.getInputProps('count')} />
        <Button type="submit" loading={add.isPending}>
          {t('beds.addBedsForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
