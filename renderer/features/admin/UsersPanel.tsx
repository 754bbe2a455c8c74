import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '../../../shared/contract/auth';
import { roles, type Role } from '../../../shared/contract/roles';
import { useCurrentUser } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN } from '../../format/format';
import { AuthPolicyPanel } from './AuthPolicyPanel';
import { useCreateUser, useUsers } from './hooks';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useSetUserActive, useUnlockUser } from './users-hooks';
import { ExportButton } from '../../components/ExportButton';

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useUsers();
  const [resetting, setResetting] = useState<StaffView | null>(null);
  return (
    <Stack gap="md">
      <Card>
        <Group justify="flex-end" mb="xs">
          <ExportButton method="exports.users" input={{}} size="xs" disabled={!users.data} />
        </Group>
        {users.data ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.usersTable.username')}</Table.Th>
                <Table.Th>{t('admin.usersTable.fullName')}</Table.Th>
                <Table.Th>{t('admin.usersTable.role')}</Table.Th>
                <Table.Th>{t('admin.usersTable.active')}</Table.Th>
                <Table.Th>{t('admin.usersTable.lock')}</Table.Th>
                <Table.Th>{t('admin.usersTable.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.username}</Table.Td>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={u.active ? 'teal' : 'gray'}>
                      {u.active ? t('admin.usersTable.activeYes') : t('admin.usersTable.activeNo')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <SignInState user={u} />
                  </Table.Td>
                  <Table.Td>
                    <UserActions user={u} onReset={() => setResetting(u)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <QueryStatus error={users.error} onRetry={() => void users.refetch()} />
        )}
      </Card>
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
      <UserForm />
      <AuthPolicyPanel />
    </Stack>
  );
}

function SignInState({ user }: { user: StaffView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      {user.lockedAt ? (
        <Badge color="red" variant="light" title={t('admin.usersTable.lockedSince', { at: formatInstantVN(user.lockedAt) })}>
          {t('admin.usersTable.locked')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t('admin.usersTable.open')}
        </Badge>
      )}
      {user.failedLogins > 0 && (
        <Text size="xs" c="dimmed">
          {t('admin.usersTable.failed', { n: user.failedLogins })}
        </Text>
      )}
      {user.mustChangePassword && (
        <Text size="xs" c="orange.8">
          {t('admin.usersTable.mustChange')}
        </Text>
      )}
    </Stack>
  );
}

/** Unlock, reset and (de)activation; the administrator's own row has none, so no one shuts themselves out. */
function UserActions({ user, onReset }: { user: StaffView; onReset: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser().user;
  const unlock = useUnlockUser();
  const setActive = useSetUserActive();
  if (user.id === me.id) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.usersTable.you')}
      </Text>
    );
  }
  const failed = (error: Error) => notifications.show({ color: 'red', message: error.message });
  return (
    <Group gap="xs" wrap="nowrap">
      {user.lockedAt && (
        <Button
          size="xs"
          color="red"
          loading={unlock.isPending}
          onClick={() =>
            unlock.mutate(
              { userId: user.id },
              { onSuccess: () => notifications.show({ color: 'teal', message: t('admin.usersTable.unlocked', { username: user.username }) }), onError: failed },
            )
          }
        >
          {t('admin.usersTable.unlock')}
        </Button>
      )}
      <Button size="xs" variant="default" onClick={onReset}>
        {t('admin.usersTable.resetPassword')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color={user.active ? 'red' : 'teal'}
        loading={setActive.isPending}
        onClick={() =>
          setActive.mutate(
            { userId: user.id, active: !user.active },
            {
              onSuccess: () =>
                notifications.show({
                  color: 'teal',
                  message: t(user.active ? 'admin.usersTable.deactivated' : 'admin.usersTable.reactivated', { username: user.username }),
                }),
              onError: failed,
            },
          )
        }
      >
        {user.active ? t('admin.usersTable.deactivate') : t('admin.usersTable.reactivate')}
      </Button>
    </Group>
  );
}

const fields = ['username', 'fullName', 'role', 'password'] as const;

function UserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { username: '', fullName: '', role: 'officer' as Role | null, password: '' } });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    create.mutate(
      { ...values, role: required(values.role) },
      {
        onSuccess: (user) => {
          notifications.show({ color: 'teal', message: t('admin.userForm.done', { username: user.username }) });
          form.reset();
        },
        onError: (error) => {
          showApiError(error, fields, form, setGeneral);
        },
      },
    );
  });

  return (
    <Card component="section" aria-label={t('admin.userForm.title')}>
      <Title order={4} mb="sm">
        {t('admin.userForm.title')}
      </Title>
      <FormAlert messages={general} />
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label={t('admin.userForm.username')} withAsterisk autoComplete="off" {...form.getInputProps('username')} />
          <TextInput label={t('admin.userForm.fullName')} withAsterisk {...form.getInputProps('fullName')} />
          <Select
            label={t('admin.userForm.role')}
            withAsterisk
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <PasswordField label={t('admin.userForm.password')} withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={create.isPending}>
            {t('admin.userForm.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
