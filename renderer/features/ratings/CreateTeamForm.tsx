import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useCreateTeam, useStaff } from './hooks';

const fields = ['name', 'officerId'];

/**
 * A new team with its name and, for the administrator (the only role that may list staff accounts), the officer in
 * charge; the others leave the officer for the administrator to set.
 */
export function CreateTeamForm({ onDone }: { onDone: (teamId: number) => void }) {
  const { t } = useTranslation();
  const canListStaff = useCan('users.manage');
  const staff = useStaff(canListStaff);
  const create = useCreateTeam();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { name: '', officerId: null as string | null } });
  const officers = (staff.data ?? []).filter((u) => u.active && u.role !== 'admin').map((u) => ({ value: String(u.id), label: `${u.fullName} (${t(`roles.${u.role}`)})` }));

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    create.mutate(
      { name: values.name, ...(values.officerId ? { officerId: Number(values.officerId) } : {}) },
      {
        onSuccess: (r) => {
          notifications.show({ color: 'teal', message: t('ratings.teams.created') });
          onDone(r.id);
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <TextInput label={t('ratings.teams.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        {canListStaff && <Select label={t('ratings.teams.officer')} data={officers} clearable searchable {...form.getInputProps('officerId')} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('ratings.teams.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
