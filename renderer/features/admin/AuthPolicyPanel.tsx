import { Button, Card, Group, NumberInput, SimpleGrid, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IDLE_MINUTES_MAX,
  IDLE_MINUTES_MIN,
  LOCK_AFTER_MAX,
  LOCK_AFTER_MIN,
  type AuthPolicy,
} from '../../../shared/contract/auth';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { QueryStatus } from '../../components/QueryStatus';
import { useAuthPolicy, useSetAuthPolicy } from './users-hooks';

const fields = ['lockAfterFailures', 'idleMinutes'] as const;

/** How many wrong passwords lock an account, and how long without use locks the screen. */
export function AuthPolicyPanel() {
  const { t } = useTranslation();
  const policy = useAuthPolicy();
  const save = useSetAuthPolicy();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<AuthPolicy>({ initialValues: { lockAfterFailures: 5, idleMinutes: 15 } });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (policy.data) {
      setValues(policy.data);
      resetDirty(policy.data);
    }
  }, [policy.data, setValues, resetDirty]);

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    save.mutate(values, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('admin.policy.done') }),
      onError: (error) => showApiError(error, fields, form, setGeneral),
    });
  });

  return (
    <Card component="section" aria-label={t('admin.policy.title')}>
      <Title order={4} mb="sm">
        {t('admin.policy.title')}
      </Title>
      {policy.data ? (
        <form onSubmit={submit} noValidate>
          <FormAlert messages={general} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('admin.policy.lockAfter')}
              description={t('admin.policy.lockAfterHint')}
              min={LOCK_AFTER_MIN}
              max={LOCK_AFTER_MAX}
              allowDecimal={false}
              {...form.getInputProps('lockAfterFailures')}
            />
            <NumberInput
              label={t('admin.policy.idleMinutes')}
              description={t('admin.policy.idleMinutesHint')}
              min={IDLE_MINUTES_MIN}
              max={IDLE_MINUTES_MAX}
              allowDecimal={false}
              {...form.getInputProps('idleMinutes')}
            />
          </SimpleGrid>
          <Group mt="md">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('admin.policy.submit')}
            </Button>
          </Group>
        </form>
      ) : (
        <QueryStatus error={policy.error} onRetry={() => void policy.refetch()} />
      )}
    </Card>
  );
}
