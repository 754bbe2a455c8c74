import { Button, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { requiredNumber } from '../../components/form-values';
import { useCreateRoom } from './hooks';

const fields = ['code', 'name', 'designCapacity', 'workingCapacity', 'bedCount'] as const;

export function RoomForm({ areaId, onDone }: { areaId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRoom();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      code: '',
      name: '',
      designCapacity: '' as number | string,
      workingCapacity: '' as number | string,
      bedCount: '' as number | string,
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    create.mutate(
      {
        areaId,
        code: values.code,
        name: values.name,
        designCapacity: requiredNumber(values.designCapacity),
        workingCapacity: requiredNumber(values.workingCapacity),
        bedCount: requiredNumber(values.bedCount),
      },
      {
        onSuccess: (room) => {
          notifications.show({ color: 'teal', message: t('beds.roomForm.done', { name: values.name.trim(), count: room.bedIds.length }) });
          onDone();
        },
        onError: (error) => {
          const split = splitApiError(error, fields);
          form.setErrors(split.fieldErrors);
          setGeneral(split.general);
        },
      },
    );
  });

  const count = (field: 'designCapacity' | 'workingCapacity' | 'bedCount', label: string) => (
    <NumberInput label={label} withAsterisk min={1} max={200} allowDecimal={false} allowNegative={false} {...form.getInputProps(field)} />
  );

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput
            label={t('beds.roomForm.code')}
            placeholder={t('beds.roomForm.codePlaceholder')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('code')}
          />
          <TextInput
            label={t('beds.roomForm.name')}
            placeholder={t('beds.roomForm.namePlaceholder')}
            withAsterisk
            {...form.getInputProps('name')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          {count('designCapacity', t('beds.roomForm.designCapacity'))}
          {count('workingCapacity', t('beds.roomForm.workingCapacity'))}
          {count('bedCount', t('beds.roomForm.bedCount'))}
        </SimpleGrid>
        <Button type="submit" loading={create.isPending}>
          {t('beds.roomForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
