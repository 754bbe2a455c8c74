import { Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { useLogin } from './hooks';

export function LoginScreen({ facilityName }: { facilityName: string | null }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { username: '', password: '' } });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    login.mutate(values, {
      onError: (error) => {
        showApiError(error, ['username', 'password'], form, setGeneral);
      },
    });
  });

  return (
    <Card w={400} shadow="sm">
      <Title order={2}>{t('app.name')}</Title>
      <Text c="dimmed" size="sm">
        {facilityName ?? t('app.tagline')}
      </Text>
      <Title order={3} mt="lg" mb="md">
        {t('login.title')}
      </Title>
      <FormAlert messages={general} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('login.username')}
            autoComplete="username"
            autoFocus
            {...form.getInputProps('username')}
          />
          <PasswordField label={t('login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
