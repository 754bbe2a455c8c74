import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required, requiredNumber } from '../../components/form-values';
import { formatDateVN } from '../../format/format';
import { useRecordDecision } from './hooks';
import type { Proposal } from './proposal-model';

const fields = ['outcome', 'decisionNumber', 'decidedOn', 'monthsGranted'];

/** "Ghi quyết định của Tòa án": granted or refused, the decision's number and date, and the months granted. */
export function DecisionForm({ p, onDone }: { p: Proposal; onDone: (releaseDate: string | null) => void }) {
  const { t } = useTranslation();
  const record = useRecordDecision();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: {
      outcome: 'granted' as 'granted' | 'refused',
      decisionNumber: '',
      decidedOn: vnDate(new Date()) as string | null,
      monthsGranted: p.monthsProposed as number | string,
    },
  });
  const granted = form.values.outcome === 'granted';
  const k = 'reductions';

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    record.mutate(
      {
        proposalId: p.id,
        outcome: values.outcome,
        decisionNumber: values.decisionNumber,
        decidedOn: required(values.decidedOn),
        ...(values.outcome === 'granted' && p.kind === 'reduction' ? { monthsGranted: requiredNumber(values.monthsGranted) } : {}),
      },
      {
        onSuccess: (r) => {
          notifications.show({
            color: 'teal',
            message: `${t(`${k}.decisionSaved`)} ${r.releaseDate ? t(`${k}.newRelease`, { date: formatDateVN(r.releaseDate) }) : ''}`,
          });
          onDone(r.releaseDate);
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t(`${k}.decisionOutcome`)}
          </Text>
          <SegmentedControl
            aria-label={t(`${k}.decisionOutcome`)}
            data={[
              { value: 'granted', label: t(`${k}.outcome.granted`) },
              { value: 'refused', label: t(`${k}.outcome.refused`) },
            ]}
            value={form.values.outcome}
            onChange={(v) => form.setFieldValue('outcome', v as 'granted' | 'refused')}
          />
          {form.errors.outcome && (
            <Text size="xs" c="red">
              {form.errors.outcome}
            </Text>
          )}
        </Stack>
        <TextInput label={t(`${k}.decisionNumber`)} withAsterisk data-autofocus {...form.getInputProps('decisionNumber')} />
        <DateField label={t(`${k}.decidedOn`)} withAsterisk {...form.getInputProps('decidedOn')} />
        {granted && p.kind === 'reduction' && (
          <NumberInput label={t(`${k}.monthsGranted`)} withAsterisk min={1} max={24} allowDecimal={false} {...form.getInputProps('monthsGranted')} />
        )}
        {granted && p.kind === 'exemption' && (
          <Text size="sm" c="dimmed">
            {t(`${k}.exemptionHint`)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t(`${k}.decisionSave`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
