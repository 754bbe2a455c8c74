import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../../shared/contract/beds';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useCreateArea, useUpdateArea } from './hooks';
import { areaPurposes, type AreaPurpose, type Sex } from './options';

const fields = ['code', 'name', 'purpose', 'sex'] as const;

/** Adds an area, or edits one when given (the back end refuses a new purpose or sex while people live there). */
export function AreaForm({ area, onDone }: { area?: AreaView; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateArea();
  const update = useUpdateArea();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      code: area?.code ?? '',
      name: area?.name ?? '',
      purpose: (area?.purpose ?? 'compulsory') as AreaPurpose | null,
      sex: (area?.sex ?? '') as Sex | '',
    },
  });

  const onError = (error: unknown) => {
    showApiError(error, fields, form, setGeneral);
  };

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const input = { code: values.code, name: values.name, purpose: required(values.purpose), sex: required(values.sex) };
    if (area) {
      update.mutate(
        { areaId: area.id, ...input },
        {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('beds.areaForm.saved', { code: values.code.trim() }) });
            onDone();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('beds.areaForm.done', { name: values.name.trim(), code: values.code.trim() }) });
        onDone();
      },
      onError,
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <TextInput label={t('beds.areaForm.code')} placeholder={t('beds.areaForm.codePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('code')} />
        <TextInput label={t('beds.areaForm.name')} placeholder={t('beds.areaForm.namePlaceholder')} withAsterisk {...form.getInputProps('name')} />
        <Select
          label={t('beds.areaForm.purpose')}
          withAsterisk
          allowDeselect={false}
          data={areaPurposes.map((p) => ({ value: p, label: t(`areaPurpose.${p}`) }))}
          {...form.getInputProps('purpose')}
        />
        <Radio.Group label={t('beds.areaForm.sex')} withAsterisk {...form.getInputProps('sex')}>
          <Group mt={4}>
            <Radio value="male" label={t('sex.male')} />
            <Radio value="female" label={t('sex.female')} />
          </Group>
        </Radio.Group>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {area ? t('beds.areaForm.save') : t('beds.areaForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
