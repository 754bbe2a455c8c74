import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatNumber } from '../../format/format';
import type { DischargeValues, Prepared } from './discharge-form';
import { useItemKindText } from './labels';

/** Each paper, belonging or valuable on the admission list or handed in since: returned, or a note why not. */
export function SettlementItems({ items, form }: { items: Prepared['items']; form: UseFormReturnType<DischargeValues> }) {
  const { t } = useTranslation();
  const kindText = useItemKindText();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('discharge.noItems')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('discharge.itemsHeading')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('print.handover.kind')}</Table.Th>
            <Table.Th>{t('print.handover.description')}</Table.Th>
            <Table.Th>{t('print.handover.quantity')}</Table.Th>
            <Table.Th>{t('discharge.returned')}</Table.Th>
            <Table.Th>{t('discharge.itemNote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={`${item.source}-${item.itemId}`}>
              <Table.Td>
                <Text size="sm">{kindText(item.kind)}</Text>
                <Text size="xs" c="dimmed">
                  {item.source === 'handover' ? t('discharge.itemSource.handover') : t('discharge.itemSource.handed_in', { date: formatDateVN(item.receivedOn) })}
                </Text>
              </Table.Td>
              <Table.Td>{item.description}</Table.Td>
              <Table.Td>{formatNumber(item.quantity)}</Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={t('discharge.returnedLabel', { description: item.description })}
                  {...form.getInputProps(`settlement.items.${i}.returned`, { type: 'checkbox' })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput size="xs" aria-label={t('discharge.itemNoteLabel', { description: item.description })} {...form.getInputProps(`settlement.items.${i}.note`)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
