import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Headcount } from '../../../shared/contract/roll';
import { QueryStatus } from '../../components/QueryStatus';
import { formatInstantVN, formatNumber } from '../../format/format';
import { useHeadcount } from './hooks';
import { ExportButton } from '../../components/ExportButton';

const columns: (keyof Headcount)[] = ['onBooks', 'present', 'inHospital', 'onLeave', 'atCourt', 'escaped', 'suspended', 'overCapacity'];

/** Headcount per area and for the facility, from the same census as the roll. */
export function HeadcountPanel({ date }: { date: string }) {
  const { t } = useTranslation();
  const q = useHeadcount(date);
  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const row = (label: string, c: Headcount, taken: string | null, bold = false) => (
    <Table.Tr key={label} fw={bold ? 700 : undefined}>
      <Table.Td>{label}</Table.Td>
      {columns.map((k) => <Table.Td key={k} ta="right">{formatNumber(c[k])}</Table.Td>)}
      <Table.Td>{taken}</Table.Td>
    </Table.Tr>
  );
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('roll.headcount.title', { at: formatInstantVN(q.data.instant) })}</Text>
        <ExportButton method="exports.headcount" input={{ date }} />
      </Group>
      <Table striped withTableBorder data-testid="headcount">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roll.area')}</Table.Th>
            {columns.map((k) => <Table.Th key={k} ta="right">{t(`roll.headcount.${k}`)}</Table.Th>)}
            <Table.Th>{t('roll.headcount.rollsTaken')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {q.data.areas.map((a) => row(`${a.code} · ${a.name}`, a.counts, a.rollsTaken.map((s) => t(`roll.slots.${s}`, { defaultValue: s })).join(', ')))}
          {row(t('roll.headcount.facility'), q.data.facility, null, true)}
        </Table.Tbody>
      </Table>
    </>
  );
}
