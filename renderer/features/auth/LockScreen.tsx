import { Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionHolder } from '../../api/session';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { useLogout, useUnlock } from './hooks';

/**
 * Covers the whole window with a solid screen, so a passer-by reads nothing of the file underneath, while the
 * screens below stay mounted with whatever was typed. Only the user who locked it gets back in.
 */
export function LockScreen({ user }: { user: SessionHolder }) {
  const { t } = useTranslation();
  const unlock = useUnlock();
  const logout = useLogout();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { password: '' } });

  const submit = form.onSubmit(({ password }) => {
    setGeneral([]);
    unlock.mutate(
      { username: user.username, password },
      {
        onError: (error) => {
          form.setFieldValue('password', '');
          showApiError(error, ['password'], form, setGeneral);
        },
      },
    );
  });

  return (
    <Modal.Root opened onClose={() => {}} fullScreen closeOnEscape={false} closeOnClickOutside={false} trapFocus zIndex={1000}>
      <Modal.Overlay backgroundOpacity={1} color="var(--mantine-color-gray-1)" />
      <Modal.Content bg="gray.1">
        <Modal.Body>
      <Stack maw={380} mx="auto" mt="15vh" gap="md">
        <Modal.Title component="h2" fz="h2" fw={700}>
          {t('lock.title')}
        </Modal.Title>
        <Text>{t('lock.intro', { name: user.fullName })}</Text>
        <FormAlert messages={general} />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <PasswordField
              label={t('lock.password', { username: user.username })}
              autoComplete="current-password"
              data-autofocus
              {...form.getInputProps('password')}
            />
            <Group justify="space-between">
              <Tooltip label={t('lock.signOutHint')} multiline w={260} withArrow>
                <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
                  {t('lock.signOut')}
                </Button>
              </Tooltip>
              <Button type="submit" loading={unlock.isPending}>
                {t('lock.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
