import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required, requiredNumber } from '../../components/form-values';
import { useCreateClass, useTrades } from './hooks';
import { newSlot, ScheduleRows, type ClassFormValues } from './ScheduleRows';
import { useTrainerChoice } from './trainer-choice';

const fields = ['tradeId', 'name', 'trainerId', 'place', 'startsOn', 'endsOn', 'schedule', 'capacity', 'partnerSchool'];
const rowFields = (n: number) => Array.from({ length: n }, (_, i) => [`schedule.${i}`, ...['weekday', 'start', 'hours'].map((f) => `schedule.${i}.${f}`)]).flat();


/** "Mở lớp": a planned class with its trade, trainer, place, dates, weekly schedule, capacity and partner school. */
export function ClassForm({ onDone }: { onDone: (classId: number) => void }) {
  const { t } = useTranslation();
  const trades = useTrades();
  const trainer = useTrainerChoice();
  const create = useCreateClass();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<ClassFormValues>({
    initialValues: {
      tradeId: null,
      name: '',
      trainerId: trainer.initial,
      place: '',
      startsOn: null,
      endsOn: null,
      schedule: [newSlot('1')],
      capacity: '',
      partnerSchool: '',
    },
  });
  const tradeOptions = (trades.data?.trades ?? [])
    .filter((x) => x.active)
    .map((x) => ({
      value: String(x.id),
      label: t('training.form.tradeOption', { name: x.name, level: t(`training.level.${x.level}`), hours: t('training.hours', { n: x.durationHours }) }),
    }));

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    create.mutate(
      {
        tradeId: required(v.tradeId ? Number(v.tradeId) : null),
        name: v.name,
        trainerId: required(v.trainerId ? Number(v.trainerId) : null),
        place: v.place,
        startsOn: required(v.startsOn),
        endsOn: required(v.endsOn),
        schedule: v.schedule.map((s) => ({ weekday: required(s.weekday ? Number(s.weekday) : null), start: s.start, hours: requiredNumber(s.hours) })),
        capacity: requiredNumber(v.capacity),
        partnerSchool: v.partnerSchool.trim() || undefined,
      },
      {
        onSuccess: (out) => {
          notifications.show({ color: 'teal', message: t('training.form.created', { n: out.sessions }) });
          onDone(out.id);
        },
        onError: (error) => showApiError(error, [...fields, ...rowFields(v.schedule.length)], form, setGeneral),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        {trades.data && tradeOptions.length === 0 && <Alert color="orange">{t('training.form.noTrades')}</Alert>}
        <Select label={t('training.form.trade')} data={tradeOptions} searchable openOnFocus={false} allowDeselect={false} withAsterisk data-autofocus {...form.getInputProps('tradeId')} />
        <TextInput label={t('training.form.name')} placeholder={t('training.form.namePlaceholder')} withAsterisk {...form.getInputProps('name')} />
        <Select
          label={t('training.form.trainer')}
          data={trainer.options}
          searchable
          openOnFocus={false}
          allowDeselect={false}
          readOnly={trainer.fixed}
          description={trainer.hint}
          withAsterisk
          {...form.getInputProps('trainerId')}
        />
        <TextInput label={t('training.form.place')} withAsterisk {...form.getInputProps('place')} />
        <SimpleGrid cols={2}>
          <DateField label={t('training.form.startsOn')} withAsterisk {...form.getInputProps('startsOn')} />
          <DateField label={t('training.form.endsOn')} withAsterisk minDate={form.values.startsOn ?? undefined} {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <ScheduleRows form={form} />
        <NumberInput label={t('training.form.capacity')} min={1} max={200} allowDecimal={false} w={200} withAsterisk {...form.getInputProps('capacity')} />
        <TextInput label={t('training.form.partnerSchool')} description={t('training.form.partnerHint')} {...form.getInputProps('partnerSchool')} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('training.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
