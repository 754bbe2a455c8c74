import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '../../../shared/contract/auth';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { useResetPassword } from './users-hooks';

/** The administrator types a temporary password for a user, who must change it at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: StaffView; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { password: '' } });

  const submit = form.onSubmit(({ password }) => {
    setGeneral([]);
    reset.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('admin.resetForm.done', { username: user.username }) });
          onClose();
        },
        onError: (error) => showApiError(error, ['password'], form, setGeneral),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('admin.resetForm.title', { name: user.fullName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('admin.resetForm.intro')}</Text>
          <FormAlert messages={general} />
          <PasswordField
            label={t('admin.resetForm.password')}
            description={t('setup.passwordHint')}
            withAsterisk
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.resetForm.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('admin.resetForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
