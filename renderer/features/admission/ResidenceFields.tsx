import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionForm } from './form';
import { ProvinceSelect } from './ProvinceSelect';

/** Province and commune (two levels since 07/2025), the old district as written on old papers, and the address. */
export function ResidenceFields({ form, path }: { form: AdmissionForm; path: 'person.residence' | 'person.currentResidence' }) {
  const { t } = useTranslation();
  const label = t(path === 'person.residence' ? 'admission.residence' : 'admission.currentResidence');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} role="group" aria-label={label}>
      <ProvinceSelect
        label={t('admission.province')}
        placeholder={t('admission.provincePlaceholder')}
        withAsterisk
        {...form.getInputProps(`${path}.province`)}
      />
      <TextInput label={t('admission.commune')} withAsterisk {...form.getInputProps(`${path}.commune`)} />
      <TextInput label={t('admission.oldDistrict')} placeholder={t('admission.oldDistrictHint')} {...form.getInputProps(`${path}.oldDistrict`)} />
      <TextInput label={t('admission.address')} {...form.getInputProps(`${path}.address`)} />
    </SimpleGrid>
  );
}
