import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionForm } from './form';
import { newContact } from './form-model';

/** Family contacts, several; a new row takes the focus so the officer keeps typing. */
export function FamilyContacts({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const contacts = form.values.person.familyContacts;
  return (
    <Stack gap="xs">
      {contacts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('admission.noContacts')}
        </Text>
      )}
      {contacts.map((c, i) => (
        <Group key={c.key} align="flex-start" wrap="nowrap" role="group" aria-label={`${t('admission.family')} ${i + 1}`}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} style={{ flex: 1 }}>
            <TextInput
              label={t('admission.familyName')}
              withAsterisk
              autoFocus={i === contacts.length - 1 && c.name === ''}
              {...form.getInputProps(`person.familyContacts.${i}.name`)}
            />
            <TextInput label={t('admission.familyRelation')} withAsterisk {...form.getInputProps(`person.familyContacts.${i}.relation`)} />
            <TextInput label={t('admission.familyPhone')} inputMode="tel" {...form.getInputProps(`person.familyContacts.${i}.phone`)} />
            <TextInput label={t('admission.familyAddress')} {...form.getInputProps(`person.familyContacts.${i}.address`)} />
          </SimpleGrid>
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('admission.removeContact', { n: i + 1 })}
            onClick={() => form.removeListItem('person.familyContacts', i)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('person.familyContacts', newContact())}>
          + {t('admission.addContact')}
        </Button>
      </Group>
    </Stack>
  );
}
