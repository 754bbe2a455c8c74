import { Alert, Button, Checkbox, Group, List, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { HandedInRows, VisitorRows } from './VisitFormRows';
import { useRecordVisit } from './hooks';
import { initialVisitValues, visitFieldPaths, visitInputOf } from './visit-form';

/**
 * "Ghi thăm gặp". The back end judges the visit rules; a refusal lists every rule broken with its citation, and
 * the officer may then record the visit as an exception by giving the reason (audited), never silently.
 */
export function VisitForm({ stayId, onDone }: { stayId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordVisit();
  const [general, setGeneral] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string[]>([]);
  const [asException, setAsException] = useState(false);
  const form = useForm({ initialValues: initialVisitValues(vnDate(new Date())) });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    record.mutate(visitInputOf(stayId, values, asException), {
      onSuccess: (r) => {
        notifications.show({ color: r.exception ? 'orange' : 'teal', message: t(r.exception ? 'visits.savedException' : 'visits.saved') });
        onDone();
      },
      onError: (error) => {
        if (error.code === 'rule_violation') {
          form.setErrors({});
          setRefusal(error.issues.length > 0 ? error.issues.map((i) => i.message) : [error.message]);
          return;
        }
        showApiError(error, visitFieldPaths(values), form, setGeneral);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      {refusal.length > 0 && (
        <Alert color="orange" title={t('visits.refusedTitle')} role="alert" mb="md">
          <List size="sm" mb="xs">
            {refusal.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
          <Text size="sm" mb="xs">
            {t('visits.refusedHint')}
          </Text>
          <Checkbox label={t('visits.recordException')} checked={asException} onChange={(e) => setAsException(e.currentTarget.checked)} />
        </Alert>
      )}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('visits.date')} withAsterisk maxDate={vnDate(new Date())} data-autofocus {...form.getInputProps('visitOn')} />
          <TextInput label={t('visits.startTime')} type="time" {...form.getInputProps('startTime')} />
          <NumberInput
            label={t('visits.duration')}
            withAsterisk
            min={1}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        <Checkbox label={t('visits.approved')} {...form.getInputProps('approvedExtension', { type: 'checkbox' })} />
        <VisitorRows form={form} />
        <HandedInRows form={form} />
        {asException && (
          <Textarea
            label={t('visits.overrideReason')}
            placeholder={t('visits.overrideHint')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('overrideReason')}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" color={asException ? 'orange' : undefined} loading={record.isPending}>
            {asException ? t('visits.recordException') : t('visits.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
