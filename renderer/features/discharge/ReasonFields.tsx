import { Group, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { DischargeValues, ReasonField } from './discharge-form';

/** Only the fields the chosen reason asks for: the decision, where to, the cause of death, a note. */
export function ReasonFields({ fields, form }: { fields: ReasonField[]; form: UseFormReturnType<DischargeValues> }) {
  const { t } = useTranslation();
  const has = (f: ReasonField) => fields.includes(f);
  return (
    <>
      {(has('decisionNumber') || has('decisionDate')) && (
        <Group grow align="flex-start">
          {has('decisionNumber') && <TextInput label={t('discharge.decisionNumber')} {...form.getInputProps('decisionNumber')} />}
          {has('decisionDate') && <DateField label={t('discharge.decisionDate')} clearable {...form.getInputProps('decisionDate')} />}
        </Group>
      )}
      {has('issuer') && <TextInput label={t('discharge.issuer')} {...form.getInputProps('issuer')} />}
      {has('destination') && <TextInput label={t('discharge.destination')} {...form.getInputProps('destination')} />}
      {has('deathCause') && <Textarea label={t('discharge.deathCause')} autosize minRows={2} {...form.getInputProps('deathCause')} />}
      {has('note') && <Textarea label={t('discharge.note')} autosize minRows={2} {...form.getInputProps('note')} />}
    </>
  );
}
