import { Button, Card, Container, Divider, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { PasswordField } from '../../components/PasswordField';
import { showApiError } from '../../components/form-errors';
import { requiredNumber } from '../../components/form-values';
import { useCreateSetup } from './hooks';

const fields = [
  'facility.name',
  'facility.governingUnit',
  'facility.address',
  'facility.designCapacity',
  'admin.username',
  'admin.fullName',
  'admin.password',
] as const;

/** First run: the facility and its first administrator. No account exists before this, so no default password. */
export function SetupScreen() {
  const { t } = useTranslation();
  const create = useCreateSetup();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      facility: { name: '', governingUnit: '', address: '', designCapacity: '' as number | string },
      admin: { username: '', fullName: '', password: '' },
      passwordConfirm: '',
    },
    validate: {
      passwordConfirm: (value, values) => (value === values.admin.password ? null : t('setup.passwordMismatch')),
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    create.mutate(
      {
        facility: { ...values.facility, designCapacity: requiredNumber(values.facility.designCapacity) },
        admin: values.admin,
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('setup.done') }),
        onError: (error) => {
          showApiError(error, fields, form, setGeneral);
        },
      },
    );
  });

  return (
    <Container size={560} py="xl">
      <Title order={2}>{t('app.name')}</Title>
      <Text c="dimmed" mb="lg">
        {t('app.tagline')}
      </Text>
      <Card>
        <Title order={3}>{t('setup.title')}</Title>
        <Text size="sm" mt="xs" mb="md">
          {t('setup.intro')}
        </Text>
        <FormAlert messages={general} />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={4}>{t('setup.facility')}</Title>
            <TextInput
              label={t('setup.facilityName')}
              withAsterisk
              data-autofocus
              autoFocus
              {...form.getInputProps('facility.name')}
            />
            <TextInput
              label={t('setup.governingUnit')}
              withAsterisk
              {...form.getInputProps('facility.governingUnit')}
            />
            <TextInput label={t('setup.address')} withAsterisk {...form.getInputProps('facility.address')} />
            <NumberInput
              label={t('setup.designCapacity')}
              withAsterisk
              min={1}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps('facility.designCapacity')}
            />
            <Divider my="xs" />
            <Title order={4}>{t('setup.admin')}</Title>
            <TextInput
              label={t('setup.username')}
              description={t('setup.usernameHint')}
              withAsterisk
              autoComplete="username"
              {...form.getInputProps('admin.username')}
            />
            <TextInput label={t('setup.fullName')} withAsterisk {...form.getInputProps('admin.fullName')} />
            <PasswordField
              label={t('setup.password')}
              description={t('setup.passwordHint')}
              withAsterisk
              autoComplete="new-password"
              {...form.getInputProps('admin.password')}
            />
            <PasswordField
              label={t('setup.passwordConfirm')}
              withAsterisk
              autoComplete="new-password"
              {...form.getInputProps('passwordConfirm')}
            />
            <Button type="submit" loading={create.isPending} mt="sm">
              {t('setup.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Container>
  );
}
