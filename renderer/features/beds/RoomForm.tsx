import { Button, Checkbox, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../shared/contract/beds';
import { defaultWorkingCapacity } from '../../../shared/domain/capacity';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { requiredNumber } from '../../components/form-values';
import { formatNumber } from '../../format/format';
import { useBedNorms, useCreateRoom, useUpdateRoom } from './hooks';

const fields = ['code', 'name', 'floorAreaM2', 'designCapacity', 'workingCapacity', 'bedCount', 'separateRoom', 'care24h'] as const;
const optionalNumber = (v: number | string) => (typeof v === 'number' ? v : undefined);

/**
 * Adds a room with its beds, or edits one. Left empty, the working capacity is the floor area divided by the
 * m² norm in force, which the form shows with its citation before saving.
 */
export function RoomForm({ areaId, room, onDone }: { areaId: number; room?: RoomView; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const norms = useBedNorms();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      code: room?.code ?? '',
      name: room?.name ?? '',
      floorAreaM2: (room?.floorAreaM2 ?? '') as number | string,
      designCapacity: (room?.designCapacity ?? '') as number | string,
      workingCapacity: (room?.workingCapacity ?? '') as number | string,
      bedCount: '' as number | string,
      separateRoom: room?.separateRoom ?? false,
      care24h: room?.care24h ?? false,
    },
  });
  const v = form.values;
  const per = norms.data ? (v.care24h ? norms.data.care24h : norms.data.standard) : null;
  const workingHint =
    norms.data && per !== null
      ? typeof v.floorAreaM2 === 'number'
        ? t('beds.roomForm.workingAuto', {
            m2: formatNumber(v.floorAreaM2),
            per: formatNumber(per),
            count: defaultWorkingCapacity(v.floorAreaM2, v.care24h, norms.data),
            citation: norms.data.citation,
          })
        : t('beds.roomForm.workingHint', { per: formatNumber(per), citation: norms.data.citation })
      : undefined;

  const onError = (error: unknown) => {
    showApiError(error, fields, form, setGeneral);
  };

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const common = {
      code: values.code,
      name: values.name,
      floorAreaM2: optionalNumber(values.floorAreaM2) ?? null,
      designCapacity: requiredNumber(values.designCapacity),
      workingCapacity: optionalNumber(values.workingCapacity),
      separateRoom: values.separateRoom,
      care24h: values.care24h,
    };
    if (room) {
      update.mutate(
        { roomId: room.id, ...common },
        {
          onSuccess: (r) => {
            notifications.show({ color: 'teal', message: t('beds.roomForm.saved', { code: values.code.trim(), working: r.workingCapacity }) });
            onDone();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { areaId, ...common, bedCount: requiredNumber(values.bedCount) },
      {
        onSuccess: (r) => {
          notifications.show({
            color: 'teal',
            message: t('beds.roomForm.done', { name: values.name.trim(), count: r.bedIds.length, working: r.workingCapacity }),
          });
          onDone();
        },
        onError,
      },
    );
  });

  const count = (field: 'designCapacity' | 'workingCapacity' | 'bedCount', label: string, asterisk = true, description?: string) => (
    <NumberInput
      label={label}
      withAsterisk={asterisk}
      description={description}
      min={1}
      max={200}
      allowDecimal={false}
      allowNegative={false}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <TextInput label={t('beds.roomForm.code')} placeholder={t('beds.roomForm.codePlaceholder')} withAsterisk data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('beds.roomForm.name')} placeholder={t('beds.roomForm.namePlaceholder')} withAsterisk {...form.getInputProps('name')} />
        </SimpleGrid>
        <SimpleGrid cols={room ? 2 : 3}>
          <NumberInput label={t('beds.roomForm.floorArea')} min={1} max={2000} decimalSeparator="," allowNegative={false} {...form.getInputProps('floorAreaM2')} />
          {count('designCapacity', t('beds.roomForm.designCapacity'))}
          {!room && count('bedCount', t('beds.roomForm.bedCount'))}
        </SimpleGrid>
        {count('workingCapacity', t('beds.roomForm.workingCapacity'), false, workingHint)}
        <Checkbox label={t('beds.roomForm.separateRoom')} {...form.getInputProps('separateRoom', { type: 'checkbox' })} />
        <Checkbox
          label={t('beds.roomForm.care24h', { per: formatNumber(norms.data?.care24h ?? 8) })}
          {...form.getInputProps('care24h', { type: 'checkbox' })}
        />
        <Button type="submit" loading={create.isPending || update.isPending}>
          {room ? t('beds.roomForm.save') : t('beds.roomForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
