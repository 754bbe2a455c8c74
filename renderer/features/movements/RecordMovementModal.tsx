import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordableType } from '../../../shared/contract/movements';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { useRecordMovement } from './hooks';
import { fieldsOf, isRequired, toInput, type MovementField, type MovementValues } from './movement-form';

interface Props {
  stayId: number;
  name: string;
  types: RecordableType[];
  opened: boolean;
  onClose: () => void;
}

/** "Ghi diễn biến": only the movements the state machine allows now, each with its own fields. */
export function RecordMovementModal({ stayId, name, types, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('movements.recordTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <RecordForm stayId={stayId} types={types} onDone={onClose} />}
    </Modal>
  );
}

const formFields = ['type', 'occurredOn', 'destination', 'documentNumber', 'documentDate', 'expectedReturnOn', 'travelDays', 'reason'];

/** Now in Vietnam as "HH:mm", the default time of a movement recorded as it happens. */
function vnTimeNow(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(11, 16);
}

function RecordForm({ stayId, types, onDone }: { stayId: number; types: RecordableType[]; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordMovement();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<MovementValues>({
    initialValues: {
      type: types.length === 1 ? (types[0] ?? null) : null,
      occurredOn: vnDate(new Date()),
      occurredTime: vnTimeNow(),
      destination: '',
      documentNumber: '',
      documentDate: null,
      expectedReturnOn: null,
      travelDays: 0,
      reason: '',
    },
  });
  const type = form.values.type;

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    if (!values.type) return form.setFieldError('type', t('movements.type'));
    if (!values.occurredOn) return form.setFieldError('occurredOn', t('movements.occurredOn'));
    record.mutate(toInput(stayId, { ...values, type: values.type, occurredOn: values.occurredOn }), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('movements.saved') });
        onDone();
      },
      onError: (error) => {
        const split = splitApiError(error, [...formFields, 'occurredAt']);
        const { occurredAt, ...rest } = split.fieldErrors;
        form.setErrors(occurredAt ? { ...rest, occurredOn: occurredAt } : rest);
        setGeneral(split.general);
      },
    });
  });

  const field = (f: MovementField) => {
    if (!type) return null;
    const required = isRequired(type, f);
    switch (f) {
      case 'destination':
        return <TextInput key={f} label={t(`movements.destination.${type === 'to_court' || type === 'funeral_leave' ? type : 'to_hospital'}`)} withAsterisk={required} {...form.getInputProps(f)} />;
      case 'documentNumber': {
        const labelKey = type === 'escaped' || type === 'returned' || type === 'funeral_leave' || type === 'to_court' || type === 'suspended' ? type : 'other';
        return <TextInput key={f} label={t(`movements.documentNumber.${labelKey}`)} withAsterisk={required} {...form.getInputProps(f)} />;
      }
      case 'documentDate':
        return <DateField key={f} label={t('movements.documentDate')} withAsterisk={required} clearable {...form.getInputProps(f)} />;
      case 'expectedReturnOn':
        return (
          <DateField
            key={f}
            label={t(type === 'funeral_leave' ? 'movements.expectedReturnFuneral' : 'movements.expectedReturnOn')}
            withAsterisk={required}
            clearable
            {...form.getInputProps(f)}
          />
        );
      case 'travelDays':
        return <NumberInput key={f} label={t('movements.travelDays')} description={t('movements.travelDaysHint')} min={0} max={30} allowDecimal={false} {...form.getInputProps(f)} />;
      case 'reason':
        return <Textarea key={f} label={t('movements.reason')} withAsterisk={required} autosize minRows={2} {...form.getInputProps(f)} />;
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <Select
          label={t('movements.type')}
          withAsterisk
          allowDeselect={false}
          data={types.map((v) => ({ value: v, label: t(`movementType.${v}`) }))}
          {...form.getInputProps('type')}
        />
        <Group grow align="flex-start">
          <DateField label={t('movements.occurredOn')} withAsterisk {...form.getInputProps('occurredOn')} />
          <TextInput type="time" label={t('movements.occurredTime')} {...form.getInputProps('occurredTime')} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('movements.lateHint')}
        </Text>
        {type && fieldsOf(type).map(field)}
        <Text size="xs" c="dimmed">
          {t('movements.bedMoveHint')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending} disabled={!type}>
            {t('movements.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
