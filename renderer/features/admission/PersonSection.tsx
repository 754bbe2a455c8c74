import { Card, Checkbox, Grid, Group, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maritalStatuses } from '../../../shared/domain/vocabulary';
import type { Sex } from '../../../shared/contract/fields';
import { DateField } from '../../components/DateField';
import { FamilyContacts } from './FamilyContacts';
import type { AdmissionForm } from './form';
import { PhotoField } from './PhotoField';
import { ResidenceFields } from './ResidenceFields';
import { ReturningPanel } from './ReturningPanel';

/** Who is admitted, as Mẫu 19 asks; the register is searched for a returning person as the identity is typed. */
export function PersonSection({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const p = form.values.person;
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('admission.person')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextInput label={t('admission.fullName')} withAsterisk {...form.getInputProps('person.fullName')} />
            <TextInput label={t('admission.otherNames')} {...form.getInputProps('person.otherNames')} />
            <TextInput
              label={t('admission.citizenId')}
              description={t('admission.citizenIdHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              inputMode="numeric"
              {...form.getInputProps('person.citizenId')}
            />
            {p.birthUnknown ? (
              <NumberInput label={t('admission.birthYear')} withAsterisk min={1900} max={2100} allowDecimal={false} thousandSeparator="" {...form.getInputProps('person.birthYear')} />
            ) : (
              <DateField label={t('admission.birthDate')} withAsterisk {...form.getInputProps('person.birthDate')} />
            )}
            <Checkbox mt={{ base: 0, sm: 30 }} label={t('admission.birthUnknown')} {...form.getInputProps('person.birthUnknown', { type: 'checkbox' })} />
            <Radio.Group
              label={t('admission.sex')}
              withAsterisk
              {...form.getInputProps('person.sex')}
              onChange={(value) => {
                form.setFieldValue('person.sex', value as Sex);
                // A bed chosen for the other sex is no longer on the list.
                form.setFieldValue('bedId', null);
              }}
            >
              <Group mt={6}>
                <Radio value="male" label={t('sex.male')} />
                <Radio value="female" label={t('sex.female')} />
              </Group>
            </Radio.Group>
          </SimpleGrid>
          <Checkbox mt="sm" label={t('admission.physicalSexDiffers')} {...form.getInputProps('person.physicalSexDiffers', { type: 'checkbox' })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <PhotoField form={form} />
        </Grid.Col>
      </Grid>

      <ReturningPanel form={form} />

      <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }} mt="md">
        <TextInput label={t('admission.ethnicity')} {...form.getInputProps('person.ethnicity')} />
        <TextInput label={t('admission.religion')} {...form.getInputProps('person.religion')} />
        <TextInput label={t('admission.education')} placeholder={t('admission.educationPlaceholder')} {...form.getInputProps('person.education')} />
        <TextInput label={t('admission.occupation')} {...form.getInputProps('person.occupation')} />
        <Select
          label={t('admission.maritalStatus')}
          clearable
          data={maritalStatuses.map((m) => ({ value: m, label: t(`admission.marital.${m}`) }))}
          {...form.getInputProps('person.maritalStatus')}
        />
      </SimpleGrid>

      <Title order={5} mt="md" mb="xs">
        {t('admission.residence')}
      </Title>
      <ResidenceFields form={form} path="person.residence" />
      <Checkbox mt="sm" label={t('admission.sameAsPermanent')} {...form.getInputProps('person.sameAsPermanent', { type: 'checkbox' })} />
      {!p.sameAsPermanent && (
        <Stack gap="xs" mt="sm">
          <Title order={5}>{t('admission.currentResidence')}</Title>
          <ResidenceFields form={form} path="person.currentResidence" />
        </Stack>
      )}

      <Title order={5} mt="md" mb="xs">
        {t('admission.drugs')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('admission.drugsUsed')} {...form.getInputProps('person.drugsUsed')} />
        <NumberInput label={t('admission.yearsOfUse')} min={0} max={80} allowDecimal={false} allowNegative={false} {...form.getInputProps('person.yearsOfUse')} />
        <NumberInput
          label={t('admission.previousRehabCount')}
          min={0}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('person.previousRehabCount')}
        />
      </SimpleGrid>

      <Title order={5} mt="md" mb="xs">
        {t('admission.family')}
      </Title>
      <FamilyContacts form={form} />
    </Card>
  );
}
