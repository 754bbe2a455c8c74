import { Button, Card, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { periodConventions, type PeriodConvention } from '../../../shared/domain/report-period';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useSetReportSettings } from './hooks';

/** "recipients.2" names one line of the box; its message goes under the whole box. */
const lines = Array.from({ length: 12 }, (_, i) => `recipients.${i}`);
const fields = ['governingUnit', 'issuingUnit', 'numberSymbol', 'place', 'signerTitle', 'signerName', 'recipients', ...lines, 'defaultConvention'];
const boxOf = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([f, m]) => [f.startsWith('recipients.') ? 'recipients' : f, m]));

/** The report's header per NĐ 30/2020 (units, number symbol, place, signer, recipients) and the default convention. */
export function SettingsForm({ settings }: { settings: MethodOutput<'reports.settings'> }) {
  const { t } = useTranslation();
  const save = useSetReportSettings();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: { ...settings, recipients: settings.recipients.join('\n'), defaultConvention: settings.defaultConvention as PeriodConvention },
  });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const recipients = v.recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    save.mutate(
      { ...v, recipients },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('reports.settings.saved') }),
        onError: (error) => showApiError(error, fields, { setErrors: (e) => form.setErrors(boxOf(e)) }, setGeneral),
      },
    );
  });
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t('reports.settings.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <FormAlert messages={general} />
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('reports.settings.governingUnit')} withAsterisk {...form.getInputProps('governingUnit')} />
            <TextInput label={t('reports.settings.issuingUnit')} withAsterisk {...form.getInputProps('issuingUnit')} />
            <TextInput label={t('reports.settings.numberSymbol')} description={t('reports.settings.numberSymbolHint')} withAsterisk {...form.getInputProps('numberSymbol')} />
            <TextInput label={t('reports.settings.place')} withAsterisk {...form.getInputProps('place')} />
            <TextInput label={t('reports.settings.signerTitle')} withAsterisk {...form.getInputProps('signerTitle')} />
            <TextInput label={t('reports.settings.signerName')} withAsterisk {...form.getInputProps('signerName')} />
          </SimpleGrid>
          <Textarea label={t('reports.settings.recipients')} autosize minRows={3} withAsterisk {...form.getInputProps('recipients')} />
          <Select
            label={t('reports.settings.defaultConvention')}
            data={periodConventions.map((c) => ({ value: c, label: t(`reports.period.conventions.${c}`) }))}
            allowDeselect={false}
            maw={320}
            {...form.getInputProps('defaultConvention')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
