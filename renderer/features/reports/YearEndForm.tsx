import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearEndKeys, type YearEndKey } from '../../../shared/domain/report-figures';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { useSetYearEnd } from './hooks';
import type { ReportView } from './report-view';

/** Nested as the keys read ("staff.total" → staff.total), which is how the form addresses its fields. */
type Values = Record<string, Record<string, number | string>>;

const split = (key: YearEndKey) => key.split('.') as [string, string];

/** Staff and the year's funding, typed in by hand for the December and year reports. */
export function YearEndForm({ year, values, canEdit }: { year: number; values: NonNullable<ReportView['yearEnd']>; canEdit: boolean }) {
  const { t: typed } = useTranslation();
  const t = typed as unknown as (key: string, options?: Record<string, unknown>) => string;
  const save = useSetYearEnd();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({
    initialValues: yearEndKeys.reduce<Values>((acc, k) => {
      const [group, field] = split(k);
      acc[group] = { ...acc[group], [field]: values[k] ?? '' };
      return acc;
    }, {}),
  });
  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const entered = Object.fromEntries(
      yearEndKeys.map((k) => {
        const [group, field] = split(k);
        const value = v[group]?.[field];
        return [k, typeof value === 'number' ? value : null];
      }),
    ) as Record<YearEndKey, number | null>;
    save.mutate(
      { year, values: entered },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('reports.yearEnd.saved', { year }) }),
        // The back end names a field "values.staff.total"; the form knows it as "staff.total".
        onError: (error) =>
          showApiError(error, yearEndKeys.map((k) => `values.${k}`), { setErrors: (e) => form.setErrors(Object.fromEntries(Object.entries(e).map(([f, m]) => [f.slice('values.'.length), m]))) }, setGeneral),
      },
    );
  });
  const group = (prefix: 'staff' | 'funding') => (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t(`reports.yearEnd.${prefix}`)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {yearEndKeys
          .filter((k) => k.startsWith(`${prefix}.`))
          .map((k) => (
            <NumberInput
              key={k}
              label={t(`reports.yearEnd.field.${k}`)}
              min={0}
              allowDecimal={false}
              thousandSeparator="."
              decimalSeparator=","
              readOnly={!canEdit}
              hideControls
              {...form.getInputProps(k)}
            />
          ))}
      </SimpleGrid>
    </Stack>
  );
  return (
    <Card withBorder>
      <Title order={4}>{t('reports.yearEnd.title', { year })}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reports.yearEnd.hint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <FormAlert messages={general} />
        <Stack gap="md">
          {group('staff')}
          {group('funding')}
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
