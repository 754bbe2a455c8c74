import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoverItemKinds } from '../../../shared/contract/admission-record';
import { formatDateVN } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import type { AdmissionForm } from './form';
import { newItem, type ItemKind } from './form-model';

/** The handover record on arrival (Mẫu 40): who handed the person over, and every item listed one by one. */
export function HandoverSection({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const items = form.values.handover.items;
  // The row just added takes the focus, so the officer types its description straight away.
  const [added, setAdded] = useState<string | null>(null);
  const add = (kind: ItemKind) => {
    const item = newItem(kind);
    setAdded(item.key);
    form.insertListItem('handover.items', item);
  };
  const kindOptions = handoverItemKinds.map((k) => ({ value: k, label: t(`admission.itemKinds.${k}`) }));
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('admission.handover')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('admission.handedOverBy')}
          placeholder={t('admission.handedOverByPlaceholder')}
          withAsterisk
          {...form.getInputProps('handover.handedOverBy')}
        />
        <DateField
          label={t('admission.receivedOn')}
          placeholder={form.values.broughtInOn ? formatDateVN(form.values.broughtInOn) : undefined}
          description={t('admission.receivedOnHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          clearable
          {...form.getInputProps('handover.receivedOn')}
        />
      </SimpleGrid>
      <Text size="sm" fw={500} mt="md" mb={6}>
        {t('admission.items')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('admission.noItems')}
        </Text>
      ) : (
        <Table withRowBorders={false} verticalSpacing={4} aria-label={t('admission.items')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th w={190}>{t('admission.itemKind')}</Table.Th>
              <Table.Th>{t('admission.itemDescription')}</Table.Th>
              <Table.Th w={110}>{t('admission.itemQuantity')}</Table.Th>
              <Table.Th>{t('admission.itemNote')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, i) => (
              <Table.Tr key={item.key}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Select aria-label={`${t('admission.itemKind')} ${i + 1}`} data={kindOptions} allowDeselect={false} {...form.getInputProps(`handover.items.${i}.kind`)} />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('admission.itemDescription')} ${i + 1}`}
                    autoFocus={item.key === added}
                    {...form.getInputProps(`handover.items.${i}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput aria-label={`${t('admission.itemQuantity')} ${i + 1}`} min={1} allowDecimal={false} allowNegative={false} {...form.getInputProps(`handover.items.${i}.quantity`)} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`${t('admission.itemNote')} ${i + 1}`} {...form.getInputProps(`handover.items.${i}.note`)} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('admission.removeItem', { n: i + 1 })} onClick={() => form.removeListItem('handover.items', i)}>
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs" mt="xs">
        {handoverItemKinds.map((k) => (
          <Button key={k} variant="light" size="xs" onClick={() => add(k)}>
            + {t('admission.addItem', { kind: t(`admission.itemKinds.${k}`).toLowerCase() })}
          </Button>
        ))}
      </Group>
      <Textarea mt="md" label={t('admission.handoverNote')} autosize minRows={1} {...form.getInputProps('handover.note')} />
    </Card>
  );
}
