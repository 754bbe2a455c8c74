import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/contract/roles';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { QueryStatus } from '../../components/QueryStatus';
import { useCreateUser, useUsers } from './hooks';

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <Stack gap="md">
      <Card>
        {users.data ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.usersTable.username')}</Table.Th>
                <Table.Th>{t('admin.usersTable.fullName')}</Table.Th>
                <Table.Th>{t('admin.usersTable.role')}</Table.Th>
                <Table.Th>{t('admin.usersTable.active')}</Table.Th>
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <QueryStatus error={users.error} onRetry={() => void users.refetch()} />
        )}
      </Card>
      <UserForm />
    </Stack>
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
