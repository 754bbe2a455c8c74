import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useRemoveMember } from './hooks';

type Member = MethodOutput<'teams.members'>['members'][number];

/** "Rời tổ": the day the resident leaves the team (today by default); the membership history stays. */
export function LeaveTeamForm({ teamId, member, onDone }: { teamId: number; member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveMember();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { on: vnDate(new Date()) as string | null } });
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    remove.mutate(
      { teamId, stayId: member.stayId, on: required(values.on) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('ratings.teams.left') });
          onDone();
        },
        onError: (error) => showApiError(error, ['on'], form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <DateField label={t('ratings.teams.leaveOn')} withAsterisk {...form.getInputProps('on')} />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={remove.isPending}>
            {t('ratings.teams.leaveAction')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
