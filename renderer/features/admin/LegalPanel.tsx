import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vi, type Translation } from '../../i18n/vi';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { useLegalParameters } from './hooks';
import { describeLegalValue } from './legal-value';

type LegalName = keyof Translation['admin']['legalKeys'];

/** Terms first, then ages, deadlines and the rest, as the dictionary lists them; history rows by date. */
const order = Object.keys(vi.admin.legalKeys);
const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

export function LegalPanel() {
  const { t, i18n } = useTranslation();
  const legal = useLegalParameters();
  const nameOf = (key: string) => (i18n.exists(`admin.legalKeys.${key}`) ? t(`admin.legalKeys.${key as LegalName}`) : key);

  return (
    <Card>
      <Text size="sm" c="dimmed" mb="md" maw={820}>
        {t('admin.legalIntro')}
      </Text>
      {legal.data ? (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.legalTable.name')}</Table.Th>
              <Table.Th>{t('admin.legalTable.value')}</Table.Th>
              <Table.Th>{t('admin.legalTable.citation')}</Table.Th>
              <Table.Th>{t('admin.legalTable.effectiveFrom')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...legal.data]
              .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key) || a.effectiveFrom.localeCompare(b.effectiveFrom))
              .map((row) => (
              <Table.Tr key={`${row.key}@${row.effectiveFrom}`}>
                <Table.Td fw={600}>{nameOf(row.key)}</Table.Td>
                <Table.Td>{describeLegalValue(row.key, row.value, t)}</Table.Td>
                <Table.Td>{row.citation}</Table.Td>
                <Table.Td>{formatDateVN(row.effectiveFrom)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <QueryStatus error={legal.error} onRetry={() => void legal.refetch()} />
      )}
    </Card>
  );
}
