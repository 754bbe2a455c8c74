import { Autocomplete, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maritalStatuses } from '../../../../shared/domain/vocabulary';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { showApiError } from '../../../components/form-errors';
import { provinces } from '../../../data/provinces';
import { useCorrectPerson } from '../hooks';
import { personChanges, personFormValues } from './correction-form';
import { codeLabel } from './labels';

const residenceParts = ['province', 'commune', 'oldDistrict', 'address'] as const;
const textFields = ['fullName', 'otherNames', 'citizenId', 'ethnicity', 'religion', 'education', 'occupation', 'drugsUsed'] as const;
const fields = [
  'reason',
  'changes.birthDate',
  'changes.birthYear',
  'changes.maritalStatus',
  'changes.yearsOfUse',
  'changes.previousRehabCount',
  ...textFields.map((f) => `changes.${f}`),
  ...residenceParts.flatMap((p) => [`changes.permanentResidence.${p}`, `changes.currentResidence.${p}`]),
];

interface Props {
  person: ResidentProfile['person'];
  opened: boolean;
  onClose: () => void;
}

/** "Sửa nhân thân": the person's details as they stand, corrected with a mandatory reason. */
export function CorrectPersonModal({ person, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('correction.personTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && <PersonForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function PersonForm({ person, onDone }: { person: ResidentProfile['person']; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const correct = useCorrectPerson();
  const [general, setGeneral] = useState<string[]>([]);
  const [initial] = useState(() => personFormValues(person));
  const form = useForm({ initialValues: initial });
  // A record written before the codes (or imported from paper) keeps its own words as one more choice.
  const stored = person.maritalStatus;
  const marital: string[] = [...maritalStatuses, ...(stored && !(maritalStatuses as readonly string[]).includes(stored) ? [stored] : [])];

  const submit = form.onSubmit((values) => {
    setGeneral([]);
    correct.mutate(
      { personId: person.id, reason: values.reason, changes: personChanges(initial, values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('correction.saved') });
          onDone();
        },
        onError: (error) => {
          showApiError(error, fields, form, setGeneral);
        },
      },
    );
  });

  const residence = (key: 'permanentResidence' | 'currentResidence') => (
    <>
      <Title order={5}>{t(key === 'permanentResidence' ? 'admission.residence' : 'admission.currentResidence')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete label={t('admission.province')} data={provinces} limit={34} {...form.getInputProps(`changes.${key}.province`)} />
        <TextInput label={t('admission.commune')} {...form.getInputProps(`changes.${key}.commune`)} />
        <TextInput label={t('admission.oldDistrict')} {...form.getInputProps(`changes.${key}.oldDistrict`)} />
        <TextInput label={t('admission.address')} {...form.getInputProps(`changes.${key}.address`)} />
      </SimpleGrid>
    </>
  );

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert messages={general} />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('admission.fullName')} {...form.getInputProps('changes.fullName')} />
          <TextInput label={t('admission.otherNames')} {...form.getInputProps('changes.otherNames')} />
          {form.values.birthUnknown ? (
            <NumberInput label={t('admission.birthYear')} min={1900} allowDecimal={false} {...form.getInputProps('changes.birthYear')} />
          ) : (
            <DateField label={t('admission.birthDate')} {...form.getInputProps('changes.birthDate')} />
          )}
          <Checkbox mt={30} label={t('admission.birthUnknown')} {...form.getInputProps('birthUnknown', { type: 'checkbox' })} />
          <TextInput label={t('admission.citizenId')} description={t('admission.citizenIdHint')} {...form.getInputProps('changes.citizenId')} />
          <Select
            label={t('admission.maritalStatus')}
            clearable
            data={marital.map((m) => ({ value: m, label: codeLabel(t, i18n, 'admission.marital', m) ?? m }))}
            {...form.getInputProps('changes.maritalStatus')}
          />
          <TextInput label={t('admission.ethnicity')} {...form.getInputProps('changes.ethnicity')} />
          <TextInput label={t('admission.religion')} {...form.getInputProps('changes.religion')} />
          <TextInput label={t('admission.education')} {...form.getInputProps('changes.education')} />
          <TextInput label={t('admission.occupation')} {...form.getInputProps('changes.occupation')} />
        </SimpleGrid>
        {residence('permanentResidence')}
        {residence('currentResidence')}
        <Title order={5}>{t('admission.drugs')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('admission.drugsUsed')} {...form.getInputProps('changes.drugsUsed')} />
          <NumberInput label={t('admission.yearsOfUse')} min={0} allowDecimal={false} {...form.getInputProps('changes.yearsOfUse')} />
          <NumberInput label={t('admission.previousRehabCount')} min={0} allowDecimal={false} {...form.getInputProps('changes.previousRehabCount')} />
        </SimpleGrid>
        <Textarea label={t('correction.reason')} description={t('correction.reasonHint')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={correct.isPending}>
            {t('correction.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
