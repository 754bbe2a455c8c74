import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { enrolmentResults, type EnrolmentResult } from '../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { resultErrorField, resultRows, resultsInput, type ClassDetailData, type ResultRow } from './class-model';
import { useRecordResults } from './hooks';

const resultFields = ['result', 'reason', 'certificateNumber', 'certificateDate'];

/** "Ghi kết quả": a result per enrolled resident; a pass with its certificate number and date, a drop with its reason. */
export function ResultsForm({ detail, onDone }: { detail: ClassDetailData; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordResults();
  const [general, setGeneral] = useState<string[]>([]);
  const enrolled = detail.enrolments.filter((e) => e.status === 'enrolled');
  const form = useForm<{ rows: ResultRow[] }>({ initialValues: { rows: resultRows(detail.enrolments) } });
  const options = [{ value: '', label: t('common.none') }, ...enrolmentResults.map((r) => ({ value: r, label: t(`training.result.${r}`) }))];

  const choose = (i: number, value: string | null) => {
    const result = value as EnrolmentResult | null;
    form.setFieldValue(`rows.${i}.result`, result);
    if (result === 'pass' && !form.values.rows[i]?.certificateDate) form.setFieldValue(`rows.${i}.certificateDate`, vnDate(new Date()));
  };

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    const { input, rowOf } = resultsInput(detail.class.id, v.rows);
    if (input.results.length === 0) return setGeneral([t('training.results.none')]);
    record.mutate(input, {
      onSuccess: (out) => {
        notifications.show({ color: 'teal', message: t('training.results.saved', { n: out.saved }) });
        onDone();
      },
      onError: (error) => {
        const fields = rowOf.flatMap((_, i) => resultFields.map((f) => `results.${i}.${f}`));
        const split = splitApiError(error, fields);
        form.setErrors(Object.fromEntries(Object.entries(split.fieldErrors).map(([f, m]) => [resultErrorField(f, rowOf), m])));
        setGeneral(split.general);
      },
    });
  });

  if (enrolled.length === 0) return <Text size="sm">{t('training.results.noEnrolled')}</Text>;
  return (
    <form onSubmit={submit} noValidate aria-label={t('training.results.title')}>
      <FormAlert messages={general} />
      <Text size="sm" c="dimmed" mb="sm">
        {t('training.results.intro')}
      </Text>
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.enrolments.name')}</Table.Th>
              <Table.Th w={170}>{t('training.enrolments.result')}</Table.Th>
              <Table.Th>{t('training.enrolments.certificate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.rows.map((row, i) => {
              const name = enrolled.find((e) => e.id === row.enrolmentId)?.fullName ?? '';
              return (
                <Table.Tr key={row.enrolmentId}>
                  <Table.Td fw={500}>{name}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('training.results.result', { name })}
                      data={options}
                      value={row.result ?? ''}
                      error={form.errors[`rows.${i}.result`]}
                      onChange={(ev) => choose(i, ev.currentTarget.value || null)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {row.result === 'pass' && (
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <TextInput aria-label={t('training.results.certificateNumber', { name })} placeholder={t('training.enrolments.certificate')} {...form.getInputProps(`rows.${i}.certificateNumber`)} />
                        <DateField aria-label={t('training.results.certificateDate', { name })} w={150} {...form.getInputProps(`rows.${i}.certificateDate`)} />
                      </Group>
                    )}
                    {row.result !== null && row.result !== 'pass' && (
                      <TextInput aria-label={t('training.results.reason', { name })} placeholder={t('training.results.reason', { name: '' }).trim()} {...form.getInputProps(`rows.${i}.reason`)} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack mt="sm">
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('training.results.close')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('training.results.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
