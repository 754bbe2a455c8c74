import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalRowView } from '../../../shared/contract/settings';
import { formatDateVN } from '../../../shared/domain/dates';
import { legalParameterShapes, type LegalKey } from '../../../shared/domain/legal';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { showApiError } from '../../components/form-errors';
import { required } from '../../components/form-values';
import { useSetLegal } from './hooks';
import { legalFields } from './legal-fields';
import { describeLegalValue } from './legal-value';

interface Props {
  legalKey: LegalKey | null;
  name: string;
  /** The value in force today, which the editor starts from. */
  current: LegalRowView | undefined;
  onClose: () => void;
}

/** Adds a value of one legal figure: each number in its own box, the value in words, the citation and the date. */
export function LegalValueModal({ legalKey, name, current, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={legalKey !== null} onClose={onClose} size="lg" title={t('admin.legalForm.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {legalKey && <LegalValueForm legalKey={legalKey} current={current} onDone={onClose} />}
    </Modal>
  );
}

function LegalValueForm({ legalKey, current, onDone }: { legalKey: LegalKey; current: LegalRowView | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSetLegal();
  const [general, setGeneral] = useState<string[]>([]);
  const fields = legalFields[legalKey];
  const form = useForm({
    initialValues: {
      value: structuredClone(current?.value ?? {}) as Record<string, unknown>,
      citation: '',
      effectiveFrom: null as string | null,
    },
  });
  const errorFields = ['citation', 'effectiveFrom', ...fields.map((f) => `value.${f.path}`)];

  const submit = form.onSubmit((v) => {
    setGeneral([]);
    save.mutate(
      { key: legalKey, value: v.value, citation: v.citation, effectiveFrom: required(v.effectiveFrom) },
      {
        onSuccess: (row) => {
          notifications.show({ color: 'teal', message: t('admin.legalForm.saved', { date: formatDateVN(row.effectiveFrom) }) });
          onDone();
        },
        onError: (error) => {
          showApiError(error, errorFields, form, setGeneral);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        {current && (
          <Text size="sm" c="dimmed">
            {t('admin.legalForm.current', {
              value: describeLegalValue(legalKey, current.value, t),
              date: formatDateVN(current.effectiveFrom),
            })}
          </Text>
        )}
        <SimpleGrid cols={fields.length > 2 ? 2 : fields.length}>
          {fields.map((f) => (
            <NumberInput
              key={f.path}
              label={t(`admin.legalField.${f.label}`)}
              withAsterisk
              min={0}
              allowDecimal={f.decimals ?? false}
              decimalSeparator=","
              thousandSeparator={f.money ? '.' : undefined}
              {...form.getInputProps(`value.${f.path}`)}
            />
          ))}
        </SimpleGrid>
        <Alert color="teal" variant="light" title={t('admin.legalForm.preview')}>
          {legalParameterShapes[legalKey].safeParse(form.values.value).success
            ? describeLegalValue(legalKey, form.values.value, t)
            : t('admin.legalForm.incomplete')}
        </Alert>
        <TextInput label={t('admin.legalForm.citation')} placeholder={t('admin.legalForm.citationPlaceholder')} withAsterisk {...form.getInputProps('citation')} />
        <DateField
          label={t('admin.legalForm.effectiveFrom')}
          description={t('admin.legalForm.effectiveHint')}
          withAsterisk
          {...form.getInputProps('effectiveFrom')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('admin.legalForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
