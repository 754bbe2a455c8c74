import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { foldForSearch } from '../../../shared/domain/names';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useAddMembers, usePresentResidents } from './hooks';

const fields = ['stayIds', 'on'];

/** "Thêm học viên": residents in the facility picked by name or file number (accent-free), and the day they join. */
export function AddMembersForm({ teamId, onDone }: { teamId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const residents = usePresentResidents(true);
  const add = useAddMembers();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { stayIds: [] as string[], on: vnDate(new Date()) as string | null } });
  const options = useMemo(
    () => (residents.data?.rows ?? []).map((r) => ({ value: String(r.stayId), label: `${r.fullName} · ${r.fileNumber}`, folded: foldForSearch(`${r.fullName} ${r.fileNumber}`) })),
    [residents.data],
  );
  const folded = useMemo(() => new Map(options.map((o) => [o.value, o.folded])), [options]);

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    add.mutate(
      { teamId, stayIds: values.stayIds.map(Number), on: required(values.on) },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('ratings.teams.added', { count: r.added }) });
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
        <MultiSelect
          label={t('ratings.teams.residents')}
          description={t('ratings.teams.residentsHint')}
          withAsterisk
          data={options.map(({ value, label }) => ({ value, label }))}
          searchable
          hidePickedOptions
          limit={50}
          filter={({ options: opts, search }) => {
            const q = foldForSearch(search).trim();
            return q ? opts.filter((o) => 'value' in o && (folded.get(o.value) ?? '').includes(q)) : opts;
          }}
          nothingFoundMessage="—"
          disabled={!residents.data}
          data-autofocus
          {...form.getInputProps('stayIds')}
        />
        <DateField label={t('ratings.teams.addOn')} withAsterisk {...form.getInputProps('on')} />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('ratings.teams.addAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
