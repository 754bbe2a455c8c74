import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { exemptionGrounds, type ExemptionGround } from '../../../shared/domain/vocabulary';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useRecordGround } from './hooks';

interface Props {
  stayId: number;
  name: string;
  opened: boolean;
  onClose: () => void;
}

/** "Ghi căn cứ miễn chấp hành": serious illness, pregnancy or a prison sentence, with the paper it rests on. */
export function RecordGroundModal({ stayId, name, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('releasePlanning.groundTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <GroundForm stayId={stayId} onDone={onClose} />}
    </Modal>
  );
}

const fields = ['ground', 'recordedOn', 'documentNumber', 'note'];

function GroundForm({ stayId, onDone }: { stayId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordGround();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({
    initialValues: { ground: null as ExemptionGround | null, recordedOn: vnDate(new Date()) as string | null, documentNumber: '', note: '' },
  });
  const k = 'releasePlanning';
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const note = values.note.trim();
    record.mutate(
      { stayId, ground: required(values.ground), recordedOn: required(values.recordedOn), documentNumber: values.documentNumber, ...(note ? { note } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`${k}.groundSaved`) });
          onDone();
        },
        onError: (error) => showApiError(error, fields, form, setGeneral),
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Select
          label={t(`${k}.ground`)}
          withAsterisk
          allowDeselect={false}
          data={exemptionGrounds.map((g) => ({ value: g, label: t(`exemptionGround.${g}`) }))}
          data-autofocus
          {...form.getInputProps('ground')}
        />
        <Text size="xs" c="dimmed">
          {t(`${k}.groundHealthHint`)}
        </Text>
        <DateField label={t(`${k}.recordedOn`)} withAsterisk {...form.getInputProps('recordedOn')} />
        <TextInput label={t(`${k}.groundDocument`)} withAsterisk {...form.getInputProps('documentNumber')} />
        <Textarea label={t(`${k}.groundNote`)} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t(`${k}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
