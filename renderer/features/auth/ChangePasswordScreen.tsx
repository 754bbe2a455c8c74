import { Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { useChangePassword } from './hooks';

const fields = ['oldPassword', 'newPassword'] as const;

/** Shown instead of the app after an administrator's reset, until the user has chosen a password of their own. */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: { oldPassword: '', newPassword: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.newPassword ? null : t('passwordChange.mismatch')) },
  });

  const submit = form.onSubmit(({ oldPassword, newPassword }) => {
    setGeneral([]);
    change.mutate(
      { oldPassword, newPassword },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('passwordChange.done') }),
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });

  return (
    <Center mih="100dvh" bg="gray.0">
      <Card w={420} shadow="sm">
        <Title order={3} mb="xs">
          {t('passwordChange.title')}
        </Title>
        <Text size="sm" mb="md">
          {t('passwordChange.forced')}
        </Text>
        <FormAlert messages={general} />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <PasswordField label={t('passwordChange.oldPassword')} autoComplete="current-password" autoFocus {...form.getInputProps('oldPassword')} />
            <PasswordField
              label={t('passwordChange.newPassword')}
              description={t('passwordChange.newPasswordHint')}
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label={t('passwordChange.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
            <Button type="submit" loading={change.isPending}>
              {t('passwordChange.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
