import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useRecordMerit } from './hooks';

interface Props {
  stayId: number;
  name: string;
  opened: boolean;
  onClose: () => void;
}

/** "Ghi lập công": a meritorious act, which widens a reduction to 3–6 months. */
export function RecordMeritModal({ stayId, name, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('releasePlanning.meritTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <MeritForm stayId={stayId} onDone={onClose} />}
    </Modal>
  );
}

const fields = ['actOn', 'description', 'documentNumber'];

function MeritForm({ stayId, onDone }: { stayId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordMerit();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ initialValues: { actOn: vnDate(new Date()) as string | null, description: '', documentNumber: '' } });
  const k = 'releasePlanning';
  const submit = form.onSubmit((values) => {
    setGeneral([]);
    const documentNumber = values.documentNumber.trim();
    record.mutate(
      { stayId, actOn: required(values.actOn), description: values.description, ...(documentNumber ? { documentNumber } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t(`${k}.meritSaved`) });
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
        <DateField label={t(`${k}.actOn`)} withAsterisk {...form.getInputProps('actOn')} />
        <Textarea label={t(`${k}.description`)} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('description')} />
        <TextInput label={t(`${k}.meritDocument`)} {...form.getInputProps('documentNumber')} />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            {t(`${k}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
