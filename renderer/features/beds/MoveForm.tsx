import { Alert, Button, Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import type { AreaView } from '../../../shared/contract/beds';
import { vnDate } from '../../../shared/domain/dates';
import { useCan } from '../../app/current-user';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { required } from '../../components/form-values';
import { freeBedGroups } from './board-model';
import { useCandidates, useMoveBed } from './hooks';

/** Either a resident to move (pick the bed) or a free bed to fill (pick the resident). */
export type MoveSubject = { kind: 'move'; stayId: number; fromBedId: number; name: string } | { kind: 'place'; toBedId: number };

const ownFields = ['occurredOn', 'reason'] as const;
type Candidate = MethodOutput<'beds.candidates'>[number];

/**
 * Moves a resident to another bed or places one in a free bed. The back end judges the placement rules; its
 * refusals (every rule broken, with the article) show above the form, and the head may tick the override.
 */
export function MoveForm({ subject, board, onDone }: { subject: MoveSubject; board: AreaView[]; onDone: () => void }) {
  const { t } = useTranslation();
  const move = useMoveBed();
  const canOverride = useCan('placement.override');
  const [general, setGeneral] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const candidateLabel = (c: Candidate) => `${c.fullName} · ${c.fileNumber} · ${c.bedLabel ?? t('beds.move.noBed')}`;
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Candidate | null>(null);
  // Once a resident is picked the box shows their label; that is not a new search.
  const [query] = useDebouncedValue(picked && search === candidateLabel(picked) ? '' : search.trim(), 250);
  const candidates = useCandidates(query, subject.kind === 'place');
  const candidateList = [...(picked ? [picked] : []), ...(candidates.data ?? []).filter((c) => c.stayId !== picked?.stayId)];
  const form = useForm({
    initialValues: {
      toBedId: null as string | null,
      stayId: null as string | null,
      occurredOn: vnDate(new Date()) as string | null,
      reason: '',
      override: false,
    },
  });

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const stayId = subject.kind === 'move' ? subject.stayId : Number(required(values.stayId));
    const toBedId = subject.kind === 'place' ? subject.toBedId : Number(required(values.toBedId));
    const occurredOn = values.occurredOn ?? undefined;
    move.mutate(
      { stayId, toBedId, reason: values.reason, ...(occurredOn ? { occurredOn } : {}), ...(values.override ? { override: true } : {}) },
      {
        onSuccess: (r) => {
          const name = subject.kind === 'move' ? subject.name : (picked?.fullName ?? '');
          notifications.show({ color: 'teal', message: t(r.override ? 'beds.move.doneOverride' : 'beds.move.done', { name, bed: r.bedLabel }) });
          if (r.overCapacity) notifications.show({ color: 'orange', message: t('beds.move.overCapacity', { bed: r.bedLabel }) });
          onDone();
        },
        onError: (error) => {
          // Each broken rule is its own issue; show them all rather than only the first under the bed field.
          const errors: Record<string, string> = {};
          const rest: string[] = [];
          for (const i of error.issues) {
            if ((ownFields as readonly string[]).includes(i.field)) errors[i.field] ??= i.message;
            else rest.push(i.message);
          }
          if (error.issues.length === 0) rest.push(error.message);
          form.setErrors(errors);
          setGeneral(rest);
          setRefused(error.code === 'rule_violation' && (error.field === 'toBedId' || error.field === undefined));
        },
      },
    );
  });

  const bedGroups = subject.kind === 'move' ? freeBedGroups(board, subject.fromBedId) : [];
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      {refused && canOverride && (
        <Alert color="yellow" mb="md">
          {t('beds.move.overrideHint')}
        </Alert>
      )}
      <Stack gap="sm">
        {subject.kind === 'move' ? (
          <Select
            label={t('beds.move.toBed')}
            placeholder={t('beds.move.toBedPlaceholder')}
            nothingFoundMessage={t('beds.move.noFreeBeds')}
            data={bedGroups}
            searchable
            withAsterisk
            data-autofocus
            {...form.getInputProps('toBedId')}
          />
        ) : (
          <Select
            label={t('beds.move.resident')}
            placeholder={t('beds.move.residentPlaceholder')}
            nothingFoundMessage={t('beds.move.noCandidates')}
            data={candidateList.map((c) => ({ value: String(c.stayId), label: candidateLabel(c) }))}
            searchable
            filter={({ options }) => options}
            searchValue={search}
            onSearchChange={setSearch}
            withAsterisk
            data-autofocus
            {...form.getInputProps('stayId')}
            onChange={(value) => {
              form.setFieldValue('stayId', value);
              setPicked(candidateList.find((c) => String(c.stayId) === value) ?? null);
            }}
          />
        )}
        <DateField label={t('beds.move.date')} withAsterisk maxDate={vnDate(new Date())} {...form.getInputProps('occurredOn')} />
        <Textarea label={t('beds.move.reason')} placeholder={t('beds.move.reasonPlaceholder')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        {canOverride && <Checkbox label={t('beds.move.override')} {...form.getInputProps('override', { type: 'checkbox' })} />}
        <Button type="submit" loading={move.isPending}>
          {subject.kind === 'move' ? t('beds.move.submitMove') : t('beds.move.submitPlace')}
        </Button>
      </Stack>
    </form>
  );
}
