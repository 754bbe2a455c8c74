import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BedView } from '../../../shared/contract/beds';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useSetInService, useSetOutOfService } from './hooks';

/** Takes an empty bed out of service with its reason and date, or puts it back from a date. */
export function BedServiceForm({ bed, label, onDone }: { bed: BedView; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const out = useSetOutOfService();
  const back = useSetInService();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { reason: '', date: vnDate(new Date()) as string | null } });
  const onError = (error: unknown) => {
    const split = splitApiError(error, ['reason', 'since', 'on']);
    form.setErrors({ reason: split.fieldErrors.reason, date: split.fieldErrors.since ?? split.fieldErrors.on });
    setGeneral(split.general);
  };
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const date = required(values.date);
    const onSuccess = () => {
      notifications.show({ color: 'teal', message: t(bed.inService ? 'beds.service.doneOut' : 'beds.service.doneIn', { bed: label }) });
      onDone();
    };
    if (bed.inService) out.mutate({ bedId: bed.id, reason: values.reason, since: date }, { onSuccess, onError });
    else back.mutate({ bedId: bed.id, on: date }, { onSuccess, onError });
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        {bed.inService && (
          <TextInput label={t('beds.service.reason')} placeholder={t('beds.service.reasonPlaceholder')} withAsterisk {...form.getInputProps('reason')} />
        )}
        <DateField
          label={bed.inService ? t('beds.service.since') : t('beds.service.on')}
          withAsterisk
          maxDate={vnDate(new Date())}
          {...form.getInputProps('date')}
        />
        <Button type="submit" color={bed.inService ? 'orange' : 'teal'} loading={out.isPending || back.isPending}>
          {bed.inService ? t('beds.service.submitOut') : t('beds.service.submitIn')}
        </Button>
      </Stack>
    </form>
  );
}
