import { Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { Facts } from '../../../components/Facts';
import { birthText, codeLabel, residenceText } from './labels';

/** The person as Mẫu 19 records them. */
export function PersonCard({ person }: { person: ResidentProfile['person'] }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const or = (v: string | number | null) => (v === null || v === '' ? none : String(v));
  const citizenId = person.citizenId
    ? `${person.citizenId}${person.citizenIdKind ? ` (${t(`profile.citizenIdKind.${person.citizenIdKind}`)})` : ''}`
    : none;

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('profile.person')}
      </Title>
      <Facts
        labelWidth={190}
        items={[
          { label: t('admission.otherNames'), value: or(person.otherNames) },
          { label: t('profile.birth'), value: birthText(person, t) },
          {
            label: t('profile.sex'),
            value: person.physicalSex ? `${t(`sex.${person.sex}`)} · ${t('profile.physicalSex', { sex: t(`sex.${person.physicalSex}`) })}` : t(`sex.${person.sex}`),
          },
          { label: t('profile.citizenId'), value: citizenId },
          { label: t('admission.ethnicity'), value: or(person.ethnicity) },
          { label: t('admission.religion'), value: or(person.religion) },
          { label: t('admission.education'), value: or(person.education) },
          { label: t('admission.occupation'), value: or(person.occupation) },
          { label: t('admission.maritalStatus'), value: or(codeLabel(t, i18n, 'admission.marital', person.maritalStatus)) },
          { label: t('admission.residence'), value: residenceText(person.permanentResidence, t) || none },
          { label: t('admission.currentResidence'), value: residenceText(person.currentResidence, t) || none },
          { label: t('admission.drugsUsed'), value: or(person.drugsUsed) },
          { label: t('admission.yearsOfUse'), value: or(person.yearsOfUse) },
          { label: t('admission.previousRehabCount'), value: or(person.previousRehabCount) },
        ]}
      />
      <Title order={5} mt="md" mb="xs">
        {t('admission.family')}
      </Title>
      {person.familyContacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('profile.noContacts')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {person.familyContacts.map((c, i) => (
            <List.Item key={`${c.name}-${i}`}>
              <Text span fw={600} size="sm">
                {c.name}
              </Text>{' '}
              ({c.relation}){c.phone ? ` · ${c.phone}` : ''}
              {c.address ? ` · ${c.address}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
