import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { QueryStatus } from '../../components/QueryStatus';
import { CandidateList } from './CandidateList';
import { enrolErrorField, enrolInput, needsFundingReason, type Candidate, type ClassSummary } from './class-model';
import { useCandidates, useEnrol } from './hooks';

/**
 * "Ghi danh học viên": find residents, tick them (the choice survives a new search), give a reason for each one
 * already trained on an earlier stay, the day they join; past capacity they go on the waiting list.
 */
export function EnrolModal({ summary, onClose }: { summary: ClassSummary; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} size="lg" title={t('training.enrol.title', { name: summary.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <EnrolForm summary={summary} onDone={onClose} />
    </Modal>
  );
}

function EnrolForm({ summary, onDone }: { summary: ClassSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const candidates = useCandidates(summary.id, debounced, true);
  const enrol = useEnrol();
  const [chosen, setChosen] = useState<Candidate[]>([]);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { enrolledOn: vnDate(new Date()) as string | null, reasons: {} as Record<string, string> } });
  const chosenIds = new Set(chosen.map((c) => c.stayId));
  const flagged = chosen.filter(needsFundingReason);
  const free = Math.max(0, summary.capacity - summary.enrolled);

  const toggle = (c: Candidate, on: boolean) => {
    if (on && form.values.reasons[String(c.stayId)] === undefined) form.setFieldValue(`reasons.${c.stayId}`, '');
    setChosen((list) => (on ? [...list, c] : list.filter((x) => x.stayId !== c.stayId)));
  };

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    if (chosen.length === 0) return setGeneral([t('training.enrol.pickOne')]);
    enrol.mutate(enrolInput(summary.id, required(v.enrolledOn), chosen, v.reasons), {
      onSuccess: (out) => {
        notifications.show({ color: 'teal', message: t('training.enrol.done', { enrolled: out.enrolled, waiting: out.waiting }), autoClose: 8000 });
        onDone();
      },
      onError: (error) => {
        // The back end names a reason by its place in the call ("stays.2.fundingReason"); the form by the resident.
        const fieldNames = ['enrolledOn', ...chosen.map((_, i) => `stays.${i}.fundingReason`)];
        const split = splitApiError(error, fieldNames);
        form.setErrors(Object.fromEntries(Object.entries(split.fieldErrors).map(([field, message]) => [enrolErrorField(field, chosen), message])));
        setGeneral(split.general);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <TextInput
          label={t('training.enrol.search')}
          placeholder={t('training.enrol.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-autofocus
        />
        {candidates.data ? (
          <CandidateList candidates={candidates.data.candidates} chosen={chosenIds} onToggle={toggle} />
        ) : (
          <QueryStatus error={candidates.error} onRetry={() => void candidates.refetch()} />
        )}
        <Text size="sm" fw={500}>
          {t('training.enrol.chosen', { n: chosen.length })} {free > 0 ? t('training.enrol.free', { n: free }) : t('training.enrol.full')}
        </Text>
        {flagged.length > 0 && (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('training.enrol.reasonHint')}
            </Text>
            {flagged.map((c) => (
              <Textarea
                key={c.stayId}
                label={t('training.enrol.reason', { name: c.fullName })}
                withAsterisk
                autosize
                minRows={1}
                {...form.getInputProps(`reasons.${c.stayId}`)}
              />
            ))}
          </Stack>
        )}
        <DateField label={t('training.enrol.enrolledOn')} withAsterisk w={200} {...form.getInputProps('enrolledOn')} />
        <Group justify="flex-end">
          <Button type="submit" loading={enrol.isPending}>
            {t('training.enrol.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
