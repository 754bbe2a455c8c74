import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatNumber } from '../../format/format';
import type { DepositAccount } from './deposit-model';

/** Valuables and belongings the facility holds for the resident, from admission and from visits, with their return. */
export function ValuablesTable({ valuables }: { valuables: DepositAccount['valuables'] }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('deposit.valuables')}>
      <Title order={5} mt="md" mb="xs">
        {t('deposit.valuables')}
      </Title>
      {valuables.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deposit.valuablesNone')}
        </Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="deposit-valuables">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deposit.description')}</Table.Th>
              <Table.Th ta="right">{t('deposit.quantity')}</Table.Th>
              <Table.Th>{t('deposit.receivedOn')}</Table.Th>
              <Table.Th>{t('deposit.returnedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {valuables.map((v, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Text size="sm">{v.description}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`deposit.source.${v.source}`)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(v.quantity)}</Table.Td>
                <Table.Td>{formatDateVN(v.receivedOn)}</Table.Td>
                <Table.Td>{v.returnedOn ? formatDateVN(v.returnedOn) : <Text size="sm" c="orange.8">{t('deposit.held')}</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
